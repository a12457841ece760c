import type { IndicatorRow } from '../indicators/rows';

/** The KPI entries of the catalogue, in the rubric's order, then the share rated High overall. */
export const KPI_IDS = [
  'kpi_staff_capacity',
  'kpi_staff_training',
  'kpi_staff_permanent',
  'kpi_funding_diversification',
  'kpi_premises_equipment',
  'kpi_services_diversification',
  'kpi_external_influence',
];

/** One line of the matrix: a region or a network level, its mean score per KPI (null where it has no centre). */
export interface MatrixLine {
  key: string;
  n: number;
  scores: Array<number | null>;
}

/** Mean KPI scores by `key` (region or level) from the catalogue rows of one breakdown; the national line first. */
export function kpiMatrix(rows: IndicatorRow[], key: 'region' | 'level'): MatrixLine[] {
  const keyOf = (r: IndicatorRow) =>
    key === 'region' ? r.region : r.region === null ? ((r.by.level as string | undefined) ?? null) : undefined;
  const lines = new Map<string, MatrixLine>();
  for (const r of rows) {
    const k = keyOf(r);
    if (k === undefined || (key === 'level' && k === null) || (key === 'region' && Object.keys(r.by).length)) continue;
    const name = k ?? '';
    const line = lines.get(name) ?? { key: name, n: 0, scores: KPI_IDS.map(() => null) };
    const i = KPI_IDS.indexOf(r.indicator_id);
    if (i >= 0 && r.status === 'ok') {
      line.scores[i] = r.estimate;
      line.n = Math.max(line.n, r.n);
    }
    lines.set(name, line);
  }
  return [...lines.values()];
}

/** The level a mean score falls in, with the rubric's roll-up bands. */
export function bandOf(
  score: number | null,
  bands: { high: number; medium: number },
): 'High' | 'Medium' | 'Low' | null {
  return score === null ? null : score >= bands.high ? 'High' : score >= bands.medium ? 'Medium' : 'Low';
}
