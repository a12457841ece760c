import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/indicators/catalogue';
import { emptyRow } from '../../../src/indicators/rows';
import { formatValue } from '../../../src/i18n/format';
import { dashboardTiles, exportRecords, progressTo, tileOf } from '../../../src/views/dashboard-view';
import { toCsv } from '../../../src/data/csv-export';

const sci = CATALOGUE.find((e) => e.id === 'sci')!;
const row = (region: string | null, wave: number, estimate: number | null, status: 'ok' | 'suppressed' = 'ok') => ({
  ...emptyRow(sci, status, [], { region, wave }),
  estimate,
  ci_low: estimate === null ? null : estimate - 1,
  ci_high: estimate === null ? null : estimate + 1,
  n: 100,
});
const rows = [
  row(null, 2021, 50),
  row(null, 2023, 55),
  row(null, 2025, 56),
  row('A', 2025, 60),
  row('B', 2025, 48),
  row('C', 2025, null, 'suppressed'),
  row('A', 2023, 99),
];

describe('dashboard tiles', () => {
  it('show the latest national value, the trend, the spread of the latest wave and the progress to a target', () => {
    const tile = tileOf(sci, rows, 60);
    expect(tile.latest).toMatchObject({ wave: 2025, estimate: 56 });
    expect(tile.trend.map((p) => p.wave)).toEqual([2021, 2023, 2025]);
    expect(tile.spread).toEqual({
      low: { region: 'B', estimate: 48 },
      high: { region: 'A', estimate: 60 },
      regions: 2,
      of: 3,
    });
    expect(tile.progress).toBeCloseTo(0.6, 12);
    expect(tile.needs).toBeNull();
  });
  it('progress is the share of the distance from the first value to the target', () => {
    expect(progressTo(50, 56, 60)).toBeCloseTo(0.6, 12);
    expect(progressTo(50, 45, 60)).toBeCloseTo(-0.5, 12);
    expect(progressTo(50, 50, 50)).toBeNull();
  });
  it('an entry nothing feeds says what it needs; every entry lands in its task group, by task', () => {
    const loans = CATALOGUE.find((e) => e.id === 'consumer_loans')!;
    expect(tileOf(loans, [emptyRow(loans, 'no_data', [])], null).needs?.en).toMatch(/National Bank/);
    const tiles = dashboardTiles(CATALOGUE, [], {});
    expect(Object.values(tiles).flat()).toHaveLength(CATALOGUE.length);
    expect(tiles.institutional.map((x) => x.entry.task)).toEqual(
      [...tiles.institutional.map((x) => x.entry.task)].sort(),
    );
    expect(tiles.ideological.every((x) => x.entry.task === 'D1')).toBe(true);
  });
  it('values are formatted for their unit', () => {
    expect(formatValue(12.345, 'percent', 'en')).toBe('12.3%');
    expect(formatValue(1234567, 'currency_kzt', 'en')).toBe('1,234,567');
    expect(formatValue(1.6789, 'count', 'en')).toBe('1.68');
    expect(formatValue(null, 'count', 'en')).toBe('–');
  });
  it('exports the contract columns with the name and task, in the language asked', () => {
    const [first] = exportRecords([rows[0]], CATALOGUE, 'ru');
    expect(Object.keys(first).slice(0, 5)).toEqual(['indicator_id', 'name', 'task', 'unit', 'region']);
    expect(first).toMatchObject({ indicator_id: 'sci', name: 'Индекс социального капитала', task: 'D1', estimate: 50 });
    expect(toCsv([first]).split('\n')[0]).toBe(
      'indicator_id,name,task,unit,region,wave,estimate,se,ci_low,ci_high,df,n,n_eff,status,flags,dropped_by',
    );
  });
});
