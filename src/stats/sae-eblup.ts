import { criticalValue } from './ci';
import type { FhModel, SaeArea, SaeMethod } from './sae-fit';
import { crossprodW, designRow, dot, gls, quadForm, saeData, type SaeData, traceProduct } from './sae-gls';
import type { Matrix } from './matrix';

/** The EBLUP of one area with its Prasad–Rao MSE, normal CI and CV. */
export interface FhEstimate {
  area: string;
  direct: number | null;
  direct_var: number | null;
  eblup: number;
  /** The area has no sample: eblup = x'β̂ only. */
  synthetic: boolean;
  /** γ_i = σ²_u/(σ²_u + v_i), the weight on the direct estimate; null when synthetic. */
  shrinkage: number | null;
  mse: number;
  ci_low: number;
  ci_high: number;
  /** sqrt(mse)/|eblup|; null when eblup = 0. */
  cv: number | null;
}

/**
 * Asymptotic variance of σ̂²_u and the bias term of its MSE, as R sae::mseFH 1.3 (Rao & Molina 2015, 6.2.1):
 * REML and ML var = 2/Σw² (Datta & Lahiri 2000), ML bias b = −tr((X'WX)⁻¹X'W²X)/Σw²; FH var = 2m/(Σw)² and
 * bias b = 2(mΣw² − (Σw)²)/(Σw)³ (Datta, Rao & Smith 2005); w = 1/(σ²_u + v).
 */
function sigma2Terms(method: SaeMethod, d: SaeData, w: number[], q: Matrix) {
  const m = w.length;
  const sw = w.reduce((s, e) => s + e, 0);
  const sw2 = w.reduce((s, e) => s + e * e, 0);
  if (method === 'FH') return { varS2: (2 * m) / sw ** 2, bias: (2 * (m * sw2 - sw * sw)) / sw ** 3 };
  const bias =
    method === 'ML'
      ? -traceProduct(
          q,
          crossprodW(
            d.x,
            w.map((e) => e * e),
          ),
        ) / sw2
      : 0;
  return { varS2: 2 / sw2, bias };
}

/**
 * EBLUPs of all areas under a fitted Fay–Herriot model, with the MSE g1 + g2 + 2g3 − b·(1−γ)² of the model's
 * method. Areas without a sample get the synthetic x'β̂ with MSE σ̂²_u + x'(X'V⁻¹X)⁻¹x, which ignores the
 * uncertainty of σ̂²_u.
 */
export function eblupFH(model: FhModel, areas: SaeArea[], { level = 0.95 }: { level?: number } = {}): FhEstimate[] {
  const d = saeData(areas);
  if (d.y.length !== model.m) throw new Error(`model was fitted on ${model.m} areas, got ${d.y.length}`);
  if (d.x[0].length !== model.p) throw new Error(`model has ${model.p} coefficients, areas give ${d.x[0].length}`);
  const s2 = model.sigma2_u;
  const { w, q } = gls(d, s2);
  const { varS2, bias } = sigma2Terms(model.method, d, w, q);
  const z = criticalValue(level, Infinity);
  return areas.map((a) => {
    const x = designRow(a);
    const synth = dot(x, model.beta);
    const xqx = quadForm(x, q);
    let eblup = synth;
    let mse = s2 + xqx;
    let shrinkage: number | null = null;
    if (a.y !== null && a.v !== null) {
      const g = s2 / (s2 + a.v);
      const b2 = (1 - g) ** 2;
      eblup = synth + g * (a.y - synth);
      mse = g * a.v + b2 * xqx + (2 * b2 * varS2) / (s2 + a.v) - bias * b2;
      shrinkage = g;
    }
    const se = Math.sqrt(mse);
    return {
      area: a.area,
      direct: a.y,
      direct_var: a.v,
      eblup,
      synthetic: shrinkage === null,
      shrinkage,
      mse,
      ci_low: eblup - z * se,
      ci_high: eblup + z * se,
      cv: eblup === 0 ? null : se / Math.abs(eblup),
    };
  });
}
