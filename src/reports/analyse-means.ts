import { type Connector, quoteIdent } from '../core/sql';
import type { Design } from '../core/design';
import type { CodebookVariable, StudyDataset } from '../data/study';
import { type EqualityTest, contrast, domainEstimates, equalityTest, undefinedEquality } from '../stats/change';
import type { UndefinedReason } from '../stats/undefined';
import { estimate } from '../stats/estimate';
import { type BaseRules, type Flag, type Status, judgeBase } from '../indicators/status';
import { type Context, valueExpr, valueLabel } from './analyse';
import { isAnalysable } from './analyse-defaults';

/** A group's mean with its interval, base, status and its difference from the rest of the sample. */
export interface MeanRow {
  code: string | null;
  label: string;
  n: number;
  mean: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  status: Status;
  flags: Flag[];
  vsRest: 'above' | 'below' | null;
  p_vs_rest: number | null;
  /** Why p_vs_rest is null for a group shown (no design df or variance); null otherwise. */
  p_reason: UndefinedReason | null;
}

export interface MeansResult {
  rows: MeanRow[];
  total: MeanRow;
  test: EqualityTest;
  df: number;
}

/**
 * Variables whose mean makes sense: scales and numeric answers (not codes of categories, never an id, a weight or a
 * design column).
 */
export function numericVariables(codebook: CodebookVariable[], design?: Design | null): CodebookVariable[] {
  return codebook.filter(
    (v) =>
      !v.role &&
      isAnalysable(v, design) &&
      (v.level === 'scale' || v.level === 'ordinal') &&
      !/VARCHAR/.test(v.type ?? ''),
  );
}

type Judged = {
  estimate: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n: number;
  n_eff: number | null;
};

function row(code: string | null, label: string, e: Judged, rules?: BaseRules): MeanRow {
  const { status, flags } = judgeBase(e, rules);
  const ok = status === 'ok';
  return {
    code,
    label,
    n: e.n,
    mean: ok ? e.estimate : null,
    se: ok ? e.se : null,
    ci_low: ok ? e.ci_low : null,
    ci_high: ok ? e.ci_high : null,
    status,
    flags,
    vsRest: null,
    p_vs_rest: null,
    p_reason: null,
  };
}

/**
 * Mean of `y` by the categories of `group` in one wave: each group's mean with a t interval, a mark where it differs
 * from the rest of the sample (design-based contrast, p < 0.05), and the Wald test that all group means are equal.
 */
export async function meansByGroup(
  db: Connector,
  ds: StudyDataset,
  codebook: CodebookVariable[],
  req: { y: string; group: string; wave: number | null },
  ctx: Context,
): Promise<MeansResult> {
  const { lang, place, totalLabel, rules } = ctx;
  const [yv, gv] = [req.y, req.group].map((n) => codebook.find((v) => v.name === n)!);
  const waveVar = codebook.find((v) => v.role === 'wave');
  const wave = waveVar && req.wave !== null ? `${quoteIdent(waveVar.name)} = ${Number(req.wave)}` : 'true';
  const table = quoteIdent(ds.id),
    y = valueExpr(yv),
    g = `(${valueExpr(gv)})::VARCHAR`;
  const spec = { statistic: 'mean' as const, y };
  const byGroup = (
    await estimate(db, table, ds.design, { ...spec, by: [g], domain: `${wave} AND ${g} IS NOT NULL` })
  ).filter((r) => r.by[0] !== null);
  const [total] = await estimate(db, table, ds.design, { ...spec, domain: `${wave} AND ${g} IS NOT NULL` });
  const levels = byGroup.map((r) => String(r.by[0]));
  const rows = byGroup.map((r) => row(String(r.by[0]), valueLabel(gv, String(r.by[0]), lang, place), r, rules));
  for (const r of rows.filter((x) => x.status === 'ok')) {
    const inOut = `CASE WHEN ${g} = '${r.code!.replace(/'/g, "''")}' THEN 'in' WHEN ${g} IS NOT NULL THEN 'out' END`;
    const c = contrast(
      await domainEstimates(db, table, ds.design, { ...spec, domain: wave }, inOut, ['out', 'in']),
      [-1, 1],
    );
    r.p_vs_rest = c.p;
    r.p_reason = c.reason;
    r.vsRest = c.p !== null && c.p < 0.05 ? (c.estimate > 0 ? 'above' : 'below') : null;
  }
  const all =
    levels.length > 1 ? await domainEstimates(db, table, ds.design, { ...spec, domain: wave }, g, levels) : null;
  return {
    rows,
    total: row(null, totalLabel, total, rules),
    test: all ? equalityTest(all) : undefinedEquality('one_level'),
    df: all?.df ?? total.df ?? 0,
  };
}
