// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { estimateDots } from '../../../src/charts/estimate-dots';
import { render } from '../../../src/charts/render';
import { composeCharts, mainSvg, svgText, swatchLegend } from '../../../src/ui/chart-svg';

const dots = ['Да', 'Нет'].flatMap((series, i) =>
  ['Город', 'Село'].map((label, j) => ({
    key: `${i}${j}`,
    label,
    series,
    value: 40 + 10 * i + j,
    ci_low: 35 + 10 * i,
    ci_high: 45 + 10 * i,
  })),
);

/** A chart container as Chart.svelte fills it: Plot's figure, its swatch legend before the chart. */
function drawn(): HTMLElement {
  const box = document.createElement('div');
  box.dataset.chart = 'bars';
  box.append(render(estimateDots(dots, { lang: 'en', xLabel: '%', ariaLabel: 'dots' }), 640, { document }));
  document.body.replaceChildren(box);
  return box;
}

describe('the chart of a container', () => {
  it('mainSvg picks Plot’s chart, not the 15×15 legend swatch that comes first', () => {
    const box = drawn();
    expect(box.querySelector('svg')!.getAttribute('width')).toBe('15');
    expect(mainSvg(box)!.getAttribute('width')).toBe('640');
    expect(svgText(box)).toMatch(/^<svg[^>]+width="640"/);
  });
  it('swatchLegend reads the swatches’ colours and labels', () => {
    const items = swatchLegend(drawn());
    expect(items.map((i) => i.label)).toEqual(['Да', 'Нет']);
    expect(items.every((i) => /^#[0-9a-f]{6}$/.test(i.fill))).toBe(true);
  });
  it('composeCharts composes the chart with the page’s title and Plot’s legend', () => {
    const out = composeCharts(drawn(), { title: 'Волонтёрство', notes: ['Источник: демо'] })!;
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(doc.documentElement.getAttribute('width')).toBe('640');
    expect(Number(doc.documentElement.getAttribute('height'))).toBeGreaterThan(
      Number(mainSvg(drawn())!.getAttribute('height')),
    );
    const texts = [...doc.documentElement.children].filter((e) => e.tagName === 'text').map((e) => e.textContent);
    expect(texts).toEqual(['Волонтёрство', 'Да', 'Нет', 'Источник: демо']);
  });
  it('composeCharts gives null when nothing is drawn', () => {
    expect(composeCharts(document.createElement('div'), { title: 'x', notes: [] })).toBeNull();
  });
});
