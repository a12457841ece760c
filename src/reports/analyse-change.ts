import { type Connector, quoteIdent, quoteLiteral } from '../core/sql';
import type { CodebookVariable, StudyDataset } from '../data/study';
import { type Difference, contrast, domainEstimates } from '../stats/change';
import { criticalValue, shareInterval } from '../stats/ci';
import type { T } from '../i18n/t';
import { type Context, valueExpr, valueLabel } from './analyse';

/** One category across waves: its % per wave (95% CI) and the change between the last two waves. */
export interface ChangeRow {
  code: string;
  label: string;
  waves: Array<{ wave: number; pct: number | null; ci_low: number | null; ci_high: number | null; n: number }>;
  change: (Difference & { significant: boolean }) | null;
}

export interface ChangeResult {
  waves: number[];
  skipped: number[];
  rows: ChangeRow[];
  /** The question's wording or scale changed between waves (from the codebook): comparisons need care. */
  changed: boolean;
  /** The change's df: R's degf of the waves together, the design they share (null with no change shown). */
  df: number | null;
}

/**
 * The share of each category of a question in every wave it was asked, as domains of the stacked design (each wave's
 * interval on its own degf, exact at 0% or 100% on its Kish n_eff), and the change from the previous to the last
 * wave in percentage points with its CI and p: a contrast of one design, t on the waves' combined degf.
 */
export async function changeAcrossWaves(
  db: Connector,
  ds: StudyDataset,
  codebook: CodebookVariable[],
  variable: string,
  ctx: Context,
): Promise<ChangeResult> {
  const { lang, place } = ctx;
  const v = codebook.find((x) => x.name === variable)!;
  const waveVar = codebook.find((x) => x.role === 'wave');
  if (!waveVar || ds.waves.length < 2) throw new Error(`${ds.id} has a single wave`);
  const waves = ds.waves.filter((w) => !v.waves || v.waves.includes(w));
  const skipped = ds.waves.filter((w) => !waves.includes(w));
  const y = valueExpr(v);
  const cats = await db.query<{ c: string }>(
    `SELECT DISTINCT (${y})::VARCHAR AS c FROM ${quoteIdent(ds.id)} WHERE c IS NOT NULL ORDER BY ${y}`,
  );
  const rows: ChangeRow[] = [];
  let df: number | null = null;
  for (const { c } of cats) {
    const spec = {
      statistic: 'proportion' as const,
      y: `CASE WHEN (${y}) IS NOT NULL THEN ((${y})::VARCHAR = ${quoteLiteral(c)})::INT END`,
    };
    const d = await domainEstimates(
      db,
      quoteIdent(ds.id),
      ds.design,
      spec,
      quoteIdent(waveVar.name),
      waves.map(String),
    );
    const last = waves.length - 1;
    const diff =
      waves.length > 1
        ? contrast(
            d,
            waves.map((_, i) => (i === last ? 100 : i === last - 1 ? -100 : 0)),
          )
        : null;
    df = diff ? diff.df : df;
    rows.push({
      code: c,
      label: valueLabel(v, c, lang, place),
      waves: waves.map((wave, i) => {
        const [p, se, t] = [d.estimates[i], Math.sqrt(d.cov[i][i]), criticalValue(0.95, d.dfs[i])];
        const ok = d.n[i] > 0 && Number.isFinite(p) && Number.isFinite(t);
        const { ci } = shareInterval(p, se, t, d.nEff[i]);
        return {
          wave,
          n: d.n[i],
          pct: ok ? 100 * p : null,
          ci_low: ok ? 100 * ci[0] : null,
          ci_high: ok ? 100 * ci[1] : null,
        };
      }),
      change: diff ? { ...diff, significant: diff.p !== null && diff.p < 0.05 } : null,
    });
  }
  return { waves, skipped, rows, changed: v.changed === true, df };
}

/** What the change view says under its table and its exports carry: each wave's interval, the change's df, gaps. */
export function changeNotes(r: ChangeResult, t: T): string[] {
  return [
    t('analyse.change.note'),
    ...(r.df === null ? [] : [t('analyse.change.method', { df: r.df })]),
    ...(r.skipped.length ? [t('analyse.change.skipped', { waves: r.skipped.join(', ') })] : []),
  ];
}
