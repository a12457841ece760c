import { untrack } from 'svelte';

/** What a page shows of an async result: the value once in, whether it is loading, and an error in words. */
export interface Latest<T> {
  readonly value: T | null;
  readonly loading: boolean;
  readonly error: string;
}

let inFlight = $state(0);
// Counted a microtask later: an effect that wrote the count itself would be scheduled again by the write.
const add = (n: number) => queueMicrotask(() => (inFlight += n));

/** Loads under way on screen (every `latest` and every `tracked` promise): the page is complete when there are none. */
export const loads = {
  get pending(): number {
    return inFlight;
  },
};

/** Count a promise as a load under way until it settles. Call it from an effect or an event, not while rendering. */
export function tracked<T>(p: Promise<T>): Promise<T> {
  add(1);
  return p.finally(() => add(-1));
}

/**
 * The latest result of `load` for the current inputs: `deps` is read reactively (null: nothing to load), and when
 * the inputs change before a load finishes, that load's result is dropped. Every page loads its results this way,
 * so stale results never reach the screen and the page counts as complete only once they are all in. Call it while
 * a component initialises (it creates an effect).
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
    add(1);
    const stop = () => {
      if (live) add(-1);
      live = false;
    };
    untrack(() => load(d)).then(
      (v) => live && ((out.value = v), (out.loading = false), stop()),
      (e: unknown) => {
        if (!live) return;
        out.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
        out.loading = false;
        stop();
      },
    );
    return stop;
  });
  return out;
}
