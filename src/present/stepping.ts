import type { RevealStep } from '../notebooks/types';

/** An element of a slide with reveal steps (`data-reveal`), and its steps. */
interface Reveal {
  el: Element;
  steps: RevealStep[];
}

const isStep = (x: unknown): x is RevealStep =>
  !!x &&
  typeof x === 'object' &&
  ((x as RevealStep).mode === 'highlight' || (x as RevealStep).mode === 'show') &&
  Array.isArray((x as RevealStep).keys);

/** The steps an element's `data-reveal` JSON holds (none when it is missing or malformed). */
export function stepsIn(el: Element): RevealStep[] {
  try {
    const steps: unknown = JSON.parse(el.getAttribute('data-reveal') ?? '[]');
    return Array.isArray(steps) ? steps.filter(isStep) : [];
  } catch {
    return [];
  }
}

const revealsOf = (slide: Element): Reveal[] =>
  [...slide.querySelectorAll('[data-reveal]')].map((el) => ({ el, steps: stepsIn(el) }));

/** How many reveal steps a slide has: its `data-steps`, else the sum over its `[data-reveal]` elements. */
export function stepCount(slide: Element): number {
  const n = Number(slide.getAttribute('data-steps'));
  return slide.hasAttribute('data-steps') && Number.isInteger(n) && n >= 0
    ? n
    : revealsOf(slide).reduce((sum, r) => sum + r.steps.length, 0);
}

/** Step `k` (from 1) of a slide, counted over its reveal elements in document order, or null. */
export function stepAt(slide: Element, k: number): RevealStep | null {
  const all = revealsOf(slide).flatMap((r) => r.steps);
  return k >= 1 ? (all[k - 1] ?? null) : null;
}

/**
 * Shows a slide at step `k`: each reveal element is drawn at its own latest step up to `k` (none before its first),
 * the element whose step `k` is gets `data-step="k"`.
 */
export function applyStep(slide: Element, k: number): void {
  let offset = 0;
  for (const { el, steps } of revealsOf(slide)) {
    const own = Math.min(Math.max(k - offset, 0), steps.length);
    drawShown(el, steps.slice(0, own), steps);
    if (k > offset && k <= offset + steps.length) el.setAttribute('data-step', String(k));
    else el.removeAttribute('data-step');
    offset += steps.length;
  }
}

/** Marks an element's keyed shapes and rows for the steps shown so far. */
function drawShown(el: Element, shown: RevealStep[], all: RevealStep[]): void {
  const highlight = shown.findLast((s) => s.mode === 'highlight');
  const lit = highlight ? new Set(highlight.keys) : null;
  const revealed = new Set(shown.filter((s) => s.mode === 'show').flatMap((s) => s.keys));
  const hidden = new Set(all.filter((s) => s.mode === 'show').flatMap((s) => s.keys.filter((x) => !revealed.has(x))));
  for (const item of el.querySelectorAll('[data-region], [data-key]')) {
    const key = item.getAttribute('data-region') ?? item.getAttribute('data-key') ?? '';
    item.toggleAttribute('data-lit', !!lit?.has(key));
    item.toggleAttribute('data-dim', !!lit && !lit.has(key));
    item.toggleAttribute('data-hidden', hidden.has(key));
  }
}
