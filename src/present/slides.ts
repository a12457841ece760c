import type { ReportBlock } from '../notebooks/report-parts';
import type { Block, Notebook, NotebookRun } from '../notebooks/types';

/** One slide of a notebook: its prose and cells (with their results) in file order, and its speaker notes. */
export interface Slide {
  index: number;
  blocks: ReportBlock[];
  notes: string[];
}

const slideOf = (b: Block) => (b.type === 'cell' ? b.cell.slide : b.slide);

/**
 * The notebook as slides (`---` lines between blocks start a new one), each cell with its result (a cell the run has
 * no result for is left out, as in reports). A slide with nothing at all on it is left out, so numbering follows what
 * the audience sees.
 */
export function slidesOf(nb: Notebook, run: NotebookRun): Slide[] {
  const results = new Map(run.cells.map((r) => [r.id, r]));
  const bySlide = new Map<number, { blocks: ReportBlock[]; notes: string[] }>();
  for (const b of nb.blocks) {
    const s = bySlide.get(slideOf(b)) ?? { blocks: [], notes: [] };
    bySlide.set(slideOf(b), s);
    if (b.type === 'notes') s.notes.push(b.text);
    else if (b.type === 'prose') s.blocks.push({ prose: b.text });
    else if (results.has(b.cell.id)) s.blocks.push({ cell: b.cell, result: results.get(b.cell.id)! });
  }
  return [...bySlide.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, s]) => s)
    .filter((s) => s.blocks.length || s.notes.length)
    .map((s, index) => ({ index, ...s }));
}
