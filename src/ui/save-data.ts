import { exportNotes, exportTable } from '../views/export-table';
import { saveCsv, saveXlsx } from './download';
import { exportOptions } from './stores/export-options.svelte';
import { indicators } from './stores/indicators.svelte';
import { router } from './stores/router.svelte';

/** What a page exports as data: its records and, when it has them, the title and notes that travel with them. */
export interface DataSource {
  records: Record<string, unknown>[];
  fileBase: string;
  sheet: string;
  meta?: { title: string; subtitle?: string; notes: string[] };
  /** The unit of value columns, for rounding as shown (a record's own `unit` column wins). */
  unit?: string;
  /** Whether the small-base rules apply (sampled estimates); false for registry counts. */
  survey?: boolean;
}

/** Save a page's data as CSV (a zip with the notes when it has them) or XLSX, with the user's export options. */
export async function saveData(
  kind: 'csv' | 'xlsx',
  { records, fileBase, sheet, meta, unit, survey = true }: DataSource,
) {
  const [t, options, rules] = [router.t, exportOptions.options, indicators.rules];
  const table = exportTable(records, { t, unit, minN: rules.minN }, options);
  const rulesText = t('base.rules', { ...rules, maxRse: Math.round(rules.maxRse * 100) });
  const notes = meta
    ? exportNotes(meta, {
        t,
        date: new Date().toISOString().slice(0, 10),
        rules: survey ? rulesText : undefined,
        fullPrecision: options.fullPrecision,
      })
    : [];
  if (kind === 'csv') await saveCsv(table, notes, fileBase, options);
  else await saveXlsx(table, notes, fileBase, { sheet, notes: t('export.notes.sheet') });
}
