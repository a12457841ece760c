import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/core/lang';
import { DASHBOARD_STRINGS } from '../../../src/i18n/strings/dashboard';
import { CATALOGUE } from '../../../src/indicators/catalogue';
import { TASKS } from '../../../src/indicators/catalogue/types';
import { emptyRow } from '../../../src/indicators/rows';
import type { Status } from '../../../src/indicators/status';
import { type Tile, dashboardTiles, tileOf } from '../../../src/views/dashboard-view';
import { translator } from '../../../src/i18n/t';
import {
  type Availability,
  TASK_KEYS,
  availabilityOf,
  countSentence,
  countTiles,
  passes,
  scorecard,
  shownCount,
} from '../../../src/views/scorecard';

const entry = (id: string) => CATALOGUE.find((e) => e.id === id)!;
/** A tile of `id` with national values over waves 2021, 2023… (none: the entry has a row of `status` only). */
function tile(id: string, values: number[], target: number | null = null, status: Status = 'ok'): Tile {
  const e = entry(id);
  const rows = values.length
    ? values.map((v, i) => ({ ...emptyRow(e, 'ok', [], { region: null, wave: 2021 + 2 * i }), estimate: v, n: 100 }))
    : [{ ...emptyRow(e, status, [], { region: null, wave: 2025 }) }];
  return tileOf(e, rows, target);
}

describe('the key indicator of each task', () => {
  it('TASK_KEYS names one catalogue entry of every task, of that task', () => {
    expect(Object.keys(TASK_KEYS).sort()).toEqual([...TASKS].sort());
    for (const task of TASKS) expect(entry(TASK_KEYS[task])?.task, task).toBe(task);
  });
  it('scorecard(tiles) puts the four groups in order, each task with its key first and its other tiles folded', () => {
    const tiles = Object.values(dashboardTiles(CATALOGUE, [], {})).flat();
    const card = scorecard(tiles, { lang: 'en' });
    expect(card.map((g) => g.group)).toEqual(['institutional', 'political', 'socio_economic', 'ideological']);
    expect(card.map((g) => g.tasks.map((t) => t.task))).toEqual([
      ['I1', 'I2', 'I3'],
      ['P1', 'P2', 'P3'],
      ['S1', 'S2', 'S3'],
      ['D1'],
    ]);
    const d1 = card[3].tasks[0];
    expect(d1.key?.entry.id).toBe('sci');
    expect(d1.others.map((x) => x.entry.id)).not.toContain('sci');
    expect(card.flatMap((g) => g.tasks).reduce((n, t) => n + 1 + t.others.length, 0)).toBe(CATALOGUE.length);
  });
});

describe('standing against a target', () => {
  it('no target set: no_target, whatever the values', () => {
    expect(tile('sci', [50, 55]).standing).toBe('no_target');
  });
  it('on track when the latest value is closer to the target than the one before, behind when not', () => {
    expect(tile('sci', [50, 55, 57], 60).standing).toBe('on_track');
    expect(tile('sci', [50, 58, 57], 60).standing).toBe('behind');
    expect(tile('sci', [50, 57, 57], 60).standing).toBe('behind');
    // A target below the values: moving down is moving towards it.
    expect(tile('sci', [50, 45], 40).standing).toBe('on_track');
  });
  it('on track once the target is reached or passed, seen from the first value; too early with one value short of it', () => {
    expect(tile('sci', [50, 61, 60.5], 60).standing).toBe('on_track');
    expect(tile('sci', [60], 60).standing).toBe('on_track');
    expect(tile('sci', [50], 60).standing).toBe('unknown');
    expect(tile('trust_civil_society', [], 60).standing).toBe('unknown');
  });
});

describe('counting, searching and filtering tiles', () => {
  const tiles = [
    tile('sci', [50, 55], 60),
    tile('sci_trust', [50, 45], 60),
    tile('csdi', [], null, 'no_denominator'),
    tileOf(entry('consumer_loans'), [emptyRow(entry('consumer_loans'), 'no_data', [])], null),
    tile('digital_skills_pct', [], null, 'suppressed'),
  ];
  it('availabilityOf: computed with a national value, needs_data when nothing feeds it, else the status', () => {
    expect(tiles.map(availabilityOf)).toEqual(['computed', 'computed', 'no_denominator', 'needs_data', 'suppressed']);
  });
  it('countTiles: the parts are non-zero, in a fixed order, and add up to the total', () => {
    const counts = countTiles(tiles);
    expect(counts).toEqual({
      total: 5,
      parts: [
        ['computed', 2],
        ['needs_data', 1],
        ['no_denominator', 1],
        ['suppressed', 1],
      ],
    });
    const catalogue = countTiles(Object.values(dashboardTiles(CATALOGUE, [], {})).flat());
    expect(catalogue.parts.reduce((n, [, k]) => n + k, 0)).toBe(catalogue.total);
  });
  it('passes: the search matches the name in the UI language (case and ё/е folded); the filter by availability or standing', () => {
    const ids = (q: string, show: 'all' | 'computed' | 'missing' | 'behind', lang: 'ru' | 'en' = 'en') =>
      tiles.filter((x) => passes(x, q, show, lang)).map((x) => x.entry.id);
    expect(ids('  TRUST ', 'all')).toEqual(['sci_trust']);
    expect(ids('СУБИНДЕКС доверия', 'all', 'ru')).toEqual(['sci_trust']);
    expect(ids('', 'computed')).toEqual(['sci', 'sci_trust']);
    expect(ids('', 'missing')).toEqual(['consumer_loans']);
    expect(ids('', 'behind')).toEqual(['sci_trust']);
    expect(ids('capital', 'computed')).toEqual(['sci']);
  });
  it('scorecard with a search keeps only tasks with a match; a key that does not match is left out', () => {
    const card = scorecard(tiles, { query: 'trust', lang: 'en' });
    expect(card).toHaveLength(1);
    expect(card[0].tasks).toEqual([{ task: 'D1', key: null, others: [tiles[1]] }]);
    expect(shownCount(card)).toBe(1);
    expect(shownCount(scorecard(tiles, { lang: 'en' }))).toBe(tiles.length);
    expect(scorecard(tiles, { query: 'nothing like it', lang: 'en' })).toEqual([]);
  });
});

describe('the count sentence', () => {
  it('every count string in every language has its count slot', () => {
    const parts = ['computed', 'needs_data', 'no_denominator', 'suppressed', 'not_measured', 'no_data'] as const;
    const keys = (['total', ...parts] as const).map((k) => `dash.count.${k}` as const);
    for (const key of keys)
      for (const lang of LANGS) expect(DASHBOARD_STRINGS[key][lang], `${key}.${lang}`).toMatch(/\{n, (plural|number)/);
  });
  it('countSentence names each part in the UI language, agreeing with its number', () => {
    const counts = {
      total: 86,
      parts: [
        ['computed', 60],
        ['needs_data', 20],
        ['no_denominator', 6],
      ] as [Availability, number][],
    };
    expect(countSentence(counts, translator('ru'))).toBe(
      '86 показателей: 60 рассчитаны по загруженным данным, 20 требуют незагруженных данных, ' +
        '6 без значения по стране (нет официальной численности населения всех регионов или районов).',
    );
    expect(countSentence({ total: 1, parts: [['needs_data', 1]] }, translator('en'))).toBe(
      '1 indicator: 1 needs data that is not loaded.',
    );
  });
  it('Russian counts agree with the number', () => {
    const t = translator('ru');
    const p = (n: number) => t('dash.count.total', { n });
    expect([p(86), p(1), p(21), p(3)]).toEqual(['86 показателей', '1 показатель', '21 показатель', '3 показателя']);
    expect(t('dash.count.needs_data', { n: 20 })).toBe('20 требуют незагруженных данных');
  });
});
