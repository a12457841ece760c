/** When a notebook was saved, in the reader's language (date and time). */
export function formatDate(iso: string | null, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(+d) ? iso : d.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
}
