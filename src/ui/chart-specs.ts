import type { ChartSpec } from '../charts/spec';

/** The spec each drawn chart (its `[data-chart]` element) was drawn from, so "Present" can draw it again larger. */
export const chartSpecs = new WeakMap<Element, ChartSpec>();

/** The specs of the charts drawn in an element (itself one, or holding several), in document order. */
export function specsIn(el: Element): ChartSpec[] {
  const boxes = el.matches('[data-chart]') ? [el] : [...el.querySelectorAll('[data-chart]')];
  return boxes.flatMap((b) => {
    const spec = chartSpecs.get(b);
    return spec ? [spec] : [];
  });
}
