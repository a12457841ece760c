import * as Plot from '@observablehq/plot';
import type { Lang } from '../core/lang';
import { formatTick } from '../i18n/format';
import { type ChartSpec, type MarkSpec, PATTERNS } from './spec';

/** The size of chart text in px (ticks, labels, legends): readable on a laptop and on a projector. */
export const FONT_SIZE = 13;

type RenderFn = (
  index: number[],
  scales: unknown,
  values: unknown,
  dims: unknown,
  ctx: unknown,
  next: RenderFn,
) => SVGElement | null;

/** Mark options with a render hook that tags each drawn element with data-<name> from its datum. */
function withAttr(m: MarkSpec): Record<string, unknown> {
  if (!m.attr) return m.options;
  const { name, field } = m.attr;
  const render: RenderFn = (index, scales, values, dims, ctx, next) => {
    const g = next(index, scales, values, dims, ctx, next);
    const els = g ? g.querySelectorAll('path, circle, rect') : [];
    index.forEach((i, k) => els[k]?.setAttribute(`data-${name}`, String(m.data[i][field])));
    return g;
  };
  return { ...m.options, render };
}

/**
 * Plot options with readable text (legends too) and the UI language's number format on the x and y axes (ticks
 * given a format of their own, such as years, keep it).
 */
function localised(plot: Record<string, unknown>, lang: Lang, fontSize: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...plot, style: { fontSize: `${fontSize}px`, ...(plot.style as object) } };
  for (const k of ['color', 'opacity', 'symbol']) {
    const scale = plot[k] as Record<string, unknown> | undefined;
    if (scale?.legend) out[k] = { ...scale, style: { fontSize: `${fontSize}px`, ...(scale.style as object) } };
  }
  if (plot.projection) return out;
  // Room under the x ticks for the axis label at this font size (Plot's default is made for 10 px).
  if ((plot.x as { axis?: unknown } | undefined)?.axis !== null)
    out.marginBottom ??= Math.round((42 * fontSize) / FONT_SIZE);
  for (const k of ['x', 'y']) {
    const scale = (plot[k] ?? {}) as Record<string, unknown>;
    if (scale.axis === null || scale.tickFormat !== undefined) continue;
    // Plot calls a tick format with the datum, its index and every tick, so all ticks get the same decimals.
    const tickFormat = (d: unknown, _i: number, ticks?: unknown[]) => formatTick(d, lang, ticks);
    out[k] = { ...scale, tickFormat };
  }
  return out;
}

/** Drop legends (they need a canvas, which jsdom lacks). */
function withoutLegends(plot: Record<string, unknown>): Record<string, unknown> {
  const out = { ...plot };
  for (const k of ['color', 'opacity', 'r', 'symbol']) if (out[k]) out[k] = { ...(out[k] as object), legend: false };
  return out;
}

/** Put the hatch patterns (flagged and suppressed values) into a drawn chart, so exports carry them too. */
function withPatterns(node: SVGSVGElement | HTMLElement, doc: Document): void {
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg || !svg.innerHTML.includes('cw-hatch')) return;
  const defs = doc.createElementNS('http://www.w3.org/2000/svg', 'defs');
  defs.innerHTML = PATTERNS;
  svg.prepend(defs);
}

/**
 * Draw a chart spec with Observable Plot (the only place that imports Plot).
 * @param opts.document a DOM to draw into (jsdom in tests); opts.legends false to leave legends out;
 *   opts.fontSize the chart's text in px (larger on a projector's slide)
 */
export function render(
  spec: ChartSpec,
  width: number,
  {
    document,
    legends = true,
    fontSize = FONT_SIZE,
  }: { document?: Document; legends?: boolean; fontSize?: number } = {},
): SVGSVGElement | HTMLElement {
  const height = spec.height ?? Math.round(width * (spec.aspect ?? 0.6));
  const marks = spec.marks.map((m) => (Plot[m.type] as (d: unknown, o: unknown) => Plot.Markish)(m.data, withAttr(m)));
  const plot = localised(legends ? spec.plot : withoutLegends(spec.plot), spec.lang, fontSize);
  const node = Plot.plot({
    ...plot,
    width,
    height,
    marks,
    ariaLabel: spec.ariaLabel,
    ...(document ? { document } : {}),
  });
  withPatterns(node, document ?? globalThis.document);
  // The chart's container is one labelled image; Plot's labels on plain groups are not allowed by ARIA there.
  // Tick labels keep a hook instead: data-ticks="x" (or y, fx, fy).
  for (const g of node.querySelectorAll('g[aria-label], g[aria-description]')) {
    const axis = /^(f?[xy])-axis tick label$/.exec(g.getAttribute('aria-label') ?? '');
    if (axis) g.setAttribute('data-ticks', axis[1]);
    g.removeAttribute('aria-label');
    g.removeAttribute('aria-description');
  }
  return node;
}
