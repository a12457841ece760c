/**
 * Benchmarks EBLUPs so that within each group Σw·eblup/Σw equals the group's target: 'ratio' multiplies the group's
 * estimates by target/weighted mean, 'difference' adds target − weighted mean. Groups without a target are unchanged.
 */
export function benchmarkEstimates(
  est: Array<{ area: string; group: string; weight: number; eblup: number }>,
  targets: Map<string, number>,
  kind: 'ratio' | 'difference',
): Map<string, number> {
  if (kind !== 'ratio' && kind !== 'difference') throw new Error(`invalid benchmark kind: ${String(kind)}`);
  const sums = new Map<string, { w: number; wy: number }>();
  for (const e of est) {
    const s = sums.get(e.group) ?? { w: 0, wy: 0 };
    s.w += e.weight;
    s.wy += e.weight * e.eblup;
    sums.set(e.group, s);
  }
  const adjust = new Map<string, (y: number) => number>();
  for (const [group, { w, wy }] of sums) {
    const target = targets.get(group);
    if (target === undefined) continue;
    if (!(w > 0)) throw new Error(`benchmark: group "${group}" has total weight ${w}`);
    const mean = wy / w;
    if (kind === 'ratio' && mean === 0) throw new Error(`benchmark: group "${group}" has weighted mean 0`);
    adjust.set(group, kind === 'ratio' ? (y) => (y * target) / mean : (y) => y + target - mean);
  }
  return new Map(est.map((e) => [e.area, adjust.get(e.group)?.(e.eblup) ?? e.eblup]));
}
