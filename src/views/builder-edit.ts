import type { CodebookVariable } from '../data/study';
import { type CustomIndex, type CustomItem, itemBounds } from '../indicators/custom-index';
import { isQuestion } from '../reports/analyse-defaults';

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

/**
 * The items a new index starts from: the first two of the first group of substantive questions, else the first two
 * substantive items (not sex, age or other breakdowns), else the first two candidates.
 */
export function startingItems(codebook: CodebookVariable[]): CodebookVariable[] {
  const candidates = candidateItems(codebook);
  const questions = candidates.filter((v) => isQuestion(v));
  const group = questions.find((v) => v.group)?.group;
  const grouped = questions.filter((v) => group && v.group === group);
  return (grouped.length >= 2 ? grouped : questions.length >= 2 ? questions : candidates).slice(0, 2);
}

/** The item the Add button adds: the first substantive item not yet in the index, else the first candidate. */
export function nextItem(codebook: CodebookVariable[], items: CustomItem[]): CodebookVariable | undefined {
  const candidates = candidateItems(codebook);
  const unused = candidates.filter((v) => !items.some((it) => it.variable === v.name));
  return unused.find((v) => isQuestion(v)) ?? unused[0] ?? candidates[0];
}

/** A new index on a dataset with its starting items. */
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
    items: startingItems(codebook).map(defaultItem),
    minValid: 0.5,
  };
}

/** Save (replace by id, else append). */
export function upsert(saved: CustomIndex[], def: CustomIndex): CustomIndex[] {
  return saved.some((s) => s.id === def.id) ? saved.map((s) => (s.id === def.id ? def : s)) : [...saved, def];
}
