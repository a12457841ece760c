import type { CodebookVariable } from '../data/study';
import { type CustomIndex, type CustomItem, itemBounds } from '../indicators/custom-index';

/** Variables a user can put in an index: labelled numeric items with bounds (not ids, weights or design columns). */
export function candidateItems(codebook: CodebookVariable[]): CodebookVariable[] {
  return codebook.filter((v) => !v.role && v.level !== 'id' && itemBounds(v) !== null);
}

/** An item with the codebook's defaults: its labelled bounds, its reverse flag, weight 1. */
export function defaultItem(v: CodebookVariable): CustomItem {
  const b = itemBounds(v)!;
  return { variable: v.name, reverse: !!v.reverse, min: b.min, max: b.max, weight: 1 };
}

/** The next free id (`custom_1`, `custom_2`, …) among the saved indices. */
export function nextId(saved: CustomIndex[]): string {
  const used = new Set(saved.map((s) => s.id));
  let i = 1;
  while (used.has(`custom_${i}`)) i++;
  return `custom_${i}`;
}

/** A new index on a dataset with its first two candidate items. */
export function newIndex(
  name: string,
  dataset: string,
  codebook: CodebookVariable[],
  saved: CustomIndex[],
): CustomIndex {
  return {
    id: nextId(saved),
    name,
    dataset,
    items: candidateItems(codebook).slice(0, 2).map(defaultItem),
    minValid: 0.5,
  };
}

/** Save (replace by id, else append). */
export function upsert(saved: CustomIndex[], def: CustomIndex): CustomIndex[] {
  return saved.some((s) => s.id === def.id) ? saved.map((s) => (s.id === def.id ? def : s)) : [...saved, def];
}
