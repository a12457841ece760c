import type { Fingerprint, NotebookRun, Scalar } from '../../notebooks/types';
import type { EnvDataset } from '../../notebooks/env';
import { isMismatch } from '../../notebooks/fingerprint';
import type { Region } from '../../data/reference';

/** Cells whose result differs from the run before (a new digest, or a new status). */
export function changedCells(previous: NotebookRun | null, next: NotebookRun): Set<string> {
  const out = new Set<string>();
  if (!previous) return out;
  const before = new Map(previous.cells.map((c) => [c.id, c]));
  for (const c of next.cells) {
    const b = before.get(c.id);
    if (b && (b.digest !== c.digest || b.status !== c.status)) out.add(c.id);
  }
  return out;
}

/** A dataset the notebook was written for that this workspace has in another size or shape. */
export interface Mismatch {
  name: string;
  expected: Fingerprint;
  actual: Fingerprint | null;
}

/** The datasets whose fingerprint differs from the one the notebook was written against (those it gives one). */
export function mismatches(datasets: NotebookRun['datasets']): Mismatch[] {
  const out: Mismatch[] = [];
  for (const [name, f] of Object.entries(datasets)) {
    if (f.expected && isMismatch(f)) out.push({ name, expected: f.expected, actual: f.actual });
  }
  return out;
}

/** The values a parameter input offers, where they are known: waves of the datasets, the regions (with KZ). */
export function paramChoices(
  name: string,
  value: Scalar,
  datasets: Record<string, EnvDataset>,
  regions: Region[],
): Scalar[] | null {
  if (name === 'wave' || name === 'compare') {
    const waves = new Set<number>();
    for (const d of Object.values(datasets)) for (const w of d.dataset.waves) waves.add(w);
    if (typeof value === 'number') waves.add(value);
    return waves.size ? [...waves].sort((a, b) => a - b) : null;
  }
  if (name === 'region') return ['KZ', ...regions.map((r) => r.code)];
  return null;
}

/** A parameter's new value from an input's text, keeping the type of the notebook's default. */
export function paramValue(text: string, original: Scalar): Scalar {
  if (typeof original === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (typeof original === 'boolean') return text === 'true';
  return text;
}
