import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/indicators/catalogue';
import { emptyRow } from '../../../src/indicators/rows';
import { KPI_IDS, bandOf, kpiMatrix } from '../../../src/views/kpi-matrix';

const entry = (id: string) => CATALOGUE.find((e) => e.id === id)!;
const row = (
  id: string,
  region: string | null,
  estimate: number | null,
  n: number,
  by: Record<string, unknown> = {},
) => ({
  ...emptyRow(entry(id), estimate === null ? 'no_data' : 'ok', [], { region, wave: 2025, by }),
  estimate,
  n,
});

describe('the KPI matrix', () => {
  it('lines up mean scores by region (national first) and by network level', () => {
    const rows = [
      row('kpi_staff_capacity', null, 2, 10),
      row('kpi_staff_capacity', 'A', 3, 4),
      row('kpi_staff_training', 'A', 1.5, 4),
      row('kpi_staff_capacity', 'B', null, 0),
    ];
    const m = kpiMatrix(rows, 'region');
    expect(m.map((l) => [l.key, l.n, l.scores.slice(0, 2)])).toEqual([
      ['', 10, [2, null]],
      ['A', 4, [3, 1.5]],
      ['B', 0, [null, null]],
    ]);
    expect(m[0].scores).toHaveLength(KPI_IDS.length);
    const levels = kpiMatrix(
      [
        row('kpi_staff_capacity', null, 2.5, 3, { level: 'regional' }),
        row('kpi_staff_capacity', 'A', 3, 1, { level: 'regional' }),
      ],
      'level',
    );
    expect(levels.map((l) => [l.key, l.scores[0]])).toEqual([['regional', 2.5]]);
  });
  it('bands a mean score with the rubric’s roll-up bands', () => {
    expect([
      bandOf(2.5, { high: 2.5, medium: 1.5 }),
      bandOf(2.49, { high: 2.5, medium: 1.5 }),
      bandOf(1.4, { high: 2.5, medium: 1.5 }),
      bandOf(null, { high: 2.5, medium: 1.5 }),
    ]).toEqual(['High', 'Medium', 'Low', null]);
  });
});
