import type { NotebookError } from '../../notebooks/types';
import { type T, textOr } from '../../i18n/t';

/** A notebook problem in words: its line, its cell, and its message (the code's text where the UI has one). */
export function errorText(t: T, e: NotebookError): string {
  const known = textOr(t, `nb.error.${e.code}`, '');
  const message = known ? `${known}${e.detail ? ` (${e.detail})` : ''}` : [e.code, e.detail].filter(Boolean).join(': ');
  const cell = e.cell ? t('nbui.errorCell', { cell: e.cell }) : '';
  return t('nbui.error', { line: e.line, cell, message });
}

/** When a notebook was saved, in the reader's language (date and time). */
export function formatDate(iso: string | null, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(+d) ? iso : d.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
}
