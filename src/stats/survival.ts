import { criticalValue } from './ci';

/** Events and censorings at one distinct time (a group's rows tallied by time, e.g. in SQL). */
export interface TimeCount {
  time: number;
  events: number;
  censored: number;
}

/** One time of a Kaplan–Meier curve, as R's `survfit` lists it (every distinct time, censored-only ones too). */
export interface KmStep {
  time: number;
  n_risk: number;
  n_event: number;
  n_censor: number;
  surv: number;
  /** Greenwood standard error of log S(t) (R's `std.err`); Infinity once S(t) = 0. */
  std_err: number;
  lower: number | null;
  upper: number | null;
}

/** A Kaplan–Meier curve with its median and the median's confidence interval (null where not reached). */
export interface KmResult {
  n: number;
  events: number;
  steps: KmStep[];
  median: number | null;
  ci_low: number | null;
  ci_high: number | null;
}

/** Merge counts of equal times and sort by time. */
function tally(counts: TimeCount[]): TimeCount[] {
  const byTime = new Map<number, TimeCount>();
  for (const c of counts) {
    const t = byTime.get(c.time) ?? { time: c.time, events: 0, censored: 0 };
    t.events += c.events;
    t.censored += c.censored;
    byTime.set(c.time, t);
  }
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}

/**
 * The first time a curve falls to 0.5 or below; where it sits at exactly 0.5 and falls further later, the midpoint
 * of that time and the next drop (R survival 3.5 `survmean`'s `minmin`, which `print(survfit)` reports).
 */
export function firstAtHalf(times: number[], ys: Array<number | null>): number | null {
  const tol = Math.sqrt(Number.EPSILON);
  const kept = times.map((t, i) => [t, ys[i]] as const).filter(([, y]) => y !== null && y < 0.5 + tol);
  if (!kept.length) return null;
  const [t0, y0] = kept[0];
  const next = kept.find(([, y]) => y! < y0!);
  return Math.abs(y0! - 0.5) < tol && next ? (t0 + next[0]) / 2 : t0;
}

/**
 * Kaplan–Meier estimate from counts per time, as R's `survfit(Surv(time, event) ~ 1)` with its defaults:
 * Greenwood variance, `conf.type = "log"` (S·exp(±z·se), upper capped at 1) and the median with its interval read
 * off the curve and its bounds (Brookmeyer–Crowley style, as `print.survfit`). At a time, events precede censorings.
 */
export function kaplanMeier(counts: TimeCount[], { level = 0.95 } = {}): KmResult {
  const z = criticalValue(level, Infinity);
  const rows = tally(counts);
  let atRisk = rows.reduce((a, r) => a + r.events + r.censored, 0);
  const n = atRisk;
  let surv = 1;
  let greenwood = 0;
  const steps: KmStep[] = rows.map((r) => {
    const d = r.events;
    surv *= 1 - d / atRisk;
    greenwood += atRisk > d ? d / (atRisk * (atRisk - d)) : d > 0 ? Infinity : 0;
    const se = Math.sqrt(greenwood);
    const bounded = surv > 0 && Number.isFinite(se);
    const step: KmStep = {
      time: r.time,
      n_risk: atRisk,
      n_event: d,
      n_censor: r.censored,
      surv,
      std_err: se,
      lower: bounded ? surv * Math.exp(-z * se) : null,
      upper: bounded ? Math.min(1, surv * Math.exp(z * se)) : null,
    };
    atRisk -= d + r.censored;
    return step;
  });
  const times = steps.map((s) => s.time);
  return {
    n,
    events: rows.reduce((a, r) => a + r.events, 0),
    steps,
    median: firstAtHalf(
      times,
      steps.map((s) => s.surv),
    ),
    ci_low: firstAtHalf(
      times,
      steps.map((s) => s.lower),
    ),
    ci_high: firstAtHalf(
      times,
      steps.map((s) => s.upper),
    ),
  };
}

/** Kaplan–Meier from one row per unit: its time and whether the event happened (false: censored at that time). */
export function kaplanMeierRows(times: number[], events: boolean[], opts: { level?: number } = {}): KmResult {
  if (times.length !== events.length) throw new Error('kaplanMeierRows: times and events differ in length');
  return kaplanMeier(
    times.map((time, i) => ({ time, events: events[i] ? 1 : 0, censored: events[i] ? 0 : 1 })),
    opts,
  );
}

/** The curve and its bounds at time t (last step at or before t; S = 1 before the first), as `summary(fit, times)`. */
export function survivalAt(km: KmResult, t: number): { surv: number; lower: number | null; upper: number | null } {
  const step = km.steps.filter((s) => s.time <= t).pop();
  return step ? { surv: step.surv, lower: step.lower, upper: step.upper } : { surv: 1, lower: 1, upper: 1 };
}
