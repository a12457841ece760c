import { sourceOf } from '../../compare/source';
import type { Lang } from '../../core/lang';
import { reportHtml } from '../../notebooks/report';
import { reportJson, reportMarkdown } from '../../notebooks/report-text';
import type { Notebook, NotebookRun, PinnedNote } from '../../notebooks/types';
import { deckHtml } from '../../present/deck';
import { saveBlob } from '../download';

export const REPORT_FORMATS = ['html', 'md', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const TYPES: Record<ReportFormat, string> = { html: 'text/html', md: 'text/markdown', json: 'application/json' };

type Imported = { title: string; role?: string | null }[];
/** Whether any dataset the notebook names is still the demo's (its report or deck then says so). */
/** Whether any dataset the notebook reads is still the demo's (synthetic) one. */
export const isSynthetic = (nb: Notebook, imported: Imported) =>
  Object.keys(nb.front.datasets).some((d) => sourceOf(imported, d, '').synthetic);

/**
 * The run as the CLI writes it (`notebook run --out report.<format>`), saved as a file: the same modules, so the
 * app's report and the CLI's agree. Synthetic when any dataset the notebook names is still the demo's; the workshop
 * notes pinned on the notebook are printed under their charts and tables.
 */
export function saveReport(
  format: ReportFormat,
  nb: Notebook,
  run: NotebookRun,
  o: { id: string; imported: Imported; minN: number; pins?: PinnedNote[] },
) {
  const opts = { synthetic: isSynthetic(nb, o.imported), minN: o.minN, pins: o.pins ?? [] };
  const text =
    format === 'json'
      ? JSON.stringify(reportJson(nb, run, opts), null, 2) + '\n'
      : format === 'md'
        ? reportMarkdown(nb, run, opts)
        : reportHtml(nb, run, { ...opts, document });
  saveBlob(
    new Blob([text], { type: `${TYPES[format]};charset=utf-8` }),
    `${o.id}.${format === 'md' ? 'report.md' : format}`,
  );
}

/**
 * The run as slides in one self-contained HTML file (`notebook deck --out deck.html` writes the same), in the
 * language the run was computed in; synthetic as the report. The runtime's chunk is loaded on the first export.
 */
export async function saveDeck(
  nb: Notebook,
  run: NotebookRun,
  o: { id: string; imported: Imported; minN: number; lang: Lang; pins?: PinnedNote[] },
) {
  const { default: runtime } = await import('virtual:deck-runtime');
  const synthetic = isSynthetic(nb, o.imported);
  const html = deckHtml(nb, run, { synthetic, minN: o.minN, document, runtime, lang: o.lang, pins: o.pins });
  saveBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), `${o.id}.deck.html`);
}
