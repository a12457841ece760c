import { textWidth } from '../charts/export-svg';
import { FONT_SIZE as FONT } from '../charts/render';
import type { ChartSpec } from '../charts/spec';
import { isPrinted, type ReportBlock } from '../notebooks/report-parts';
import type { Cell, CellResult } from '../notebooks/types';
import { type Placed, figureColumns } from './figure-columns';

/** The slide canvas in CSS px: 16:9, scaled to the screen as a whole. */
export const CANVAS = { width: 1920, height: 1080 } as const;
const PAD_X = 96;
const PAD_Y = 64;
const GAP = 40;
const TITLE = 120;
const CAPTION = 52;
const PROSE_COLUMN = 620;
/** The widest a slide of prose alone runs (longer lines are hard to follow from the back of a room). */
export const PROSE_WIDE = 1500;

/** What a slide shows of a cell: its chart, its table, or why it has neither. */
export type Figure =
  | { kind: 'chart'; cell: Cell; result: CellResult; chart: ChartSpec }
  | { kind: 'table'; cell: Cell; result: CellResult }
  | { kind: 'problem'; cell: Cell; result: CellResult };

/** Where things go on one slide: its title, its prose at a size that fits, and a grid of figures. */
export interface SlideLayout {
  /** The slide's first line when it is a heading (Markdown), drawn across the top. */
  title: string | null;
  prose: string[];
  /** Prose text size in px. */
  proseSize: number;
  figures: Figure[];
  /** The figures' boxes (caption included), column by column. */
  columns: Placed[][];
  /** Chart text in px: never under 18 on the canvas. */
  fontSize: number;
}

/** The figure a cell's result makes on a slide; null for steps towards others (sql, indicator, transform). */
export function figureOf(cell: Cell, result: CellResult): Figure | null {
  if (result.status !== 'ok') return { kind: 'problem', cell, result };
  if (result.chart) return { kind: 'chart', cell, result, chart: result.chart };
  if (result.table && isPrinted(cell)) return { kind: 'table', cell, result };
  return null;
}

/** A prose block's leading heading line and the rest of its text. */
export function splitTitle(text: string): { title: string | null; rest: string } {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !/^#{1,6}\s/.test(lines[first])) return { title: null, rest: text };
  return { title: lines[first], rest: lines.slice(first + 1).join('\n') };
}

/**
 * Height over width of a chart drawn 960 px wide on a slide; a chart of a fixed height (one row per region) needs
 * half as much again for its rows at projector text.
 */
export const ratioOfChart = (spec: ChartSpec) =>
  spec.height !== undefined ? (spec.height * 1.5) / 960 : (spec.aspect ?? 0.6);

function ratioOf(f: Figure): number {
  if (f.kind === 'chart') return ratioOfChart(f.chart);
  if (f.kind === 'table') return ((Math.min(f.result.table?.rows.length ?? 1, 20) + 1) * 44) / 960;
  return 0.1;
}

/** Chart text in px for a slide with this many figures: never under 18 on the canvas. */
export const chartFontSize = (figures: number) => (figures <= 1 ? 24 : figures === 2 ? 22 : 20);

/** The area figures share on the canvas, beside a prose column or not, under a title or not. */
export function figureArea({ title, prose }: { title: boolean; prose: boolean }) {
  return {
    width: CANVAS.width - 2 * PAD_X - (prose ? PROSE_COLUMN + GAP : 0),
    height: CANVAS.height - 2 * PAD_Y - (title ? TITLE : 0),
  };
}

/** Prose size that fills an area with this many characters, between 20 and 36 px. */
export function proseSizeFor(chars: number, width: number, height: number): number {
  // A character takes about 0.55 em by 1.45 em (line height), plus a tenth for paragraph gaps and ragged lines.
  const size = Math.floor(Math.sqrt((width * height) / (Math.max(1, chars) * 0.55 * 1.45 * 1.1)));
  return Math.max(20, Math.min(36, size));
}

/** The layout of a slide on the 1920×1080 canvas. */
export function slideLayout(blocks: ReportBlock[]): SlideLayout {
  const prose = blocks.flatMap((b) => ('prose' in b ? [b.prose] : []));
  const figures = blocks.flatMap((b) => ('cell' in b ? [figureOf(b.cell, b.result)].filter((f) => !!f) : []));
  const head = prose.length && 'prose' in blocks[0] ? splitTitle(prose[0]) : { title: null, rest: '' };
  if (head.title) prose[0] = head.rest;
  const text = prose.filter((p) => p.trim());
  const area = figureArea({ title: !!head.title, prose: text.length > 0 && figures.length > 0 });
  const proseWidth = figures.length ? PROSE_COLUMN : PROSE_WIDE;
  return {
    title: head.title,
    prose: text,
    proseSize: proseSizeFor(text.join('\n').length, proseWidth, area.height),
    figures,
    columns: figureColumns(figures.map(ratioOf), area.width, area.height, { gap: GAP, caption: CAPTION }),
    fontSize: chartFontSize(figures.length),
  };
}

/** Plot draws a swatch legend above the chart (its own lines of text, outside the chart's height). */
const hasLegend = (spec: ChartSpec) =>
  ['color', 'symbol', 'opacity'].some((k) => !!(spec.plot[k] as { legend?: unknown } | undefined)?.legend);
const MARGINS = ['margin', 'marginLeft', 'marginRight', 'marginTop', 'marginBottom'] as const;
/** The category labels a chart writes left of its plot (a bar chart's y domain), none if it names none. */
const yLabels = (spec: ChartSpec): string[] => {
  const domain = (spec.plot.y as { domain?: unknown } | undefined)?.domain;
  return Array.isArray(domain) ? domain.filter((d): d is string => typeof d === 'string') : [];
};

/** A chart's margins, set for page-sized text, grown for text of `fontSize` on a slide (the app's and the deck's). */
export function projectorPlot(spec: ChartSpec, fontSize: number): ChartSpec['plot'] {
  // Margins hold labels: they grow with the text, but page margins have room to spare, so by half at most.
  const grow = Math.min(fontSize / FONT, 1.5);
  const plot = { ...spec.plot };
  for (const k of MARGINS) if (typeof plot[k] === 'number') plot[k] = Math.round((plot[k] as number) * grow);
  // The right margin holds short labels at the line ends (a rank and its range): it grows with the text in full.
  if (typeof spec.plot.marginRight === 'number')
    plot.marginRight = Math.round((spec.plot.marginRight * fontSize) / FONT);
  // Category names (regions) left of the bars must fit whole, whatever the page's margin held.
  const labels = yLabels(spec);
  if (labels.length && typeof plot.marginLeft === 'number')
    plot.marginLeft = Math.max(plot.marginLeft, Math.ceil(Math.max(...labels.map((l) => textWidth(l, fontSize)))) + 12);
  return plot;
}

/**
 * A chart spec redrawn for a figure box at a projector's font size: as wide as the box (a fixed-height chart may grow
 * to fill it), unless its height would overflow; its margins grown with the text (`projectorPlot`).
 */
export function projectorSpec(spec: ChartSpec, box: { width: number; height: number }, fontSize: number) {
  const room = box.height - CAPTION - (hasLegend(spec) ? 2 * fontSize : 0);
  const plot = projectorPlot(spec, fontSize);
  if (spec.height !== undefined) {
    const height = Math.min(room, Math.max((spec.height * fontSize) / FONT, box.width * 0.45));
    return { spec: { ...spec, plot, height: Math.round(height), maxWidth: undefined }, width: box.width };
  }
  const aspect = spec.aspect ?? 0.6;
  const width = Math.floor(Math.min(box.width, room / aspect));
  return { spec: { ...spec, plot, maxWidth: undefined }, width };
}
