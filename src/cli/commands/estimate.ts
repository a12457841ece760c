import type { Connector } from '../../data/connector';
import { type Design, LONELY_PSU, type LonelyPsu, parseDesign, quoteIdent, quoteLiteral } from '../../stats/design';
import { type CalibrationSpec, calibrate } from '../../stats/calibrate';
import { quantiles } from '../../stats/quantile';
import { estimate, type IntervalOptions } from '../../stats/estimate';
import type { EstimateSpec } from '../../stats/estimate-sql';
import { openInput } from '../input';
import type { CliOptions } from '../main';
import { UsageError } from '../usage-error';

type Request = { variable: string; spec: Omit<EstimateSpec, 'by' | 'domain'> };

function requests(opts: CliOptions): Request[] {
  const q = quoteIdent;
  const out: Request[] = [];
  for (const v of opts.mean ?? []) out.push({ variable: v, spec: { statistic: 'mean', y: q(v) } });
  for (const v of opts.total ?? []) out.push({ variable: v, spec: { statistic: 'total', y: q(v) } });
  for (const p of opts.prop ?? []) {
    const [v, cat] = p.split('=');
    if (cat === undefined) throw new UsageError(`--prop needs V=category, got "${p}"`);
    const y = `CASE WHEN ${q(v)} IS NOT NULL THEN (${q(v)}::VARCHAR = ${quoteLiteral(cat)})::INT END`;
    out.push({ variable: v, spec: { statistic: 'proportion', y } });
  }
  for (const e of opts['prop-expr'] ?? []) out.push({ variable: e, spec: { statistic: 'proportion', y: `(${e})::INT` } });
  for (const r of opts.ratio ?? []) {
    const [n, d] = r.split('/');
    if (!d) throw new UsageError(`--ratio needs N/D, got "${r}"`);
    out.push({ variable: r, spec: { statistic: 'ratio', y: q(n), x: q(d) } });
  }
  if (!out.length && !opts.quantile?.length) throw new UsageError('estimate needs --mean, --total, --prop, --prop-expr, --ratio or --quantile');
  return out;
}

function intervalOptions(opts: CliOptions): IntervalOptions {
  const df = opts.df === undefined ? 'design' : /^inf$/i.test(opts.df) ? Infinity : Number(opts.df);
  const ciMethod = (opts['ci-method'] ?? 'logit') as IntervalOptions['ciMethod'];
  if (!['logit', 'xlogit', 'beta', 'likelihood', 'asin', 'mean'].includes(ciMethod!)) throw new UsageError(`--ci-method must be logit, xlogit, beta, likelihood, asin or mean`);
  return { level: opts.level ? Number(opts.level) : 0.95, df, ciMethod };
}

/** The --design string with --lonely-psu applied; errors are usage errors. */
export function designOption(opts: CliOptions): Design {
  if (!opts.design) throw new UsageError('needs --design "ids=...,strata=...,weights=...,fpc=..."');
  const { design, errors } = parseDesign(opts.design);
  const lonely = opts['lonely-psu'];
  if (lonely !== undefined) {
    if (!(LONELY_PSU as readonly string[]).includes(lonely)) errors.push(`--lonely-psu must be one of ${LONELY_PSU.join(', ')}`);
    design.lonelyPsu = lonely as LonelyPsu;
  }
  if (errors.length) throw new UsageError(errors.join('; '));
  return design;
}

/** `--calibrate "1=6194,api99=3914069,stype:H=755"`: model columns (1, a numeric column, column:category) = totals. */
export function calibrationOption(opts: CliOptions): CalibrationSpec | null {
  const text = opts.calibrate;
  if (!text) return null;
  const x: string[] = [], totals: number[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = part.lastIndexOf('=');
    const [term, total] = [part.slice(0, at), Number(part.slice(at + 1))];
    if (at < 1 || !Number.isFinite(total)) throw new UsageError(`--calibrate needs TERM=TOTAL, got "${part}"`);
    const [col, cat] = term.split(':');
    x.push(term === '1' ? '1' : cat !== undefined ? `COALESCE(${quoteIdent(col)}::VARCHAR = ${quoteLiteral(cat)}, false)::INT` : quoteIdent(col));
    totals.push(total);
  }
  const calfun = opts.calfun ?? 'linear';
  if (calfun !== 'linear' && calfun !== 'raking') throw new UsageError('--calfun must be linear or raking');
  return { x, totals, calfun, name: '_calibrated_weight' };
}

/** The design of a command, calibrated first when --calibrate is given. */
export async function commandDesign(db: Connector, table: string, opts: CliOptions): Promise<Design> {
  const design = designOption(opts);
  const cal = calibrationOption(opts);
  return cal ? (await calibrate(db, table, design, cal)).design : design;
}

/** `estimate FILE --design ... --mean V ...`: design-based estimates matching R survey. */
export async function runEstimate(db: Connector, target: string, opts: CliOptions) {
  const input = await openInput(db, target);
  const design = await commandDesign(db, input.table, opts);
  const by = (opts.by ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const io = intervalOptions(opts);
  const out = [];
  for (const { variable, spec } of requests(opts)) {
    const rows = await estimate(db, input.table, design, { ...spec, by: by.map(quoteIdent), domain: opts.domain }, io);
    for (const r of rows) {
      out.push({
        statistic: spec.statistic, variable, category: null, by: Object.fromEntries(by.map((b, i) => [b, r.by[i]])),
        estimate: r.estimate, se: r.se, ci_low: r.ci_low, ci_high: r.ci_high, df: r.df, n: r.n, deff: r.deff,
        ...(r.flags?.length ? { flags: r.flags } : {}),
      });
    }
  }
  for (const spec of opts.quantile ?? []) out.push(...(await quantileRows(db, input.table, design, spec, by, io, opts.domain)));
  return out;
}

/** `--quantile "V=0.25,0.5"`: one row per probability (R's svyquantile defaults), `quantile` holding p. */
const sqlValue = (v: unknown) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' || typeof v === 'bigint' ? String(v) : quoteLiteral(String(v)));

async function quantileRows(db: Connector, table: string, design: Design, spec: string, by: string[], io: IntervalOptions, userDomain?: string) {
  const [v, list] = spec.split('=');
  const ps = (list ?? '').split(',').map(Number);
  if (!v || !list || ps.some((p) => !(p >= 0 && p <= 1))) throw new UsageError(`--quantile needs V=p1,p2 with 0 ≤ p ≤ 1, got "${spec}"`);
  const groups = by.length
    ? await db.query(`SELECT DISTINCT ${by.map((b, i) => `${quoteIdent(b)} AS g${i}`).join(', ')} FROM ${quoteIdent(table)} ORDER BY ALL`)
    : [{}];
  const out = [];
  for (const g of groups) {
    const match = by.map((b, i) => `${quoteIdent(b)} IS NOT DISTINCT FROM ${sqlValue(g[`g${i}`])}`);
    const domain = [...match, ...(userDomain ? [`(${userDomain})`] : [])].join(' AND ') || undefined;
    for (const r of await quantiles(db, quoteIdent(table), design, v, ps, io.level, domain)) {
      out.push({
        statistic: 'quantile', variable: v, category: null, quantile: r.p, by: Object.fromEntries(by.map((b, i) => [b, g[`g${i}`]])),
        estimate: r.estimate, se: r.se, ci_low: r.ci_low, ci_high: r.ci_high, df: r.df, n: r.n, deff: null,
      });
    }
  }
  return out;
}
