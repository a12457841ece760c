// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { boxOf, distributionChart } from '../../../src/charts/distribution';
import { render } from '../../../src/charts/render';

describe('distributionChart', () => {
  it('boxOf gives min, quartiles (R type 7), median and max', () => {
    expect(boxOf([4, 1, 3, 2, 5])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 5 });
    expect(boxOf([1, 2, 3, 4])).toEqual({ min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
  });
  it('draws every finite value as a dot over one box per group', () => {
    const data = [1, 2, 3, 4, NaN].map((value, i) => ({ key: `k${i}`, group: i < 2 ? 'a' : 'b', value }));
    const spec = distributionChart(data, { lang: 'en', ariaLabel: 'spread', xLabel: 'x' });
    expect(spec.marks.find((m) => m.type === 'barX')!.data).toEqual([
      { group: 'a', min: 1, q1: 1.25, median: 1.5, q3: 1.75, max: 2 },
      { group: 'b', min: 3, q1: 3.25, median: 3.5, q3: 3.75, max: 4 },
    ]);
    const svg = render(spec, 500, { legends: false });
    expect(svg.querySelectorAll('circle[data-key]').length).toBe(4);
    expect(svg.getAttribute('aria-label')).toBe('spread');
  });
});
