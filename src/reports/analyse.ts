import type { Lang } from '../core/lang';
import { type Connector, quoteIdent } from '../core/sql';
import type { Design } from '../core/design';
import type { CodebookVariable, StudyDataset } from '../data/study';
import { type CrosstabCell, type CrosstabTest, crosstab } from '../stats/crosstab';
import { type Percent, cellShares } from '../stats/crosstab-ci';
import { crosstabDf } from '../stats/crosstab-df';
import { type BaseRules, type Flag, type Status, judgeBase } from '../indicators/status';
import { isAnalysable } from './analyse-defaults';

/** How results are worded and judged: the language, region names, the "total" label and the small-base rules. */
export interface Context {
  lang: Lang;
  place: (code: string) => string;
  totalLabel: string;
  rules?: BaseRules;
}

export type { Percent };

/** What the Analyse page asks for: a crosstab of two codebook variables in one wave of a survey dataset. */
export interface AnalyseRequest {
  rows: string;
  cols: string;
  wave: number | null;
  percent: Percent;
}

/** One shown percentage with its interval, base and the project's small-base status. */
export interface AnalyseCell {
  row: string;
  col: string;
  rowLabel: string;
  colLabel: string;
  n: number;
  base: number;
  pct: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  status: Status;
  flags: Flag[];
  /**
   * A row % against its column's total share (a column % against its row's):
   * 'above'/'below' when the CI excludes it.
   */
  vsTotal: 'above' | 'below' | null;
}

export interface AnalyseResult {
  rows: Array<{ code: string; label: string; n: number }>;
  cols: Array<{ code: string; label: string; total: number | null }>;
  cells: AnalyseCell[];
  test: CrosstabTest;
  df: number;
  n: number;
}

/**
 * Variables a user can cross: categorical ones with value labels (the region too), never ids, weights or design
 * columns (by codebook role or the dataset's design).
 */
export function analysisVariables(
  codebook: CodebookVariable[],
  opts: { unlabelled?: boolean; design?: Design | null } = {},
): CodebookVariable[] {
  const categorical = (v: CodebookVariable) => opts.unlabelled && (v.level === 'nominal' || v.level === 'ordinal');
  return codebook.filter(
    (v) =>
      isAnalysable(v, opts.design) && (v.role === 'region' || Object.keys(v.values ?? {}).length > 1 || categorical(v)),
  );
}

/** The SQL of a variable with its user-missing codes (98/99) as missing. */
export function valueExpr(v: CodebookVariable): string {
  const q = quoteIdent(v.name);
  const codes = (v.user_missing ?? []).filter(Number.isFinite);
  return codes.length ? `CASE WHEN ${q} IN (${codes.join(', ')}) THEN NULL ELSE ${q} END` : q;
}

/** Label of a value: the codebook's, a region's name via `place`, or the code itself. */
export function valueLabel(v: CodebookVariable, code: string, lang: Lang, place: (code: string) => string): string {
  if (v.role === 'region') return place(code);
  return v.values?.[code]?.[lang] ?? code;
}

/** Run the crosstab of the request in the workspace and shape it for the page and its exports. */
export async function analyse(
  db: Connector,
  ds: StudyDataset,
  codebook: CodebookVariable[],
  req: AnalyseRequest,
  ctx: Context,
): Promise<AnalyseResult> {
  const { lang, place, totalLabel, rules } = ctx;
  const find = (name: string) => {
    const v = codebook.find((x) => x.name === name);
    if (!v) throw new Error(`no variable ${name}`);
    return v;
  };
  // Without a column variable the table is the weighted frequency of the rows (one "total" column).
  const rv = find(req.rows);
  const cv: CodebookVariable = req.cols
    ? find(req.cols)
    : {
        name: '',
        label: { ru: totalLabel, kk: totalLabel, en: totalLabel },
        level: 'nominal',
        values: { total: { ru: totalLabel, kk: totalLabel, en: totalLabel } },
      };
  const waveVar = codebook.find((v) => v.role === 'wave');
  const domain = waveVar && req.wave !== null ? `${quoteIdent(waveVar.name)} = ${Number(req.wave)}` : undefined;
  const spec = { rows: valueExpr(rv), cols: req.cols ? valueExpr(cv) : `'total'`, domain };
  const x = await crosstab(db, quoteIdent(ds.id), ds.design, spec);
  const shares = cellShares(x, req.percent, await crosstabDf(db, quoteIdent(ds.id), ds.design, spec));
  const rowN = (code: string) => x.cells.filter((c) => c.row === code).reduce((s, c) => s + c.n, 0);
  const n = x.cells.reduce((s, c) => s + c.n, 0);
  // The margins as % of the table: a row's % of a column is compared with the column's total, and vice versa.
  const margin = (pick: (c: CrosstabCell) => boolean) => {
    const cells = x.cells.filter(pick);
    return cells.length ? cells.reduce((s, c) => s + (c.cell_pct ?? 0), 0) : null;
  };
  const colTotal = (code: string) => margin((c) => c.col === code);
  const cells = x.cells.map((c, i): AnalyseCell => {
    const { pct, se, n_eff, ci_low, ci_high } = shares[i];
    const inBase = (d: { row: string; col: string }) =>
      req.percent === 'row' ? d.row === c.row : req.percent === 'col' ? d.col === c.col : true;
    const base = x.cells.filter(inBase).reduce((s, d) => s + d.n, 0);
    const judged = judgeBase({ estimate: pct, se, n: base, n_eff }, rules);
    const [lo, hi] = judged.status === 'ok' ? [ci_low, ci_high] : [null, null];
    const total =
      req.percent === 'row'
        ? colTotal(c.col)
        : req.percent === 'col' && req.cols
          ? margin((d) => d.row === c.row)
          : null;
    const vsTotal = lo === null || total === null ? null : lo > total ? 'above' : hi! < total ? 'below' : null;
    return {
      row: c.row,
      col: c.col,
      rowLabel: valueLabel(rv, c.row, lang, place),
      colLabel: valueLabel(cv, c.col, lang, place),
      n: c.n,
      base,
      pct: judged.status === 'ok' ? pct : null,
      se: judged.status === 'ok' ? se : null,
      ci_low: lo,
      ci_high: hi,
      status: judged.status,
      flags: judged.flags,
      vsTotal,
    };
  });
  return {
    rows: x.rows.map((code) => ({ code, label: valueLabel(rv, code, lang, place), n: rowN(code) })),
    cols: x.cols.map((code) => ({ code, label: valueLabel(cv, code, lang, place), total: colTotal(code) })),
    cells,
    test: x.test,
    df: x.df,
    n,
  };
}

/** The rows of the CSV export: labels and numbers, one line per cell. */
export function exportRows(r: AnalyseResult, rowsLabel: string, colsLabel: string): Record<string, unknown>[] {
  return r.cells.map((c) => ({
    [rowsLabel]: c.rowLabel,
    [colsLabel]: c.colLabel,
    n: c.n,
    base_n: c.base,
    percent: c.pct,
    se: c.se,
    ci_low: c.ci_low,
    ci_high: c.ci_high,
    status: c.status,
    flags: c.flags.join(';'),
  }));
}
