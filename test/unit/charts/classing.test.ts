import { describe, expect, it } from 'vitest';
import { classLabels, classOf, classify } from '../../../src/charts/classing';

const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

describe('classify', () => {
  it('quantiles put the same number of values in each class', () => {
    const c = classify(values, 'quantile')!;
    expect(c.thresholds.map((x) => +x.toFixed(9))).toEqual([28, 46, 64, 82]); // R: quantile(x, 1:4/5), type 7
    const counts = c.colors.map((_, i) => values.filter((v) => classOf(c, v) === i).length);
    expect(counts).toEqual([2, 2, 2, 2, 2]);
    expect(c.ranges[0]).toEqual([10, 28]);
    expect(c.ranges[4]).toEqual([82, 100]);
  });
  it('equal intervals split the range into equal widths', () => {
    const c = classify(values, 'equal')!;
    expect(c.thresholds.map((x) => +x.toFixed(9))).toEqual([28, 46, 64, 82]);
    const skewed = classify([0, 1, 2, 3, 100], 'equal')!;
    expect(skewed.thresholds).toEqual([20, 40, 60, 80]);
    expect(skewed.colors).toHaveLength(5);
    expect(classOf(skewed, 3)).toBe(0);
    expect(classOf(skewed, 100)).toBe(4);
  });
  it('diverging classes are symmetric around the centre, the middle class holding it, ends open', () => {
    const c = classify([40, 45, 50, 70], 'diverging', 50)!;
    expect(c.thresholds.map((x) => +x.toFixed(6))).toEqual([38, 46, 54, 62]);
    expect(classOf(c, 50)).toBe(2);
    expect(classOf(c, 70)).toBe(4);
    expect(classOf(c, 40)).toBe(1);
    expect(c.ranges[0]).toEqual([null, 38]);
    expect(c.ranges[4]).toEqual([62, null]);
    expect(classLabels(c, String)).toEqual(['< 38', '38 – 46', '46 – 54', '54 – 62', '≥ 62']);
  });
  it('a value on a threshold goes to the class above (as Plot’s threshold scale)', () => {
    const c = classify(values, 'quantile')!;
    expect(classOf(c, 28)).toBe(1);
    expect(classOf(c, 27.99)).toBe(0);
  });
  it('repeated values give fewer classes, never an empty legend; no values give none', () => {
    const c = classify([5, 5, 5, 5, 7], 'quantile')!;
    expect(c.thresholds.map((x) => +x.toFixed(9))).toEqual([5.4]);
    expect(c.colors).toHaveLength(2);
    expect(classLabels(c, (x) => x.toFixed(1))).toEqual(['5.0 – 5.4', '5.4 – 7.0']);
    expect(classify([NaN, Infinity], 'equal')).toBeNull();
    expect(classify([3], 'quantile')!.colors).toHaveLength(1);
  });
  it('palettes are the colour-blind-safe ColorBrewer ones', () => {
    expect(classify(values, 'quantile')!.colors).toEqual(['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c']);
    expect(classify(values, 'diverging', 50)!.colors).toEqual(['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99']);
  });
});
