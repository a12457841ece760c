import type { Lang } from '../../core/lang';
import type { EnvDataset } from '../../notebooks/env';
import type { Notebook, NotebookRun, Scalar } from '../../notebooks/types';
import { runNotebook } from '../../notebooks/run';
import { checkNotebook } from '../../notebooks/validate';
import { indicators } from '../stores/indicators.svelte';
import { type Latest, latest } from '../stores/latest.svelte';
import { changedCells } from './compare';
import { notebookEnv } from './env.svelte';

/** What one run gave: the run, the cells changed since the run before, and the datasets it read. */
export interface RunOutcome {
  run: NotebookRun;
  changed: Set<string>;
  datasets: Record<string, EnvDataset>;
}

/** Wait this long after the last keystroke before the preview runs again. */
const DEBOUNCE_MS = 600;

/**
 * One open notebook: the text being edited, the text that runs (the edit after a pause), the parameters a reader
 * set, and the latest run (rerun when any of them, the language or the workspace's data changes).
 */
export class NotebookSession {
  draft = $state('');
  text = $state('');
  params = $state<Record<string, Scalar>>({});
  #rerun = $state(0);
  checked = $derived(checkNotebook(this.text));
  #last: NotebookRun | null = null;
  readonly outcome: Latest<RunOutcome>;

  constructor(source: string, lang: () => Lang) {
    this.draft = source;
    this.text = source;
    $effect(() => {
      const draft = this.draft;
      if (draft === this.text) return;
      const timer = setTimeout(() => (this.text = draft), DEBOUNCE_MS);
      return () => clearTimeout(timer);
    });
    this.outcome = latest(
      () => ({
        nb: this.checked.notebook,
        params: $state.snapshot(this.params) as Record<string, Scalar>,
        lang: lang(),
        again: [this.#rerun, indicators.inputs],
      }),
      (d) => this.#run(d.nb, d.params, d.lang),
    );
  }

  async #run(nb: Notebook, params: Record<string, Scalar>, lang: Lang): Promise<RunOutcome> {
    const env = await notebookEnv(lang);
    const run = await runNotebook(nb, env, params);
    const changed = changedCells(this.#last, run);
    this.#last = run;
    return { run, changed, datasets: env.datasets };
  }

  /** Run again on the same text and parameters (the data may have changed). */
  rerun() {
    this.#rerun++;
  }

  /** Set a parameter for the next run. */
  setParam(name: string, value: Scalar) {
    this.params = { ...this.params, [name]: value };
  }

  /** The edited text differs from `saved`. */
  dirty(saved: string): boolean {
    return this.draft !== saved;
  }
}
