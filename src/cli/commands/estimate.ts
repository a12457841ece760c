import { type Connector, quoteIdent, quoteLiteral } from '../../core/sql';
import type { Design } from '../../core/design';
import { commandDesign } from '../design-options';
import { quantiles } from '../../stats/quantile';
import { estimate, type IntervalOptions } from '../../stats/estimate';
import type { EstimateSpec } from '../../stats/estimate-sql';
import { DataError } from '../../data/errors';
import { analysedTable } from '../analysed';
import { openInput } from '../input';
import type { CliOptions } from '../options';
import { UsageError } from '../usage-error';

type Request = { variable: string; category?: string | null; spec: Omit<EstimateSpec, 'by' | 'domain'> };

/** `--mean V`/`--total V` of a text variable: one row per category, as R's svymean(~stype). */
async function expand(db: Connector, table: string, v: string, statistic: 'mean' | 'total'): Promise<Request[]> {
  const q = quoteIdent(v);
  const [type] = await db.query<{ t: string }>(`SELECT typeof(${q}) AS t FROM ${quoteIdent(table)} LIMIT 1`);
  if (!type || !/VARCHAR|BOOLEAN/.test(type.t)) return [{ variable: v, category: null, spec: { statistic, y: q } }];
  const levels = await db.query<{ c: string }>(
    `SELECT DISTINCT ${q}::VARCHAR AS c FROM ${quoteIdent(table)} WHERE ${q} IS NOT NULL ORDER BY c`,
  );
  return levels.map(({ c }) => ({
    variable: v,
    category: c,
    spec: { statistic, y: `CASE WHEN ${q} IS NOT NULL THEN (${q}::VARCHAR = ${quoteLiteral(c)})::INT END` },
  }));
}

/** Stop on a variable with no valid value, naming it, rather than estimating nothing. */
async function assertValues(db: Connector, table: string, file: string, names: string[]) {
  for (const v of names) {
    const [row] = await db.query<{ n: bigint }>(`SELECT count(${quoteIdent(v)}) AS n FROM ${quoteIdent(table)}`);
    if (!Number(row?.n ?? 0)) throw new DataError({ code: 'no_valid_values', file, column: v });
  }
}

async function requests(db: Connector, table: string, opts: CliOptions): Promise<Request[]> {
  const q = quoteIdent;
  const out: Request[] = [];
  for (const v of opts.mean ?? []) out.push(...(await expand(db, table, v, 'mean')));
  for (const v of opts.total ?? []) out.push(...(await expand(db, table, v, 'total')));
  for (const p of opts.prop ?? []) {
    const [v, cat] = p.split('=');
    if (cat === undefined) throw new UsageError(`--prop needs V=category, got "${p}"`);
    const y = `CASE WHEN ${q(v)} IS NOT NULL THEN (${q(v)}::VARCHAR = ${quoteLiteral(cat)})::INT END`;
    out.push({ variable: v, spec: { statistic: 'proportion', y } });
  }
  for (const e of opts['prop-expr'] ?? [])
    out.push({ variable: e, spec: { statistic: 'proportion', y: `(${e})::INT` } });
  for (const r of opts.ratio ?? []) {
    const [n, d] = r.split('/');
    if (!d) throw new UsageError(`--ratio needs N/D, got "${r}"`);
    out.push({ variable: r, spec: { statistic: 'ratio', y: q(n), x: q(d) } });
  }
  if (!out.length && !opts.quantile?.length)
    throw new UsageError('estimate needs --mean, --total, --prop, --prop-expr, --ratio or --quantile');
  return out;
}

function intervalOptions(opts: CliOptions): IntervalOptions {
  const df = opts.df === undefined ? 'design' : /^inf$/i.test(opts.df) ? Infinity : Number(opts.df);
  const ciMethod = (opts['ci-method'] ?? 'logit') as IntervalOptions['ciMethod'];
  if (!['logit', 'xlogit', 'beta', 'likelihood', 'asin', 'mean'].includes(ciMethod!))
    throw new UsageError(`--ci-method must be logit, xlogit, beta, likelihood, asin or mean`);
  return { level: opts.level ? Number(opts.level) : 0.95, df, ciMethod };
}

/** `estimate FILE --design ... --mean V ...`: design-based estimates matching R survey. */
export async function runEstimate(db: Connector, target: string, opts: CliOptions) {
  const opened = await openInput(db, target);
  const { table, missing } = await analysedTable(db, opened, !!opts['keep-missing']);
  const input = { ...opened, table };
  const design = await commandDesign(db, input.table, opts);
  const named = [
    ...(opts.mean ?? []),
    ...(opts.total ?? []),
    ...[...(opts.prop ?? []), ...(opts.quantile ?? [])].map((p) => p.split('=')[0]),
    ...(opts.ratio ?? []).flatMap((r) => r.split('/')),
  ];
  await assertValues(db, input.table, input.file, named.filter(Boolean));
  const by = (opts.by ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const io = intervalOptions(opts);
  const out = [];
  for (const { variable, category, spec } of await requests(db, input.table, opts)) {
    const rows = await estimate(db, input.table, design, { ...spec, by: by.map(quoteIdent), domain: opts.domain }, io);
    for (const r of rows) {
      out.push({
        statistic: spec.statistic,
        variable,
        category: category ?? null,
        by: Object.fromEntries(by.map((b, i) => [b, r.by[i]])),
        estimate: r.estimate,
        se: r.se,
        ci_low: r.ci_low,
        ci_high: r.ci_high,
        df: r.df,
        n: r.n,
        deff: r.deff,
        ...(r.deff_reason ? { deff_reason: r.deff_reason } : {}),
        ...(r.flags?.length ? { flags: r.flags } : {}),
        ...(missing[variable] ? { missing_codes: missing[variable] } : {}),
      });
    }
  }
  for (const spec of opts.quantile ?? [])
    out.push(...(await quantileRows(db, input.table, design, spec, by, io, opts.domain)));
  return out;
}

/** `--quantile "V=0.25,0.5"`: one row per probability (R's svyquantile defaults), `quantile` holding p. */
const sqlValue = (v: unknown) =>
  v === null || v === undefined
    ? 'NULL'
    : typeof v === 'number' || typeof v === 'bigint'
      ? String(v)
      : quoteLiteral(String(v));

async function quantileRows(
  db: Connector,
  table: string,
  design: Design,
  spec: string,
  by: string[],
  io: IntervalOptions,
  userDomain?: string,
) {
  const [v, list] = spec.split('=');
  const ps = (list ?? '').split(',').map(Number);
  if (!v || !list || ps.some((p) => !(p >= 0 && p <= 1)))
    throw new UsageError(`--quantile needs V=p1,p2 with 0 ≤ p ≤ 1, got "${spec}"`);
  const groupColumns = by.map((b, i) => `${quoteIdent(b)} AS g${i}`).join(', ');
  const groups = by.length
    ? await db.query(`SELECT DISTINCT ${groupColumns} FROM ${quoteIdent(table)} ORDER BY ALL`)
    : [{}];
  const out = [];
  for (const g of groups) {
    const match = by.map((b, i) => `${quoteIdent(b)} IS NOT DISTINCT FROM ${sqlValue(g[`g${i}`])}`);
    const domain = [...match, ...(userDomain ? [`(${userDomain})`] : [])].join(' AND ') || undefined;
    for (const r of await quantiles(db, quoteIdent(table), design, v, ps, io.level, domain)) {
      out.push({
        statistic: 'quantile',
        variable: v,
        category: null,
        quantile: r.p,
        by: Object.fromEntries(by.map((b, i) => [b, g[`g${i}`]])),
        estimate: r.estimate,
        se: r.se,
        ci_low: r.ci_low,
        ci_high: r.ci_high,
        df: r.df,
        n: r.n,
        deff: null,
      });
    }
  }
  return out;
}
