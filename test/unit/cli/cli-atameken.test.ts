import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../../src/indicators/rows';
import { cli } from '../../helpers/cli';

const reports = Papa.parse<Record<string, string>>(
  readFileSync(new URL('../../../data/demo/civic-control.csv', import.meta.url), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;
const IDS = 'initiatives_completed,reports_filed,reports_median_days,gh_participants,gh_nominations';

describe('cli indicators demo --ids (the Atameken entries)', () => {
  it('gives every region and year, counts equal to the demo file’s, and medians inside their intervals', async () => {
    const { code, stdout } = await cli('indicators', 'demo', '--by', 'region', '--ids', IDS);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as IndicatorRow[];
    // In catalogue order.
    expect([...new Set(rows.map((r) => r.indicator_id))]).toEqual(IDS.split(','));
    const filed = rows.filter((r) => r.indicator_id === 'reports_filed');
    expect(filed).toHaveLength(4 * 21);
    for (const r of filed) {
      const n = reports.filter((x) => x.date_filed.startsWith(String(r.wave)) && (!r.region || x.region === r.region));
      expect(r.estimate, `${r.region} ${r.wave}`).toBe(n.length);
    }
    for (const r of rows.filter((r) => r.indicator_id === 'reports_median_days' && r.status === 'ok')) {
      expect(r.ci_low!, `${r.region} ${r.wave}`).toBeLessThanOrEqual(r.estimate!);
      if (r.ci_high !== null) expect(r.ci_high).toBeGreaterThanOrEqual(r.estimate!);
    }
  });
  it('withholds every count of 1–4 reports by district and topic, value and n alike', async () => {
    const { stdout } = await cli('indicators', 'demo', '--by', 'district,topic', '--ids', 'reports_solved_citizens');
    const rows = JSON.parse(stdout) as IndicatorRow[];
    const shown = rows.filter((r) => r.status === 'ok').map((r) => r.estimate!);
    expect(shown.every((x) => x === 0 || x >= 5)).toBe(true);
    const withheld = rows.filter((r) => r.status === 'suppressed');
    expect(withheld.length).toBeGreaterThan(100);
    expect(withheld.every((r) => r.estimate === null && r.n === 0)).toBe(true);
  });
});
