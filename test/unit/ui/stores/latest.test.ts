// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { latest, loads, tracked } from '../../../../src/ui/stores/latest.svelte';
import { box, withEffects } from './runes.svelte';

/** A promise and the functions that settle it, so a test decides the order results come in. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('latest(deps, load)', () => {
  it('keeps the result of the newest inputs: a load that finishes after a newer one started is dropped', async () => {
    const input = box('a');
    const loads = { a: deferred<string>(), b: deferred<string>() };
    const { made: result, stop } = withEffects(() =>
      latest(
        () => input.value,
        (k) => loads[k as 'a' | 'b'].promise,
      ),
    );
    await settle();
    expect([result.loading, result.value]).toEqual([true, null]);
    input.value = 'b';
    flushSync();
    loads.b.resolve('B');
    await settle();
    loads.a.resolve('A');
    await settle();
    expect([result.loading, result.value]).toEqual([false, 'B']);
    stop();
  });
  it('loads nothing while the inputs are null, and says a failure in one line', async () => {
    const input = box<string | null>(null);
    const failing = deferred<string>();
    const { made: result, stop } = withEffects(() =>
      latest(
        () => input.value,
        () => failing.promise,
      ),
    );
    flushSync();
    expect([result.loading, result.value, result.error]).toEqual([false, null, '']);
    input.value = 'x';
    flushSync();
    failing.reject(new Error('no such table\nSQL Query: SELECT 1'));
    await settle();
    expect([result.loading, result.error]).toEqual([false, 'no such table']);
    stop();
  });
});

describe('loads.pending', () => {
  it('counts the loads of current inputs: a superseded load stops counting, a finished one too', async () => {
    const input = box('a');
    const calls = { a: deferred<string>(), b: deferred<string>() };
    const before = loads.pending;
    const { stop } = withEffects(() =>
      latest(
        () => input.value,
        (k) => calls[k as 'a' | 'b'].promise,
      ),
    );
    await settle();
    expect(loads.pending - before).toBe(1);
    input.value = 'b';
    flushSync();
    await settle();
    expect(loads.pending - before).toBe(1);
    calls.a.resolve('A');
    await settle();
    expect(loads.pending - before).toBe(1);
    calls.b.resolve('B');
    await settle();
    expect(loads.pending - before).toBe(0);
    stop();
  });
  it('counts a tracked promise until it settles, failed or not', async () => {
    const before = loads.pending;
    const p = deferred<void>();
    const done = tracked(p.promise).catch(() => undefined);
    await settle();
    expect(loads.pending - before).toBe(1);
    p.reject(new Error('x'));
    await done;
    expect(loads.pending - before).toBe(0);
  });
});
