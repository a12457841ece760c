// Stand-ins until the runner (i17-run) and the view cells (i17-books) are merged; removed then.
import type { Lang } from '../../core/lang';
import type { NotebookEnv } from '../../notebooks/env';
import { runCells, runParams } from '../../notebooks/run';
import type { CellResult, Notebook, NotebookRun, Scalar } from '../../notebooks/types';

/** Run a notebook: every cell, no inline values or fingerprints yet. */
export async function runNotebook(
  nb: Notebook,
  env: NotebookEnv,
  given: Record<string, Scalar> = {},
  onCell?: (r: CellResult) => void,
): Promise<NotebookRun> {
  const params = runParams(nb, given);
  const cells = await runCells(nb, env, params, onCell);
  const datasets = Object.fromEntries(
    Object.entries(nb.front.datasets).map(([k, expected]) => [k, { expected, actual: null }]),
  );
  return { params, cells, values: {}, datasets, error: null };
}

/** The cell that reproduces a page's view (its URL state as the cell's options). */
export function cellForView(route: string, params: Record<string, string>, lang: Lang): string {
  void [route, lang];
  const kind = params.view === 'map' ? 'map' : 'ranking';
  const opts = [`kind=${kind}`, `indicator=${params.indicator ?? 'sci'}`];
  if (params.wave) opts.push(`wave=${params.wave}`);
  return `\`\`\`chart ${opts.join(' ')}\n\`\`\`\n`;
}
