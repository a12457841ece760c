/**
 * The smallest [min, max] holding every value drawn on an axis (estimates, both ends of each interval, a target),
 * so that no interval runs past the plot; undefined when there is none. `within` is a range to keep in view too.
 */
export function drawnDomain(
  values: readonly (number | null | undefined)[],
  within?: readonly [number, number],
): [number, number] | undefined {
  const xs = [...values, ...(within ?? [])].filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return xs.length ? [Math.min(...xs), Math.max(...xs)] : undefined;
}
