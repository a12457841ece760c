import { type ExpectedColumn, expectedColumns } from '../data/mapping/shape';
import type { CodebookVariable } from '../data/study';
import { CATALOGUE } from './catalogue';
import { DERIVED } from './catalogue/atameken-parts';

/** The roles whose files are mapped column by column onto the import shape of their codebook. */
export const MAPPED_ROLES = ['initiatives', 'civic_control', 'generous_heart', 'generous_heart_participants'] as const;

/** Whether a role's import is mapped onto its codebook's columns. */
export const isMappedRole = (role: string | null | undefined): role is (typeof MAPPED_ROLES)[number] =>
  !!role && (MAPPED_ROLES as readonly string[]).includes(role);

/**
 * The columns the indicators of a role cannot do without: those its catalogue entries read, the region (every
 * entry breaks down by it), and the date or period its wave comes from (or `year`).
 */
export function requiredColumns(role: string): string[] {
  const read = CATALOGUE.filter((e) => e.dataset === role).flatMap((e) => e.columns);
  const wave = DERIVED[role]?.from ?? 'year';
  return [...new Set(['region', wave, ...read])];
}

/** The import shape of a role: the columns of its codebook, the required ones marked. */
export function importShape(role: string, codebook: CodebookVariable[]): ExpectedColumn[] {
  return expectedColumns(codebook, requiredColumns(role));
}
