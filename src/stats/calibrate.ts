import { type Connector, quoteIdent } from '../core/sql';
import type { Design } from '../core/design';
import { DesignError } from './design';
import { solve } from './matrix';
import { groupBy } from './variance-sql';

/** Population totals to calibrate to: model columns (SQL, e.g. `1`, `api99`, `(stype = 'H')::INT`) and totals. */
export interface CalibrationSpec {
  x: string[];
  totals: number[];
  calfun?: 'linear' | 'raking';
  name?: string;
}

/** What calibration did to the weights: their range before and after, g range, Kish's weighting effect. */
export interface CalibrationDiagnostics {
  iterations: number;
  weights: [number, number];
  before: [number, number];
  g: [number, number];
  kish_deff: number;
  n: number;
}

const MAX_ITER = 50;

async function moments(db: Connector, table: string, w: string, x: string[], g: string) {
  const t = x.map((e, j) => `sum(${w} * ${g} * (${e})) AS t${j}`);
  const a = x.flatMap((e, j) => x.map((f, k) => `sum(${w} * ${g} * (${e}) * (${f})) AS a${j}_${k}`));
  const [r] = await db.query(`SELECT ${[...t, ...a].join(', ')} FROM ${table}`);
  return { t: x.map((_, j) => Number(r[`t${j}`])), a: x.map((_, j) => x.map((_, k) => Number(r[`a${j}_${k}`]))) };
}

/** g as SQL from λ: 1 + xᵀλ (linear) or exp(xᵀλ) (raking), as R's calibrate. */
function gExpr(x: string[], lambda: number[], calfun: 'linear' | 'raking'): string {
  const eta = x.map((e, j) => `(${e}) * ${lambda[j]}`).join(' + ') || '0';
  return calfun === 'linear' ? `(1 + ${eta})` : `exp(${eta})`;
}

/**
 * Calibrate a design's weights to population totals as R's calibrate (GREG; calfun "linear" or "raking", Newton
 * steps as its grake), save them as a new column and return the calibrated design and diagnostics.
 */
export async function calibrate(
  db: Connector,
  table: string,
  design: Design,
  spec: CalibrationSpec,
): Promise<{ design: Design; diagnostics: CalibrationDiagnostics }> {
  if (!design.weights) throw new DesignError('calibrate: the design needs a weights column');
  if (design.replicates || design.calibration)
    throw new DesignError('calibrate: start from an uncalibrated Taylor design');
  if (spec.x.length !== spec.totals.length || !spec.x.length)
    throw new DesignError('calibrate: give one population total per model column');
  const calfun = spec.calfun ?? 'linear';
  const w = `${quoteIdent(design.weights)}::DOUBLE`;
  const base = await moments(db, table, w, spec.x, '1');
  const ainv = solve(
    base.a,
    base.a.map((_, i) => base.a.map((__, j) => +(i === j))),
  );
  let lambda = spec.x.map(() => 0);
  let iterations = 0;
  for (; iterations < MAX_ITER; iterations++) {
    const m = iterations === 0 ? base : await moments(db, table, w, spec.x, gExpr(spec.x, lambda, calfun));
    const gap = spec.totals.map((t, j) => t - m.t[j]);
    if (gap.every((d, j) => Math.abs(d) <= 1e-10 * Math.max(1, Math.abs(spec.totals[j])))) break;
    const step = solve(
      m.a,
      gap.map((d) => [d]),
    ).map((r) => r[0]);
    lambda = lambda.map((l, j) => l + step[j]);
    if (calfun === 'linear') {
      iterations++;
      break;
    }
  }
  const name = spec.name ?? `${design.weights}_cal`;
  const g = gExpr(spec.x, lambda, calfun);
  const col = quoteIdent(name);
  await db.exec(
    `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${col} DOUBLE; UPDATE ${table} SET ${col} = ${w} * ${g}`,
  );
  const ranges = `min(${w}) AS b0, max(${w}) AS b1, min(c) AS w0, max(c) AS w1, min(${g}) AS g0, max(${g}) AS g1`;
  const [d] = await db.query(`SELECT ${ranges},
    count(*) AS n, sum(c) AS s, sum(c * c) AS s2 FROM (SELECT *, ${col} AS c FROM ${table}) ${groupBy([])}`);
  const n = Number(d.n);
  return {
    design: { ...design, weights: name, calibration: { x: spec.x, base: design.weights, calibrated: name, ainv } },
    diagnostics: {
      iterations,
      n,
      weights: [Number(d.w0), Number(d.w1)],
      before: [Number(d.b0), Number(d.b1)],
      g: [Number(d.g0), Number(d.g1)],
      kish_deff: (n * Number(d.s2)) / Number(d.s) ** 2,
    },
  };
}

/** Trimming bounds as R's trimWeights; with `strict`, repeated until no weight is outside them. */
export interface TrimSpec {
  lower?: number;
  upper?: number;
  strict?: boolean;
  name?: string;
}

/**
 * R's trimWeights: weights outside [lower, upper] are set to the bound and the trimmed amount is shared equally by
 * the weights inside, so the total stays; saved as a new column. The variance keeps the design (and calibration).
 */
export async function trimWeights(
  db: Connector,
  table: string,
  design: Design,
  spec: TrimSpec,
): Promise<{ design: Design; trimmed: number; iterations: number }> {
  if (!design.weights) throw new DesignError('trim: the design needs a weights column');
  const [lo, hi] = [spec.lower ?? -Infinity, spec.upper ?? Infinity];
  if (!(lo < hi)) throw new DesignError('trim: the lower bound must be below the upper one');
  const name = spec.name ?? `${design.weights}_trim`;
  const col = quoteIdent(name);
  const original = quoteIdent(design.weights);
  await db.exec(
    `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${col} DOUBLE; UPDATE ${table} SET ${col} = ${original}`,
  );
  const out = (w: string) =>
    [Number.isFinite(lo) ? `${w} < ${lo}` : 'false', Number.isFinite(hi) ? `${w} > ${hi}` : 'false'].join(' OR ');
  const bound = (w: string) =>
    `greatest(${Number.isFinite(lo) ? lo : -1e308}, least(${w}, ${Number.isFinite(hi) ? hi : 1e308}))`;
  let iterations = 0,
    trimmed = 0;
  const outside = out(col);
  for (; iterations < (spec.strict ? 100 : 1); iterations++) {
    const excess = `sum(${col} - ${bound(col)}) AS excess`;
    const [r] = await db.query<{ n: number; excess: number; inside: number }>(
      `SELECT count(*) FILTER (${outside}) AS n, ${excess}, count(*) FILTER (NOT (${outside})) AS inside FROM ${table}`,
    );
    if (!Number(r.n)) break;
    trimmed += Number(r.n);
    const share = Number(r.excess) / Number(r.inside);
    await db.exec(`UPDATE ${table} SET ${col} = CASE WHEN ${outside} THEN ${bound(col)} ELSE ${col} + ${share} END`);
  }
  return { design: { ...design, weights: name }, trimmed, iterations };
}

/** A population margin: the dataset columns it classifies by and each cell's population total. */
export interface Margin {
  keys: string[];
  cells: Array<{ values: string[]; total: number }>;
}

/**
 * Model columns and totals for raking to margins (one dummy per cell; one cell dropped from every margin after the
 * first, whose cells already sum to N). Sample categories missing from a margin, or margin cells with no sample
 * member, are errors that name them: weights cannot be moved into or out of an empty cell.
 */
export async function marginTerms(
  db: Connector,
  table: string,
  margins: Margin[],
): Promise<{ x: string[]; totals: number[] }> {
  const x: string[] = [],
    totals: number[] = [];
  for (const [m, margin] of margins.entries()) {
    const key = `(${margin.keys.map((k) => `${quoteIdent(k)}::VARCHAR`).join(` || '|' || `)})`;
    const seen = new Set(
      (await db.query<{ v: string }>(`SELECT DISTINCT ${key} AS v FROM ${table} WHERE v IS NOT NULL`)).map((r) => r.v),
    );
    const cells = new Map(margin.cells.map((c) => [c.values.join('|'), c.total]));
    const missing = [...seen].filter((v) => !cells.has(v));
    if (missing.length)
      throw new DesignError(`rake: ${margin.keys.join(' × ')} = ${missing[0]} is in the data but not in the margin`);
    const empty = [...cells.keys()].filter((v) => !seen.has(v));
    if (empty.length)
      throw new DesignError(`rake: ${margin.keys.join(' × ')} = ${empty[0]} has population but no sample member`);
    for (const [i, [v, total]] of [...cells].entries()) {
      if (m > 0 && i === 0) continue;
      x.push(`COALESCE(${key} = '${v.replace(/'/g, "''")}', false)::INT`);
      totals.push(total);
    }
  }
  return { x, totals };
}
