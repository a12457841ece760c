/** A reactive value for tests of rune-based helpers. */
export function box<T>(initial: T) {
  let value = $state(initial);
  return {
    get value() {
      return value;
    },
    set value(v: T) {
      value = v;
    },
  };
}

/** Run `make` where effects may be created (as a component's setup is), and return what it made with a stop. */
export function withEffects<T>(make: () => T): { made: T; stop: () => void } {
  let made!: T;
  const stop = $effect.root(() => {
    made = make();
  });
  return { made, stop };
}
