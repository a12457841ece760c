import type { Connector } from '../core/sql';
import type { CodebookVariable, StudyDataset } from '../data/study';
import { type AnalyseResult, type Context, type Percent, analyse, exportRows } from './analyse';
import { type MeansResult, meansByGroup } from './analyse-means';
import { type ChangeResult, changeAcrossWaves } from './analyse-change';
import { type SetResult, analyseSet, responseSets } from './analyse-mr';

export const MODES = ['crosstab', 'freq', 'means', 'mr', 'change'] as const;
export type Mode = (typeof MODES)[number];

/** What the Analyse page shows, by mode. */
export type AnalyseView =
  | { kind: 'crosstab'; result: AnalyseResult }
  | { kind: 'means'; result: MeansResult }
  | { kind: 'mr'; result: SetResult }
  | { kind: 'change'; result: ChangeResult };

export interface AnalyseParams {
  mode: Mode;
  rows: string;
  cols: string;
  y: string;
  set: string;
  pct: Percent;
  wave: number | null;
}

/** Run the analysis the page asks for in the workspace. */
export async function runAnalysis(
  db: Connector,
  ds: StudyDataset,
  codebook: CodebookVariable[],
  p: AnalyseParams,
  ctx: Context,
): Promise<AnalyseView> {
  if (p.mode === 'means') {
    return {
      kind: 'means',
      result: await meansByGroup(db, ds, codebook, { y: p.y, group: p.rows, wave: p.wave }, ctx),
    };
  }
  if (p.mode === 'change') return { kind: 'change', result: await changeAcrossWaves(db, ds, codebook, p.rows, ctx) };
  if (p.mode === 'mr') {
    const set = responseSets(codebook, ctx.lang).find((s) => s.id === p.set);
    if (!set) throw new Error(`no multiple-response set ${p.set}`);
    return { kind: 'mr', result: await analyseSet(db, ds, codebook, set, { cols: p.cols || null, wave: p.wave }, ctx) };
  }
  const freq = p.mode === 'freq';
  const req = { rows: p.rows, cols: freq ? '' : p.cols, wave: p.wave, percent: freq ? ('col' as const) : p.pct };
  return { kind: 'crosstab', result: await analyse(db, ds, codebook, req, ctx) };
}

/** The records of a view for CSV and XLSX, with the labels the user sees. */
export function exportRecords(
  v: AnalyseView,
  labels: { rows: string; cols: string; y: string },
): Record<string, unknown>[] {
  if (v.kind === 'crosstab') return exportRows(v.result, labels.rows, labels.cols || 'column');
  if (v.kind === 'means') {
    return [...v.result.rows, v.result.total].map((r) => ({
      [labels.rows]: r.label,
      mean: r.mean,
      se: r.se,
      ci_low: r.ci_low,
      ci_high: r.ci_high,
      n: r.n,
      status: r.status,
      flags: r.flags.join(';'),
      p_vs_rest: r.p_vs_rest,
      ...(r.p_reason ? { p_reason: r.p_reason } : {}),
    }));
  }
  if (v.kind === 'change') {
    return v.result.rows.flatMap((r) => [
      ...r.waves.map((w) => ({
        [labels.rows]: r.label,
        wave: w.wave,
        percent: w.pct,
        ci_low: w.ci_low,
        ci_high: w.ci_high,
        n: w.n,
      })),
      ...(r.change
        ? [
            {
              [labels.rows]: r.label,
              wave: 'change',
              percent: r.change.estimate,
              ci_low: r.change.ci_low,
              ci_high: r.change.ci_high,
              df: r.change.df,
              p: r.change.p,
              ...(r.change.reason ? { p_reason: r.change.reason } : {}),
            },
          ]
        : []),
    ]);
  }
  const col = (code: string) => v.result.cols.find((c) => c.code === code)?.label ?? code;
  return v.result.cells.map((c) => ({
    option: c.label,
    [labels.cols || 'column']: col(c.col),
    percent: c.pct,
    ci_low: c.ci_low,
    ci_high: c.ci_high,
    n: c.n,
    status: c.status,
    flags: c.flags.join(';'),
  }));
}
