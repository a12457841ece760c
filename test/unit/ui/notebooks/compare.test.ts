import { describe, expect, it } from 'vitest';
import type { CellResult, NotebookRun } from '../../../../src/notebooks/types';
import { changedCells, mismatches, paramChoices, paramValue } from '../../../../src/ui/notebooks/compare';
import type { EnvDataset } from '../../../../src/notebooks/env';

const cell = (id: string, digest: string, status: CellResult['status'] = 'ok'): CellResult => ({
  id,
  kind: 'sql',
  line: 1,
  status,
  error: null,
  table: null,
  chart: null,
  digest,
});
const run = (cells: CellResult[], datasets: NotebookRun['datasets'] = {}): NotebookRun => ({
  params: {},
  cells,
  values: {},
  datasets,
  error: null,
});

describe('notebook runs compared', () => {
  it('changedCells marks the cells whose digest or status differ from the run before', () => {
    const a = run([cell('x', '1'), cell('y', '2'), cell('z', '3')]);
    const b = run([cell('x', '1'), cell('y', '9'), cell('z', '', 'error'), cell('new', '4')]);
    expect([...changedCells(a, b)]).toEqual(['y', 'z']);
    expect(changedCells(null, b).size).toBe(0);
  });

  it('mismatches lists datasets whose rows, columns or hash differ, or that are missing', () => {
    const fp = (rows: number) => ({ rows, columns: 40, hash: 'ab' });
    const out = mismatches({
      population: { expected: fp(5987), actual: fp(8102) },
      centres: { expected: fp(169), actual: fp(169) },
      needs_2019: { expected: fp(22), actual: null },
      ngo_stats: { expected: null, actual: fp(3) },
    });
    expect(out.map((m) => [m.name, m.actual?.rows ?? null])).toEqual([
      ['population', 8102],
      ['needs_2019', null],
    ]);
  });

  it('paramChoices offers the waves of the datasets and the regions with KZ; paramValue keeps the type', () => {
    const ds = (waves: number[]) => ({ dataset: { waves } }) as unknown as EnvDataset;
    const regions = [{ code: 'KZ-75' }, { code: 'KZ-11' }] as never;
    expect(paramChoices('wave', 2025, { a: ds([2021, 2023]), b: ds([2025]) }, regions)).toEqual([2021, 2023, 2025]);
    expect(paramChoices('region', 'KZ-75', {}, regions)).toEqual(['KZ', 'KZ-75', 'KZ-11']);
    expect(paramChoices('indicator', 'sci', {}, regions)).toBeNull();
    expect(paramValue('2023', 2025)).toBe(2023);
    expect(paramValue('KZ-11', 'KZ-75')).toBe('KZ-11');
  });
});
