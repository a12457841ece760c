import type { CodebookVariable } from '../data/study';
import { quoteIdent } from '../core/sql';
import type { Entry } from './catalogue/types';

/** One item of a user's index: a numeric variable rescaled to 0–100 on fixed bounds, maybe reversed. */
export interface CustomItem {
  variable: string;
  reverse: boolean;
  min: number;
  max: number;
  weight: number;
}

/** A user-built index: items, the share of (weighted) items that must be valid, saved in the workspace. */
export interface CustomIndex {
  id: string;
  name: string;
  dataset: string;
  items: CustomItem[];
  minValid: number;
}

/** Theoretical bounds of an item: the lowest and highest labelled code that is not user-missing. */
export function itemBounds(v: CodebookVariable): { min: number; max: number } | null {
  const missing = new Set(v.user_missing ?? []);
  const codes = Object.keys(v.values ?? {})
    .map(Number)
    .filter((c) => Number.isFinite(c) && !missing.has(c));
  return codes.length >= 2 ? { min: Math.min(...codes), max: Math.max(...codes) } : null;
}

/** Problems of a definition, each with its path; none means it compiles. */
export function validateCustomIndex(def: CustomIndex, columns: string[]): string[] {
  const errors: string[] = [];
  if (!/^custom_[a-z0-9_]+$/.test(def.id)) errors.push('id: custom_ then lower-case letters, digits and _');
  if (!def.name.trim()) errors.push('name: missing');
  if (def.items.length < 2) errors.push('items: at least two');
  def.items.forEach((it, i) => {
    if (!columns.includes(it.variable)) errors.push(`items[${i}].variable: unknown column "${it.variable}"`);
    if (!(it.max > it.min)) errors.push(`items[${i}]: max must be above min`);
    if (!(it.weight >= 0)) errors.push(`items[${i}].weight: must be ≥ 0`);
  });
  if (def.items.length && !(def.items.reduce((a, it) => a + it.weight, 0) > 0))
    errors.push('items: some weight must be above 0');
  if (!(def.minValid > 0 && def.minValid <= 1)) errors.push('minValid: a share above 0 and at most 1');
  return errors;
}

/** The item's 0–100 score in SQL: NULL outside its bounds (user-missing codes lie outside them). */
function itemScore(it: CustomItem): string {
  const x = `(${quoteIdent(it.variable)})::DOUBLE`;
  const scaled = `(${x} - ${it.min}) * 100.0 / ${it.max - it.min}`;
  return `CASE WHEN ${x} BETWEEN ${it.min} AND ${it.max} THEN ${it.reverse ? `100.0 - ${scaled}` : scaled} END`;
}

/**
 * The index per respondent in SQL: the weighted mean of the valid item scores, when the valid items carry at
 * least `minValid` of the total weight; NULL otherwise.
 */
export function customIndexExpr(def: CustomIndex): string {
  const total = def.items.reduce((a, it) => a + it.weight, 0);
  const validWeight = def.items.map((it) => `${it.weight} * (${itemScore(it)} IS NOT NULL)::INT`).join(' + ');
  const weighted = def.items.map((it) => `${it.weight} * COALESCE(${itemScore(it)}, 0)`).join(' + ');
  const enoughValid = `(${validWeight}) >= ${total * def.minValid} AND (${validWeight}) > 0`;
  return `CASE WHEN ${enoughValid} THEN (${weighted}) / (${validWeight}) END`;
}

/** A custom index as a catalogue entry: a design-based mean on its survey dataset, by region and wave. */
export function customEntry(def: CustomIndex): Entry {
  const name = { ru: def.name, kk: def.name, en: def.name };
  return {
    id: def.id,
    task: 'D1',
    name,
    definition: name,
    unit: 'index_0_100',
    direction: 'higher',
    source: 'population_survey',
    dataset: def.dataset,
    columns: def.items.map((it) => it.variable),
    formula: { kind: 'survey_mean', value: customIndexExpr(def) },
    breakdowns: ['region', 'wave', 'district', 'settlement', 'sex', 'age_group', 'language'],
    smallBase: { rule: 'survey' },
  };
}
