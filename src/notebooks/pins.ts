import type { Lang } from '../core/lang';
import { translator } from '../i18n/t';
import { escapeHtml } from './markdown';
import type { PinnedNote } from './types';

/** The notes pinned on one cell, in the order they were pinned. */
export const pinsOf = (pins: readonly PinnedNote[] | undefined, cell: string): PinnedNote[] =>
  (pins ?? []).filter((p) => p.cell === cell).sort((a, b) => a.at.localeCompare(b.at));

/** A cell's pinned notes as HTML under its chart or table ('' when none): a labelled list, every text escaped. */
export function pinsHtml(pins: readonly PinnedNote[], lang: Lang): string {
  if (!pins.length) return '';
  const label = escapeHtml(translator(lang)('pin.title'));
  const items = pins.map((p) => `<li data-at="${escapeHtml(p.at)}">${escapeHtml(p.text)}</li>`).join('');
  return `<aside class="pins" aria-label="${label}"><strong>${label}</strong><ul>${items}</ul></aside>`;
}

/** A cell's pinned notes as Markdown: a quoted list under its heading ('' when none). */
export function pinsMarkdown(pins: readonly PinnedNote[], lang: Lang): string {
  if (!pins.length) return '';
  const line = (s: string) => s.replace(/\s*\n\s*/g, ' ');
  return [`> **${translator(lang)('pin.title')}**`, ...pins.map((p) => `> - ${line(p.text)}`)].join('\n');
}
