import { type Connector, quoteIdent } from '../core/sql';
import { type JointPart, jointMeans } from '../stats/joint';
import type { Entry } from './catalogue/types';
import { type CompositeUncertainty, cellKey } from './composite';
import type { Sources } from './prepare';
import { splitKeys } from './rows';
import { toEstimateSpec } from './survey';

/** A survey component of a composite: its place among the components, its dataset, its mean and its unit scale. */
interface SurveyComponent {
  index: number;
  dataset: string;
  part: JointPart;
  scale: number;
}

/** The components estimated from a loaded survey; the others (registries, statistics) are exact: no variance. */
function surveyComponents(entry: Entry, entries: Entry[], sources: Sources): SurveyComponent[] {
  if (entry.formula.kind !== 'composite') throw new Error(`${entry.id}: not a composite`);
  return entry.formula.of.flatMap((c, index) => {
    const e = entries.find((x) => x.id === c.id);
    const src = e?.dataset ? sources.datasets[e.dataset] : undefined;
    if (!e?.formula.kind.startsWith('survey_') || src?.kind !== 'survey') return [];
    if (!e.columns.every((col) => src.columns.has(col))) return [];
    const { y, domain } = toEstimateSpec(e, []);
    return [{ index, dataset: src.id, part: { y, domain }, scale: e.unit === 'percent' ? 100 : 1 }];
  });
}

const emptyCell = (k: number): CompositeUncertainty => ({
  cov: Array.from({ length: k }, () => Array<number>(k).fill(0)),
  df: null,
  n: null,
  n_eff: null,
});
const smaller = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/**
 * The covariance of a composite's components in each cell of `keys` (region and wave; national cells too), their
 * survey ones estimated together on their design and linearised at the respondent level (replicate weights where the
 * design has them), the others fixed. Components from different surveys are independent; the df is the smallest.
 */
export async function compositeUncertainty(
  db: Connector,
  entry: Entry,
  entries: Entry[],
  sources: Sources,
  keys: string[],
): Promise<Map<string, CompositeUncertainty>> {
  const comps = surveyComponents(entry, entries, sources);
  const k = entry.formula.kind === 'composite' ? entry.formula.of.length : 0;
  const groupings = keys.includes('region') ? [keys.filter((x) => x !== 'region'), keys] : [keys];
  const out = new Map<string, CompositeUncertainty>();
  for (const dataset of new Set(comps.map((c) => c.dataset))) {
    const mine = comps.filter((c) => c.dataset === dataset);
    const src = sources.datasets[dataset];
    for (const by of groupings) {
      const found = await jointMeans(
        db,
        src.table,
        src.design,
        mine.map((c) => c.part),
        by.map(quoteIdent),
      );
      for (const j of found) {
        const at = splitKeys(by, j.by);
        // Rows without a region belong to the national cell only.
        if (by.includes('region') && at.region === null) continue;
        const key = cellKey(at.region as string | null, at.wave);
        const u = out.get(key) ?? emptyCell(k);
        mine.forEach((a, i) => {
          mine.forEach((b, m) => (u.cov[a.index][b.index] = j.cov[i][m] * a.scale * b.scale));
          u.n = smaller(u.n, j.n[i]);
          u.n_eff = smaller(u.n_eff, j.n_eff[i]);
        });
        u.df = smaller(u.df, j.df);
        out.set(key, u);
      }
    }
  }
  return out;
}
