// Hand-checkable Fay–Herriot inputs shared by the sae unit tests.
import type { SaeArea } from '../../../src/stats/sae-fit';

const xs = [-1, 0, 1, -1, 0, 1];
/** Residuals orthogonal to 1 and x, so OLS gives β = (0.3, 0.1) and RSS = 0.12 · scale². */
const e = [0.1, -0.2, 0.1, -0.1, 0.2, -0.1];

/** Six areas with v = 0.01 and y = 0.3 + 0.1x + scale·e: REML σ²_u = 0.12·scale²/4 − 0.01, truncated at 0. */
export function equalV(scale: number): SaeArea[] {
  return xs.map((x, i) => ({ area: `a${i + 1}`, y: 0.3 + 0.1 * x + scale * e[i], v: 0.01, x: [x] }));
}

/** An area without a sample at x = 2. */
export const unsampled: SaeArea = { area: 'z', y: null, v: null, x: [2] };
