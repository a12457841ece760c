/** Where the presenter is: a slide and how many of its reveal steps are shown (0 = none yet). */
export interface Position {
  slide: number;
  step: number;
}

/** The position nearest to `at` that exists in a deck whose slides have `steps[i]` reveal steps. */
export function clampTo(at: Position, steps: readonly number[]): Position {
  if (!steps.length) return { slide: 0, step: 0 };
  const slide = Math.min(Math.max(0, Math.trunc(at.slide) || 0), steps.length - 1);
  const step = Math.min(Math.max(0, Math.trunc(at.step) || 0), steps[slide]);
  return { slide, step };
}

/** The next step of the slide, else the next slide from its start; the last step of the last slide stays put. */
export function next(at: Position, steps: readonly number[]): Position {
  if (at.step < steps[at.slide]) return { slide: at.slide, step: at.step + 1 };
  return at.slide + 1 < steps.length ? { slide: at.slide + 1, step: 0 } : at;
}

/** The step before, else the slide before with all its steps shown (as reveal.js goes back). */
export function back(at: Position, steps: readonly number[]): Position {
  if (at.step > 0) return { slide: at.slide, step: at.step - 1 };
  return at.slide > 0 ? { slide: at.slide - 1, step: steps[at.slide - 1] } : at;
}

/** The start of the deck. */
export const first = (): Position => ({ slide: 0, step: 0 });

/** The last slide with all its steps shown. */
export const last = (steps: readonly number[]): Position => clampTo({ slide: steps.length - 1, step: Infinity }, steps);

/** The start of slide `n` counted from 1 as the audience sees it (out of range: the nearest slide). */
export const slideNumbered = (n: number, steps: readonly number[]): Position =>
  clampTo({ slide: n - 1, step: 0 }, steps);

/** Are two positions the same? */
export const isSame = (a: Position, b: Position) => a.slide === b.slide && a.step === b.step;
