import type { Lang } from '../core/lang';
import { translator } from '../i18n/t';
import { DEFAULT_RULES } from '../indicators/status';
import type { InlineToken } from '../notebooks/inline';
import { escapeHtml, markdown, markdownHtml } from '../notebooks/markdown';
import { legendHtml } from '../notebooks/report-legend';
import {
  type ReportBlock,
  type ReportOptions,
  isPrinted,
  problemText,
  titleOf,
  valueOf,
} from '../notebooks/report-parts';
import { pinsHtml, pinsOf } from '../notebooks/pins';
import { revealOf } from '../notebooks/reveal';
import type { Cell, CellResult, Notebook, NotebookRun } from '../notebooks/types';
import { DECK_CSS } from './deck-css';
import { PER_ROW, chartWidth, deckSvg, deckTable } from './deck-parts';
import { type Slide, slidesOf } from './slides';

/** What a deck needs besides the run (and a report's options, pinned notes too): a DOM, the runtime, the language. */
export interface DeckOptions extends ReportOptions {
  document: Document;
  /** The presenter runtime as one IIFE (virtual:deck-runtime in the app, scripts/deck-runtime.ts in the CLI). */
  runtime: string;
  /** The language of the deck's own words and numbers (default: the notebook's). */
  lang?: Lang;
}

/** No network at all: the runtime and styles are inline, images are data. */
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

type Ctx = DeckOptions & { lang: Lang; nb: Notebook; run: NotebookRun; value: (t: InlineToken) => string };
const isChart = (b: ReportBlock) => 'cell' in b && b.result.status === 'ok' && !!b.result.chart;

/** A slide's blocks in rows: consecutive charts side by side (PER_ROW at most), everything else on a row of its own. */
function rowsOf(blocks: ReportBlock[]): ReportBlock[][] {
  const rows: ReportBlock[][] = [];
  for (const b of blocks) {
    const last = rows.at(-1);
    if (last && isChart(b) && isChart(last[0]) && last.length < PER_ROW) last.push(b);
    else rows.push([b]);
  }
  return rows;
}

function revealAttr(cell: Cell, result: CellResult, ctx: Ctx): { attr: string; steps: number } {
  const steps = revealOf(cell, result, { params: ctx.run.params, lang: ctx.nb.front.lang });
  return { attr: steps.length ? ` data-reveal="${escapeHtml(JSON.stringify(steps))}"` : '', steps: steps.length };
}

function chartHtml(cell: Cell, r: CellResult, inRow: number, ctx: Ctx, attr: string): string {
  const chart = r.chart!;
  const width = chartWidth(chart, inRow);
  const title = titleOf(cell, chart);
  return [
    `<figure data-cell="${escapeHtml(cell.id)}" data-chart="${chart.kind}"${attr} style="width:${width}px"`,
    ` data-tips="${escapeHtml(JSON.stringify(chart.tips))}">`,
    title ? `<h3>${escapeHtml(title)}</h3>` : '',
    deckSvg(chart, width, ctx.document),
    legendHtml(chart, ctx.lang, ctx.minN ?? DEFAULT_RULES.minN),
    pinsHtml(pinsOf(ctx.pins, cell.id), ctx.lang),
    '</figure>',
  ].join('');
}

function tableHtml(cell: Cell, r: CellResult, ctx: Ctx, attr: string): string {
  if (!r.table || !isPrinted(cell)) return '';
  const title = titleOf(cell, null);
  return [
    `<section class="cell" data-cell="${escapeHtml(cell.id)}"${attr}>`,
    title ? `<h3>${escapeHtml(title)}</h3>` : '',
    deckTable(cell, r.table, ctx.lang),
    pinsHtml(pinsOf(ctx.pins, cell.id), ctx.lang),
    '</section>',
  ].join('');
}

/** A cell on a slide (a chart, a table, or why it has no result) and the number of its reveal steps. */
function cellHtml(cell: Cell, r: CellResult, inRow: number, ctx: Ctx): { html: string; steps: number } {
  if (r.status !== 'ok')
    return { html: `<p class="problem">${escapeHtml(problemText(cell, r, ctx.lang))}</p>`, steps: 0 };
  const { attr, steps } = revealAttr(cell, r, ctx);
  const html = r.chart ? chartHtml(cell, r, inRow, ctx, attr) : tableHtml(cell, r, ctx, attr);
  return { html, steps: html ? steps : 0 };
}

function slideHtml(s: Slide, total: number, ctx: Ctx, head: string): string {
  let steps = 0;
  const rows = rowsOf(s.blocks).map((row) => {
    if ('prose' in row[0]) return markdownHtml(markdown(row[0].prose), ctx.value);
    const cells = row.map((b) => ('cell' in b ? cellHtml(b.cell, b.result, row.length, ctx) : { html: '', steps: 0 }));
    steps += cells.reduce((n, c) => n + c.steps, 0);
    const html = cells.map((c) => c.html).join('');
    return isChart(row[0]) ? `<div class="row">${html}</div>` : html;
  });
  const t = translator(ctx.lang);
  const label = `${s.index + 1} / ${total}`;
  return [
    `<section class="slide" data-slide="${s.index}" data-steps="${steps}" aria-label="${label}">`,
    `<div class="slide-body">${s.index === 0 ? head : ''}${rows.join('\n')}</div>`,
    ctx.synthetic ? `<p class="synthetic">${escapeHtml(t('badge.synthetic'))}</p>` : '',
    `<p class="number">${label}</p>`,
    s.notes.length
      ? `<aside class="notes">${s.notes.map((n) => markdownHtml(markdown(n), ctx.value)).join('')}</aside>`
      : '',
    `</section>`,
  ].join('');
}

/** An inline value of the prose as the report prints it: text, flag mark and the interval as a title. */
const valueHtml = (run: NotebookRun) => (token: InlineToken) => {
  const v = valueOf(run, token);
  const mark = v.status === 'flagged' ? '*' : '';
  return `<span class="value ${v.status}" title="${escapeHtml(v.title)}">${escapeHtml(v.text)}${mark}</span>`;
};

/**
 * The run as slides in one self-contained HTML file: charts pre-rendered as SVG at projector size with their
 * tooltips and step reveal as JSON, tables as printed, speaker notes, the runtime inline; a Content-Security-Policy
 * forbids every request. It holds only what the slides show (no result a slide does not print, no dataset).
 */
export function deckHtml(nb: Notebook, run: NotebookRun, opts: DeckOptions): string {
  const lang = opts.lang ?? nb.front.lang;
  const ctx: Ctx = { ...opts, lang, nb, run, value: valueHtml(run) };
  const slides = slidesOf(nb, run);
  const author = nb.front.author ? `<p class="author">${escapeHtml(nb.front.author)}</p>` : '';
  const head = `<h1>${escapeHtml(nb.front.title)}</h1>${author}`;
  return [
    `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(nb.front.title)}</title><style>${DECK_CSS}</style></head><body>`,
    `<div class="deck" data-deck data-lang="${escapeHtml(lang)}">`,
    ...slides.map((s) => slideHtml(s, slides.length, ctx, head)),
    `</div><script>${opts.runtime}</script></body></html>\n`,
  ].join('\n');
}
