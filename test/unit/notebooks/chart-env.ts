import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { districtFeatures, regionFeatures } from '../../../src/charts/geo';
import { parseTilegrid } from '../../../src/charts/tilegrid';
import type { Connector } from '../../../src/core/sql';
import { parseDistricts, parseRegions } from '../../../src/data/reference';
import type { IndicatorRow } from '../../../src/indicators/rows';
import { DEFAULT_RULES } from '../../../src/indicators/status';
import type { NotebookEnv } from '../../../src/notebooks/env';
import type { Cell } from '../../../src/notebooks/types';

const read = (f: string) => readFileSync(join(process.cwd(), 'data', 'reference', f), 'utf8');
export const REGIONS = parseRegions(read('regions.csv'));
export const DISTRICTS = parseDistricts(read('districts.csv'));
export const SHAPES = {
  features: regionFeatures(JSON.parse(read('kz-regions.topo.json'))),
  tiles: parseTilegrid(read('kz-tilegrid.csv')),
  districts: districtFeatures(JSON.parse(read('kz-districts.topo.json'))),
};

/** A row of the catalogue's shape, small enough to check by hand. */
export function row(region: string | null, wave: number, estimate: number, over: Partial<IndicatorRow> = {}) {
  return {
    indicator_id: 'sci',
    unit: 'index_0_100',
    region,
    wave,
    by: {},
    estimate,
    se: 1,
    ci_low: estimate - 2,
    ci_high: estimate + 2,
    df: 100,
    n: 300,
    n_eff: 250,
    status: 'ok',
    flags: [],
    dropped_by: [],
    ...over,
  } as IndicatorRow;
}

/**
 * SCI in waves 2023 and 2025: region i has 40 + i (2025) and 38 + i (2023); the first region is suppressed in 2025,
 * the second flagged; the national value is 50 and 48.
 */
export function sciRows(): IndicatorRow[] {
  const codes = REGIONS.map((r) => r.code);
  return [2023, 2025].flatMap((wave) => [
    row(null, wave, wave === 2025 ? 50 : 48),
    ...codes.map((code, i) => {
      const est = 40 + i - (wave === 2023 ? 2 : 0);
      if (wave === 2025 && i === 0)
        return row(code, wave, NaN, {
          estimate: null,
          ci_low: null,
          ci_high: null,
          se: null,
          n: 12,
          status: 'suppressed',
        });
      if (wave === 2025 && i === 1) return row(code, wave, est, { flags: ['small_base'], n_eff: 40 });
      return row(code, wave, est);
    }),
  ]);
}

/** An environment without a database: the catalogue rows given, the reference regions, districts and shapes. */
export function chartEnv(rows: IndicatorRow[], lang: NotebookEnv['lang'] = 'en'): NotebookEnv & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    db: {} as Connector,
    lang,
    datasets: {},
    async indicators(ids, by) {
      asked.push([...ids, '|', ...by]);
      return rows.filter((r) => ids.includes(r.indicator_id));
    },
    rules: DEFAULT_RULES,
    regions: REGIONS,
    districts: DISTRICTS,
    shapes: SHAPES,
    asked,
  };
}

/** A chart cell with these options. */
export function chartCell(options: Record<string, unknown>): Cell {
  return { kind: 'chart', id: 'c1', named: false, options, source: '', line: 10, bodyLine: 11, slide: 0 };
}
