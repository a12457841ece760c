import { render } from '../charts/render';
import type { ChartSpec } from '../charts/spec';
import type { Lang } from '../core/lang';
import { translator } from '../i18n/t';
import { DEFAULT_RULES } from '../indicators/status';
import type { InlineToken } from './inline';
import { escapeHtml, markdown, markdownHtml } from './markdown';
import { REPORT_CSS } from './report-css';
import { legendHtml } from './report-legend';
import { type PrintedCell, printTable } from './report-table';
import { pinsHtml, pinsOf } from './pins';
import {
  type ReportOptions,
  datasetLines,
  isPrinted,
  paramText,
  problemText,
  reportBlocks,
  titleOf,
  valueOf,
} from './report-parts';
import type { Cell, CellResult, Notebook, NotebookRun, ResultTable } from './types';

export type { ReportOptions };

/** Nothing but the inline styles: no script, no request. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const lookClass = (c: PrintedCell) => (c.look === 'plain' ? '' : ` class="${c.look}"`);

/** A cell's table as printed in reports (each row keyed for a slide's step reveal), with the rows left out counted. */
export function tableMarkup(cell: Cell, table: ResultTable, lang: Lang): { table: string; more: string } {
  const p = printTable(table, cell, lang);
  const head = p.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = p.rows
    .map((row, i) => {
      const cells = row.map((c) => `<td${lookClass(c)}>${escapeHtml(c.text)}</td>`).join('');
      return `<tr data-key="${escapeHtml(p.keys[i])}">${cells}</tr>`;
    })
    .join('\n');
  const more =
    p.total > p.rows.length
      ? `<p class="more">${escapeHtml(translator(lang)('nbr.rows', { shown: p.rows.length, total: p.total }))}</p>`
      : '';
  return { table: `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`, more };
}

function tableHtml(cell: Cell, r: CellResult, lang: Lang): string {
  const { table, more } = tableMarkup(cell, r.table!, lang);
  return `<div class="scroll">${table}</div>${more}`;
}

/** A chart as inline SVG, drawn by render.ts in the given DOM (legends need a canvas, so they are left out). */
export function chartSvg(spec: ChartSpec, document: Document, width = 760): string {
  return render(spec, width, { document, legends: false }).outerHTML;
}

function cellHtml(cell: Cell, r: CellResult, lang: Lang, opts: ReportOptions): string {
  return resultHtml(cell, r, lang, opts) + pinsHtml(pinsOf(opts.pins, cell.id), lang);
}

function resultHtml(cell: Cell, r: CellResult, lang: Lang, opts: ReportOptions): string {
  if (r.status !== 'ok') return `<p class="problem">${escapeHtml(problemText(cell, r, lang))}</p>`;
  const title = titleOf(cell, r.chart);
  const caption = title ? `<h3>${escapeHtml(title)}</h3>` : '';
  const id = escapeHtml(cell.id);
  if (r.chart && opts.document)
    return (
      `<figure data-cell="${id}">${caption}${chartSvg(r.chart, opts.document, opts.width)}` +
      `${legendHtml(r.chart, lang, opts.minN ?? DEFAULT_RULES.minN)}</figure>`
    );
  if (!r.table || !isPrinted(cell)) return '';
  return `<section class="cell" data-cell="${id}">${caption}${tableHtml(cell, r, lang)}</section>`;
}

/**
 * The run as one self-contained HTML file: inline CSS, no scripts (a Content-Security-Policy forbids them), every
 * text from the notebook or the data escaped, charts as inline SVG, tables with numbers in the notebook's language.
 */
export function reportHtml(nb: Notebook, run: NotebookRun, opts: ReportOptions): string {
  const lang = nb.front.lang;
  const t = translator(lang);
  const value = (token: InlineToken) => {
    const v = valueOf(run, token);
    const mark = v.status === 'flagged' ? '*' : '';
    return `<span class="value ${v.status}" title="${escapeHtml(v.title)}">${escapeHtml(v.text)}${mark}</span>`;
  };
  const body = reportBlocks(nb, run).map((b) =>
    'prose' in b ? markdownHtml(markdown(b.prose), value) : cellHtml(b.cell, b.result, lang, opts),
  );
  const list = (xs: string[]) => `<ul>${xs.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`;
  const meta = [
    ...(Object.keys(run.params).length ? [`<h2>${t('nbr.params')}</h2>${list(paramText(run))}`] : []),
    ...(Object.keys(run.datasets).length ? [`<h2>${t('nbr.datasets')}</h2>${list(datasetLines(run, lang))}`] : []),
  ];
  const notes = [t('nbr.flagged'), t('nbr.suppressed', { minN: opts.minN ?? DEFAULT_RULES.minN })];
  return [
    `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(nb.front.title)}</title><style>${REPORT_CSS}</style></head><body><main>`,
    opts.synthetic ? `<p class="synthetic">${escapeHtml(t('badge.synthetic.long'))}</p>` : '',
    `<h1>${escapeHtml(nb.front.title)}</h1>`,
    nb.front.author ? `<p class="author">${escapeHtml(nb.front.author)}</p>` : '',
    `<section class="meta">${meta.join('')}</section>`,
    ...body,
    `<footer>${list(notes)}</footer>`,
    `</main></body></html>\n`,
  ]
    .filter(Boolean)
    .join('\n');
}

export { reportMarkdown, reportJson } from './report-text';
