import { benchmarkEstimates } from '../stats/sae-benchmark';
import { bootstrapMse } from '../stats/sae-bootstrap';
import { eblupFH } from '../stats/sae-eblup';
import { type FhModel, type SaeArea, type SaeMethod, fitFayHerriot } from '../stats/sae-fit';
import { fitGvf, gvfVariance } from '../stats/sae-gvf';
import { criticalValue } from '../stats/ci';
import { type BaseRules, DEFAULT_RULES, type Flag } from './status';

/** How each area's sampling variance is taken: its own design-based one, the GVF's, or the GVF's for small bases. */
export type VarianceChoice = 'auto' | 'direct' | 'gvf';
export type MseMethod = 'prasad-rao' | 'bootstrap';
export type BenchmarkKind = 'ratio' | 'difference';

/** One area as the model takes it: its direct estimate and SE (null: no sample), its covariate row and weight. */
export interface AreaInput {
  area: string;
  region: string | null;
  n: number | null;
  direct: number | null;
  direct_se: number | null;
  /** The design-matrix row without the intercept; null when a covariate is unknown for the area. */
  x: number[] | null;
  /** The area's population, for benchmarking (null: unknown). */
  weight: number | null;
}

/** How to fit: the model variance's estimator, the MSE, the variances, benchmarking and the interval. */
export interface ModelOptions {
  method?: SaeMethod;
  mse?: MseMethod;
  variance?: VarianceChoice;
  benchmark?: BenchmarkKind | null;
  /** Direct estimates of the groups (regions) the areas' estimates should add up to. */
  targets?: Map<string, number>;
  level?: number;
  replicates?: number;
  seed?: number;
  rules?: BaseRules;
  /** Units with steady variances (e.g. the regions) the GVF is fitted on; default: the areas themselves. */
  gvfFrom?: Array<{ n: number; v: number | null }>;
  /** The scale's bounds (0–100 for percentages): intervals are clipped to them. */
  bounds?: [number, number] | null;
}

/** One area's model-based estimate next to its direct one (the `sae` command's row). */
export interface SaeRow {
  area: string;
  region: string | null;
  n: number | null;
  direct: number | null;
  direct_se: number | null;
  /** The sampling variance the model used, and where it came from. */
  variance: number | null;
  variance_source: 'direct' | 'gvf' | null;
  eblup: number | null;
  /** The regression's prediction x'β̂ (the synthetic estimate). */
  fitted: number | null;
  /** The estimate shown: the EBLUP, benchmarked when asked. */
  estimate: number | null;
  mse: number | null;
  ci_low: number | null;
  ci_high: number | null;
  cv: number | null;
  shrinkage: number | null;
  /** No sample: the estimate is the regression's prediction alone. */
  synthetic: boolean;
  status: 'ok' | 'no_covariates';
  flags: Flag[];
}

/** The fitted model as it is reported: terms with SEs, the model variance, the GVF and what was asked. */
export interface SaeModelReport {
  method: SaeMethod;
  mse_method: MseMethod;
  terms: Array<{ term: string; estimate: number; se: number }>;
  sigma2_u: number;
  sigma2_u_se: number | null;
  areas_in_fit: number;
  areas_synthetic: number;
  iterations: number;
  converged: boolean;
  loglik: number | null;
  gvf: { a: number; b: number; k: number } | null;
  benchmark: BenchmarkKind | null;
  level: number;
}

/** Each area's sampling variance and its source under the chosen rule (small bases: n below the suppression rule). */
function variances(
  inputs: AreaInput[],
  choice: VarianceChoice,
  minN: number,
  gvfFrom?: Array<{ n: number; v: number | null }>,
) {
  const usable = (a: AreaInput) => a.direct_se !== null && a.direct_se > 0;
  const small = (a: AreaInput) => choice === 'gvf' || (choice === 'auto' && (a.n ?? 0) < minN) || !usable(a);
  const needGvf = choice !== 'direct' && inputs.some((a) => a.direct !== null && small(a));
  const rows = inputs.map((a) => ({ n: a.n ?? 0, v: usable(a) ? a.direct_se! ** 2 : null }));
  const gvf = needGvf ? fitGvf(gvfFrom ?? rows) : null;
  const out = inputs.map((a) => {
    if (a.direct === null) return { v: null, source: null };
    if (gvf && small(a)) return { v: gvfVariance(gvf, Math.max(a.n ?? 1, 1)), source: 'gvf' as const };
    return usable(a) ? { v: a.direct_se! ** 2, source: 'direct' as const } : { v: null, source: null };
  });
  return { out, gvf };
}

function report(fit: FhModel, terms: string[], opts: Required<Pick<ModelOptions, 'mse' | 'level'>>) {
  return {
    method: fit.method,
    mse_method: opts.mse,
    terms: ['(intercept)', ...terms].map((term, i) => ({ term, estimate: fit.beta[i], se: fit.beta_se[i] })),
    sigma2_u: fit.sigma2_u,
    sigma2_u_se: fit.sigma2_u_se,
    areas_in_fit: fit.m,
    iterations: fit.iterations,
    converged: fit.converged,
    loglik: fit.loglik,
    level: opts.level,
  };
}

const clip = (v: number, b: [number, number] | null) => (b ? Math.min(b[1], Math.max(b[0], v)) : v);

/**
 * Fit a Fay–Herriot model to areas' direct estimates and give every area with covariates its EBLUP, MSE
 * (Prasad–Rao or parametric bootstrap), interval, CV and shrinkage; optionally benchmarked to group targets.
 */
export function modelAreas(
  inputs: AreaInput[],
  terms: string[],
  opts: ModelOptions = {},
): { model: SaeModelReport; rows: SaeRow[] } {
  const { method = 'REML', mse = 'prasad-rao', variance = 'auto', level = 0.95, rules = DEFAULT_RULES } = opts;
  const { out: vs, gvf } = variances(inputs, variance, rules.minN, opts.gvfFrom);
  const modelled = inputs.map((a, i) => ({ a, v: vs[i] })).filter(({ a }) => a.x !== null);
  const areas: SaeArea[] = modelled.map(({ a, v }) => ({
    area: a.area,
    y: v.v === null ? null : a.direct,
    v: v.v,
    x: a.x!,
  }));
  const fit = fitFayHerriot(areas, { method });
  const est = eblupFH(fit, areas, { level });
  const boot =
    mse === 'bootstrap' ? bootstrapMse(areas, { method, replicates: opts.replicates, seed: opts.seed }) : null;
  const z = criticalValue(level, Infinity);
  const bench = benchmarked(inputs, est, opts);
  const byArea = new Map(modelled.map(({ a, v }, i) => [a.area, { v, e: est[i], mse: boot ? boot[i] : est[i].mse }]));
  const rows = inputs.map((a, i): SaeRow => {
    const m = byArea.get(a.area);
    const base = { area: a.area, region: a.region, n: a.n, direct: a.direct, direct_se: a.direct_se };
    if (!m) return { ...base, ...EMPTY, variance: vs[i].v, variance_source: vs[i].source, status: 'no_covariates' };
    const estimate = bench?.get(a.area) ?? m.e.eblup;
    const se = Math.sqrt(m.mse);
    const cv = estimate !== 0 ? se / Math.abs(estimate) : null;
    return {
      ...base,
      variance: m.v.v,
      variance_source: m.v.source,
      eblup: m.e.eblup,
      fitted: a.x!.reduce((sum, v, k) => sum + v * fit.beta[k + 1], fit.beta[0]),
      estimate,
      mse: m.mse,
      ci_low: clip(estimate - z * se, opts.bounds ?? null),
      ci_high: clip(estimate + z * se, opts.bounds ?? null),
      cv,
      shrinkage: m.e.shrinkage,
      synthetic: m.e.synthetic,
      status: 'ok',
      flags: cv !== null && cv >= rules.maxRse ? ['high_rse'] : [],
    };
  });
  const synthetic = rows.filter((r) => r.synthetic).length;
  const model = {
    ...report(fit, terms, { mse, level }),
    areas_synthetic: synthetic,
    gvf,
    benchmark: bench ? opts.benchmark! : null,
  };
  return { model, rows };
}

const EMPTY = {
  eblup: null,
  fitted: null,
  estimate: null,
  mse: null,
  ci_low: null,
  ci_high: null,
  cv: null,
  shrinkage: null,
  synthetic: false,
  flags: [] as Flag[],
};

/** The benchmarked estimates, or null when no benchmarking was asked. */
function benchmarked(inputs: AreaInput[], est: Array<{ area: string; eblup: number }>, opts: ModelOptions) {
  if (!opts.benchmark || !opts.targets) return null;
  const info = new Map(inputs.map((a) => [a.area, a]));
  const rows = est.flatMap((e) => {
    const a = info.get(e.area)!;
    return a.region !== null && a.weight !== null
      ? [{ area: e.area, group: a.region, weight: a.weight, eblup: e.eblup }]
      : [];
  });
  return benchmarkEstimates(rows, opts.targets, opts.benchmark);
}
