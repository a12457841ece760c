import { eblupFH } from './sae-eblup';
import { fitFayHerriot, type SaeArea, type SaeMethod } from './sae-fit';
import { designRow, dot } from './sae-gls';
import { mulberry32, normalDraws } from './seeded-random';

/**
 * Parametric bootstrap MSE of the EBLUPs (González-Manteiga et al. 2008, as R emdi::fh does): per replicate draw
 * u* ~ N(0, σ̂²_u) for every area and e* ~ N(0, v_i) for the sampled ones, refit on y* = x'β̂ + u* + e* and average
 * (EBLUP* − θ*)² with θ* = x'β̂ + u*. Returns one MSE per area in input order, synthetic areas included; replicates
 * whose refit does not converge are dropped.
 */
export function bootstrapMse(
  areas: SaeArea[],
  { method = 'REML', replicates = 200, seed = 1 }: { method?: SaeMethod; replicates?: number; seed?: number },
): number[] {
  if (!(replicates >= 1)) throw new Error(`invalid replicates: ${replicates}`);
  const model = fitFayHerriot(areas, { method });
  const mean = areas.map((a) => dot(designRow(a), model.beta));
  const su = Math.sqrt(model.sigma2_u);
  const z = normalDraws(mulberry32(seed));
  const sum = areas.map(() => 0);
  let used = 0;
  for (let b = 0; b < replicates; b++) {
    const theta = mean.map((m) => m + su * z());
    const star = areas.map((a, i) => ({
      ...a,
      y: a.y !== null && a.v !== null ? theta[i] + Math.sqrt(a.v) * z() : null,
    }));
    const fit = fitFayHerriot(star, { method });
    if (!fit.converged) continue;
    eblupFH(fit, star).forEach((e, i) => (sum[i] += (e.eblup - theta[i]) ** 2));
    used++;
  }
  return sum.map((s) => s / used);
}
