// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawnDomain } from '../../../src/charts/domain';
import { estimateDots } from '../../../src/charts/estimate-dots';
import { type RankedLine, rankingChart } from '../../../src/charts/ranking';
import { FONT_SIZE, render } from '../../../src/charts/render';
import { trendChart } from '../../../src/charts/trend';

const ticksOf = (svg: Element, axis: 'x' | 'y') =>
  [...svg.querySelectorAll(`[data-ticks="${axis}"] text`)].map((t) => t.textContent!);

const line = (code: string, estimate: number, i: number): RankedLine => ({
  code,
  name: `Region ${code}`,
  group: '',
  estimate,
  ci_low: estimate - 2.5,
  ci_high: estimate + 2.5,
  look: 'solid',
  rank: i + 1,
  rank_low: i + 1,
  rank_high: i + 1,
  vs_national: 'same',
  tip: [],
});
const lines = [line('A', 1057.5, 0), line('B', 1002.5, 1)];

describe('axis ticks', () => {
  it('are written in the UI language: decimal comma and space grouping in ru and kk, as in tables', () => {
    for (const lang of ['ru', 'kk'] as const) {
      const svg = render(rankingChart(lines, null, { lang, ariaLabel: 'r', xLabel: 'x' }), 800);
      const ticks = ticksOf(svg, 'x');
      expect(ticks.length).toBeGreaterThan(2);
      expect(ticks.some((t) => t.includes(','))).toBe(false);
      expect(ticks.every((t) => /^\d[\d\s]*$/.test(t))).toBe(true);
      expect(ticks.some((t) => /\d\s\d{3}/.test(t))).toBe(true);
    }
    const en = ticksOf(render(rankingChart(lines, null, { lang: 'en', ariaLabel: 'r', xLabel: 'x' }), 800), 'x');
    expect(en.some((t) => /^1,0\d0$/.test(t))).toBe(true);
  });
  it('give every tick the decimals of the finest one (57,0 · 57,5 · 58,0), and keep years as years', () => {
    const points = [55.2, 57.3, 57.6].map((estimate, i) => ({
      wave: 2021 + 2 * i,
      estimate,
      ci_low: null,
      ci_high: null,
    }));
    const svg = render(trendChart(points, { lang: 'ru', ariaLabel: 't', yLabel: 'y' }), 600);
    const y = ticksOf(svg, 'y');
    expect(y).toContain('57,5');
    expect(y).toContain('57,0');
    expect(ticksOf(svg, 'x')).toEqual(['2021', '2023', '2025']);
  });
});

describe('chart text', () => {
  it(`is ${FONT_SIZE} px (at least 12) in every chart kind`, () => {
    expect(FONT_SIZE).toBeGreaterThanOrEqual(12);
    const svg = render(rankingChart(lines, null, { lang: 'ru', ariaLabel: 'r', xLabel: 'x' }), 800);
    expect(svg.getAttribute('style')).toContain(`font-size: ${FONT_SIZE}px`);
  });
  it('is the same size in the swatches of a colour legend', () => {
    const dots = ['2019', '2024'].map((series, i) => ({
      key: series,
      label: 'a',
      series,
      value: i,
      ci_low: null,
      ci_high: null,
    }));
    const figure = render(estimateDots(dots, { lang: 'ru', ariaLabel: 'd', xLabel: '%' }), 600);
    const swatches = figure.querySelector('div[class*="-swatches"]') as HTMLElement;
    expect(swatches.textContent).toContain('2024');
    expect(swatches.style.fontSize).toBe(`${FONT_SIZE}px`);
  });
});

describe('intervals stay inside the plot', () => {
  const points = [
    { wave: 2021, estimate: 55.6, ci_low: 53.96, ci_high: 57.3 },
    { wave: 2023, estimate: 56.8, ci_low: 55.9, ci_high: 57.7 },
    { wave: 2025, estimate: 57.3, ci_low: 56.7, ci_high: 58.04 },
  ];
  it('drawnDomain spans every value and interval end drawn, and a range to keep in view', () => {
    expect(drawnDomain([55.6, 53.96, null, 58.04, undefined])).toEqual([53.96, 58.04]);
    expect(drawnDomain([12, 40], [0, 100])).toEqual([0, 100]);
    expect(drawnDomain([-3, 104], [0, 100])).toEqual([-3, 104]);
    expect(drawnDomain([null])).toBeUndefined();
  });
  it('trendChart: the value axis holds every interval and the target', () => {
    for (const compact of [false, true]) {
      const spec = trendChart(points, { lang: 'ru', ariaLabel: 't', compact, target: 60 });
      const [lo, hi] = (spec.plot.y as { domain: [number, number] }).domain;
      expect(lo).toBeLessThanOrEqual(53.96);
      expect(hi).toBeGreaterThanOrEqual(60);
    }
  });
  it('trendChart: every interval line is drawn between the top and bottom of the plot area', () => {
    const svg = render(trendChart(points, { lang: 'ru', ariaLabel: 't', yLabel: 'y' }), 600);
    const rules = [...svg.querySelectorAll('line[y1][y2]')].filter(
      (l) => l.getAttribute('x1') === l.getAttribute('x2'),
    );
    expect(rules).toHaveLength(3);
    // height 240, marginTop 28, marginBottom 30: the plot area is 28…210, and the nice domain leaves room at the ends.
    for (const r of rules)
      for (const y of [r.getAttribute('y1'), r.getAttribute('y2')].map(Number)) {
        expect(y).toBeGreaterThan(28);
        expect(y).toBeLessThan(210);
      }
  });
  it('estimateDots: the value axis spans the given range and every interval beyond it', () => {
    const dot = (value: number, ci_low: number, ci_high: number) => ({
      key: String(value),
      label: String(value),
      series: '',
      value,
      ci_low,
      ci_high,
    });
    const spec = estimateDots([dot(2, -1.5, 5), dot(98, 96, 101)], {
      lang: 'ru',
      ariaLabel: 'd',
      xLabel: '%',
      domain: [0, 100],
    });
    expect((spec.plot.x as { domain: number[] }).domain).toEqual([-1.5, 101]);
    expect(spec.tips['2']).toEqual(['2', '2,0 [−1,5–5,0]'.replace('−', '-')]);
  });
});
