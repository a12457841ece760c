import { sourceOf } from '../../compare/source';
import { reportHtml } from '../../notebooks/report';
import { reportJson, reportMarkdown } from '../../notebooks/report-text';
import type { Notebook, NotebookRun, PinnedNote } from '../../notebooks/types';
import { saveBlob } from '../download';

export const REPORT_FORMATS = ['html', 'md', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const TYPES: Record<ReportFormat, string> = { html: 'text/html', md: 'text/markdown', json: 'application/json' };

/**
 * The run as the CLI writes it (`notebook run --out report.<format>`), saved as a file: the same modules, so the
 * app's report and the CLI's agree. Synthetic when any dataset the notebook names is still the demo's; the workshop
 * notes pinned on the notebook are printed under their charts and tables.
 */
export function saveReport(
  format: ReportFormat,
  nb: Notebook,
  run: NotebookRun,
  o: { id: string; imported: { title: string; role?: string | null }[]; minN: number; pins?: PinnedNote[] },
) {
  const synthetic = Object.keys(nb.front.datasets).some((d) => sourceOf(o.imported, d, '').synthetic);
  const opts = { synthetic, minN: o.minN, pins: o.pins ?? [] };
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
