import type { Lang } from '../core/lang';
import { translator } from '../i18n/t';
import { DEFAULT_RULES } from '../indicators/status';
import { splitInline } from './inline';
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
import { printTable } from './report-table';
import { pinsMarkdown, pinsOf } from './pins';
import type { Cell, CellResult, Notebook, NotebookRun } from './types';

const pipe = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function tableMarkdown(cell: Cell, r: CellResult, lang: Lang): string {
  const p = printTable(r.table!, cell, lang);
  const line = (xs: string[]) => `| ${xs.map(pipe).join(' | ')} |`;
  const rows = p.rows.map((row) => line(row.map((c) => (c.look === 'flagged' && c.text ? `${c.text}*` : c.text))));
  const more =
    p.total > p.rows.length ? [``, translator(lang)('nbr.rows', { shown: p.rows.length, total: p.total })] : [];
  return [line(p.headers), line(p.headers.map(() => '---')), ...rows, ...more].join('\n');
}

function cellMarkdown(cell: Cell, r: CellResult, lang: Lang, opts: ReportOptions): string {
  const pins = pinsMarkdown(pinsOf(opts.pins, cell.id), lang);
  return [resultMarkdown(cell, r, lang), pins].filter(Boolean).join('\n\n');
}

function resultMarkdown(cell: Cell, r: CellResult, lang: Lang): string {
  if (r.status !== 'ok') return `> ${problemText(cell, r, lang)}`;
  const title = titleOf(cell, r.chart);
  if (r.chart) return `_${translator(lang)('nbr.chart', { title: title || r.chart.kind })}_`;
  if (!r.table || !isPrinted(cell)) return '';
  return [title ? `**${title}**\n` : '', tableMarkdown(cell, r, lang)].join('');
}

/** Prose as written, each inline value replaced by its printed text (flagged ones marked `*`). */
function proseMarkdown(text: string, run: NotebookRun): string {
  return splitInline(text)
    .map((p) => {
      if (typeof p === 'string') return p;
      const v = valueOf(run, p);
      return `${v.text}${v.status === 'flagged' ? '*' : ''}`;
    })
    .join('');
}

/** The run as Markdown: the prose, tables as pipe tables, each chart as a line naming it. */
export function reportMarkdown(nb: Notebook, run: NotebookRun, opts: ReportOptions): string {
  const lang = nb.front.lang;
  const t = translator(lang);
  const bullets = (xs: string[]) => xs.map((x) => `- ${x}`).join('\n');
  const parts = [
    `# ${nb.front.title}`,
    ...(nb.front.author ? [`_${nb.front.author}_`] : []),
    ...(opts.synthetic ? [`> ${t('badge.synthetic.long')}`] : []),
    ...(Object.keys(run.params).length ? [`**${t('nbr.params')}**\n\n${bullets(paramText(run))}`] : []),
    ...(Object.keys(run.datasets).length ? [`**${t('nbr.datasets')}**\n\n${bullets(datasetLines(run, lang))}`] : []),
    ...reportBlocks(nb, run).map((b) =>
      'prose' in b ? proseMarkdown(b.prose, run).trim() : cellMarkdown(b.cell, b.result, lang, opts),
    ),
    bullets([t('nbr.flagged'), t('nbr.suppressed', { minN: opts.minN ?? DEFAULT_RULES.minN })]),
  ];
  return parts.filter(Boolean).join('\n\n') + '\n';
}

/**
 * The run as data: title, parameters, datasets with fingerprints, every cell's status and result, inline values and
 * the workshop notes pinned on its cells.
 */
export function reportJson(nb: Notebook, run: NotebookRun, opts: ReportOptions) {
  return {
    title: nb.front.title,
    author: nb.front.author,
    lang: nb.front.lang,
    synthetic: opts.synthetic,
    params: run.params,
    datasets: run.datasets,
    error: run.error,
    cells: run.cells.map((r) => ({
      id: r.id,
      kind: r.kind,
      line: r.line,
      status: r.status,
      error: r.error,
      columns: r.table?.columns ?? [],
      rows: r.table?.rows ?? [],
      ...(r.chart ? { chart: r.chart.kind } : {}),
    })),
    values: run.values,
    pins: opts.pins ?? [],
  };
}
