import { FONT_SIZE, render } from '../charts/render';
import type { ChartSpec } from '../charts/spec';
import type { Lang } from '../core/lang';
import { tableMarkup } from '../notebooks/report';
import { projectorPlot } from './slide-layout';
import type { Cell, ResultTable } from '../notebooks/types';

/** Chart text on the 1920×1080 canvas, in px: readable from the back of a room. */
export const DECK_FONT = 18;
/** The width slide content may take (1920 less the slide's side padding in PRESENT_CSS) and the gap between charts. */
const CONTENT_WIDTH = 1728;
const GAP = 40;
/** The tallest a chart is made, so that a title and a line of text fit above it. */
const MAX_HEIGHT = 660;
/** The most charts side by side: two rankings of 20 regions at projector size fill the canvas's width. */
export const PER_ROW = 2;

/** The width a chart is drawn at when `inRow` charts share a row of the slide; drawn at that size, never scaled. */
export function chartWidth(spec: ChartSpec, inRow: number): number {
  const share = Math.floor((CONTENT_WIDTH - GAP * (inRow - 1)) / inRow);
  return spec.height ? share : Math.min(share, Math.floor(MAX_HEIGHT / (spec.aspect ?? 0.6)));
}

/** A chart spec for the projector: margins (as the app's slides grow them) and fixed heights grown with its text. */
export function projected(spec: ChartSpec): ChartSpec {
  const k = DECK_FONT / FONT_SIZE;
  const plot = projectorPlot(spec, DECK_FONT);
  const height = spec.height && Math.min(MAX_HEIGHT, Math.round(spec.height * k));
  return { ...spec, plot, ...(height ? { height } : {}) };
}

/** Path data to a tenth of a pixel (Plot writes thousandths): a map's outlines are most of a deck's bytes. */
const trimPaths = (svg: string) =>
  svg.replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${d.replace(/(\.\d)\d+/g, '$1')}"`);

/** A chart as SVG markup at projector font size, drawn in the given DOM (legends drawn as HTML beside it). */
export const deckSvg = (spec: ChartSpec, width: number, document: Document) =>
  trimPaths(render(projected(spec), width, { document, legends: false, fontSize: DECK_FONT }).outerHTML);

/** A cell's table as printed in reports, each row keyed for step reveal. */
export function deckTable(cell: Cell, table: ResultTable, lang: Lang): string {
  const printed = tableMarkup(cell, table, lang);
  return printed.table + printed.more;
}
