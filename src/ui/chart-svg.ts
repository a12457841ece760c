import { type ExportLegendItem, type ExportMeta, composeSvg } from '../charts/export-svg';

const area = (svg: SVGSVGElement) =>
  (Number(svg.getAttribute('width')) || svg.clientWidth) * (Number(svg.getAttribute('height')) || svg.clientHeight);

/**
 * The chart a container draws: its largest top-level SVG (Plot puts its legend swatches, small SVGs of their own,
 * before the chart in one figure), or null when it draws none.
 */
export function mainSvg(container: Element): SVGSVGElement | null {
  const top = [...container.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg'));
  return top.reduce<SVGSVGElement | null>((best, s) => (!best || area(s) > area(best) ? s : best), null);
}

/** The entries of Plot's swatch legends in a container: each swatch's colour and label. */
export function swatchLegend(container: Element): ExportLegendItem[] {
  return [...container.querySelectorAll('[class$="-swatch"]')].map((swatch) => {
    const svg = swatch.querySelector('svg');
    const fill = svg?.getAttribute('fill') ?? svg?.querySelector('[fill]')?.getAttribute('fill') ?? '#888';
    return { fill, label: swatch.textContent?.trim() ?? '' };
  });
}

/** The chart of a container as standalone SVG text. */
export function svgText(container: Element): string | null {
  const svg = mainSvg(container);
  if (!svg) return null;
  const text = new XMLSerializer().serializeToString(svg);
  // Serializers add the namespace to a root SVG; one that did not gets it here.
  return /^<svg[^>]*\sxmlns="/.test(text) ? text : text.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
}

/**
 * Every chart in an element (small multiples stacked), each under its figure's caption if it has one, composed with
 * the page's title, legend and notes and the legends Plot drew beside the charts; null when nothing is drawn.
 */
export function composeCharts(el: Element, meta: ExportMeta): string | null {
  const boxes = el.matches('[data-chart]') ? [el] : [...el.querySelectorAll('[data-chart]')];
  const drawn = boxes
    .map((b) => ({ svg: svgText(b), caption: b.closest('figure')?.querySelector('figcaption')?.textContent ?? '' }))
    .filter((d) => d.svg);
  if (!drawn.length) return null;
  const own = meta.legend ?? [];
  const plotted = boxes.flatMap(swatchLegend).filter((s) => !own.some((l) => l.label === s.label));
  return composeSvg(
    drawn.map((d) => d.svg!),
    {
      ...meta,
      legend: [...own, ...new Map(plotted.map((s) => [s.label, s])).values()],
      captions: drawn.length > 1 ? drawn.map((d) => d.caption) : undefined,
    },
  );
}
