import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { MAX_PIN_LENGTH, deletePins, listPins, pinText, savePin } from '../../../src/data/pins';
import { exportWorkspace, importWorkspace } from '../../../src/data/workspace-file';
import { openBothEngines } from '../../helpers/db';

const at = (s: number) => `2026-12-03T10:00:0${s}.000Z`;

describe('pinText(text)', () => {
  it('keeps one line of plain text, at most MAX_PIN_LENGTH characters', () => {
    expect(pinText('  Almaty\n\tdropped\u0007 here  ')).toBe('Almaty dropped here');
    expect(pinText('x'.repeat(500))).toHaveLength(MAX_PIN_LENGTH);
    expect(pinText(' \n ')).toBe('');
  });
});

describe('pinned notes in the workspace', () => {
  it('savePin, listPins and deletePins keep notes by notebook and cell, in the order pinned, on both engines', async () => {
    const db = await openBothEngines();
    await savePin(db, { notebook: 'social-capital', cell: 'map', text: 'second', at: at(2) });
    await savePin(db, { notebook: 'social-capital', cell: 'map', text: "Ask <b>why</b> it's low", at: at(1) });
    await savePin(db, { notebook: 'region-brief', cell: 'cell-3', text: 'other notebook', at: at(3) });
    await savePin(db, { notebook: 'social-capital', cell: 'map', text: '   ', at: at(4) });
    expect(await listPins(db)).toEqual([
      { notebook: 'region-brief', cell: 'cell-3', text: 'other notebook', at: at(3) },
      { notebook: 'social-capital', cell: 'map', text: "Ask <b>why</b> it's low", at: at(1) },
      { notebook: 'social-capital', cell: 'map', text: 'second', at: at(2) },
    ]);
    await deletePins(db, 'social-capital', 'map', at(1));
    expect((await listPins(db)).map((p) => p.text)).toEqual(['other notebook', 'second']);
    await deletePins(db, 'social-capital', null, null);
    expect((await listPins(db)).map((p) => p.text)).toEqual(['other notebook']);
    await db.close();
  });

  it('travel in the workspace file and replace the notes of the workspace it is imported into', async () => {
    const a = await openNodeDuckDB();
    await savePin(a, { notebook: 'social-capital', cell: 'map', text: 'Кызылорда — ниже всех', at: at(1) });
    const file = await exportWorkspace(a, {});
    const b = await openNodeDuckDB();
    await savePin(b, { notebook: 'old', cell: 'x', text: 'gone after import', at: at(2) });
    await importWorkspace(b, file, 'ws.zip');
    expect(await listPins(b)).toEqual(await listPins(a));
    await Promise.all([a.close(), b.close()]);
  });

  it('a workspace file with a broken note changes nothing', async () => {
    const db = await openNodeDuckDB();
    await savePin(db, { notebook: 'keep', cell: 'c', text: 'kept', at: at(1) });
    const pins = [{ notebook: 'nb', cell: 'c', text: 'x'.repeat(MAX_PIN_LENGTH + 1), at: at(2) }];
    const manifest = { kind: 'civic-workbench-workspace', version: 1, datasets: [], pins };
    const bad = zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)) });
    await expect(importWorkspace(db, bad, 'bad.zip')).rejects.toThrow(/pinned note 1/);
    expect((await listPins(db)).map((p) => p.text)).toEqual(['kept']);
    await db.close();
  });
});
