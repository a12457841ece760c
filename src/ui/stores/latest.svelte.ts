import { untrack } from 'svelte';

/** What a page shows of an async result: the value once in, whether it is loading, and an error in words. */
export interface Latest<T> {
  readonly value: T | null;
  readonly loading: boolean;
  readonly error: string;
}

/**
 * The latest result of `load` for the current inputs: `deps` is read reactively (null: nothing to load), and when
 * the inputs change before a load finishes, that load's result is dropped. Every page loads its results this way,
 * so stale results never reach the screen. Call it while a component initialises (it creates an effect).
 */
export function latest<D, T>(deps: () => D | null | undefined, load: (d: D) => Promise<T>): Latest<T> {
  const out = $state({ value: null as T | null, loading: false, error: '' });
  $effect(() => {
    const d = deps();
    out.value = null;
    out.error = '';
    out.loading = d !== null && d !== undefined;
    if (d === null || d === undefined) return;
    let live = true;
    untrack(() => load(d)).then(
      (v) => {
        if (!live) return;
        out.value = v;
        out.loading = false;
      },
      (e: unknown) => {
        if (!live) return;
        out.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
        out.loading = false;
      },
    );
    return () => void (live = false);
  });
  return out;
}
