import { describe, expect, it } from 'vitest';
import { designRows } from '../../../src/indicators/sae-covariates';
import { type AreaInput, modelAreas } from '../../../src/indicators/sae-model';
import { DEFAULT_RULES } from '../../../src/indicators/status';

/** Twelve areas in two regions: y = 20 + 10·x + noise, n from 8 to 96 (SE shrinking as 1/√n), one without a sample. */
function areas(): AreaInput[] {
  const noise = [3, -2, 4, -5, 1, 0, -3, 2, 5, -1, -4, 2];
  return noise.map((e, i) => {
    const n = i === 11 ? 0 : 8 * (i + 1);
    const x = (i % 4) / 3;
    return {
      area: `D${i}`,
      region: i < 6 ? 'R1' : 'R2',
      n,
      direct: n ? 20 + 10 * x + e : null,
      direct_se: n ? 40 / Math.sqrt(n) : null,
      x: [x],
      weight: 1000 * (i + 1),
    };
  });
}

describe('modelAreas', () => {
  it('auto: areas under the suppression base take the GVF variance, larger ones their own', () => {
    const { rows, model } = modelAreas(areas(), ['x'], {
      gvfFrom: [
        { n: 100, v: 16 },
        { n: 200, v: 8 },
        { n: 50, v: 32 },
      ],
    });
    // n·v = 1600 for every GVF row: v(n) = 1600 / n.
    expect(model.gvf).toEqual({ a: Math.log(1600), b: -1, k: 3 });
    const d0 = rows[0];
    expect(d0).toMatchObject({ n: 8, variance_source: 'gvf' });
    expect(d0.variance).toBeCloseTo(200, 9);
    expect(rows[3]).toMatchObject({ n: 32, variance_source: 'direct' });
    expect(rows[3].variance).toBeCloseTo(1600 / 32, 9);
    expect(DEFAULT_RULES.minN).toBe(30);
  });
  it('direct: every area keeps its own variance and no GVF is fitted', () => {
    const { rows, model } = modelAreas(areas(), ['x'], { variance: 'direct' });
    expect(model.gvf).toBeNull();
    expect(rows.filter((r) => r.variance_source === 'gvf')).toEqual([]);
  });
  it('an area without a sample gets the regression alone; one without covariates gets no estimate', () => {
    const input = areas();
    input[5].x = null;
    const { rows, model } = modelAreas(input, ['x'], { variance: 'direct' });
    const b = model.terms.map((t) => t.estimate);
    expect(rows[11]).toMatchObject({ synthetic: true, shrinkage: null });
    expect(rows[11].estimate).toBeCloseTo(b[0] + (b[1] * (11 % 4)) / 3, 12);
    expect(rows[11].fitted).toBeCloseTo(rows[11].estimate!, 12);
    expect(rows[5]).toMatchObject({ status: 'no_covariates', estimate: null, mse: null });
    expect(model.areas_in_fit).toBe(10);
    expect(model.areas_synthetic).toBe(1);
  });
  it('an EBLUP is the shrinkage-weighted mean of the direct estimate and the fit', () => {
    const { rows } = modelAreas(areas(), ['x'], { variance: 'direct' });
    for (const r of rows.filter((x) => !x.synthetic)) {
      expect(r.eblup).toBeCloseTo(r.shrinkage! * r.direct! + (1 - r.shrinkage!) * r.fitted!, 10);
      expect(r.ci_high! - r.estimate!).toBeCloseTo(1.959963984540054 * Math.sqrt(r.mse!), 8);
    }
  });
  it('ratio benchmarking makes each region’s weighted mean its target; the model stays as fitted', () => {
    const targets = new Map([
      ['R1', 30],
      ['R2', 25],
    ]);
    const { rows, model } = modelAreas(areas(), ['x'], { variance: 'direct', benchmark: 'ratio', targets });
    expect(model.benchmark).toBe('ratio');
    for (const [region, target] of targets) {
      const here = rows.filter((r) => r.region === region);
      const w = here.reduce((s, r) => s + Number(r.area.slice(1)) + 1, 0);
      const mean = here.reduce((s, r) => s + (Number(r.area.slice(1)) + 1) * r.estimate!, 0) / w;
      expect(mean).toBeCloseTo(target, 9);
    }
    expect(rows.some((r) => r.estimate !== r.eblup)).toBe(true);
  });
  it('intervals are clipped to the scale’s bounds', () => {
    const input = areas().map((a) => ({ ...a, direct: a.direct === null ? null : a.direct - 25 }));
    const { rows } = modelAreas(input, ['x'], { variance: 'direct', bounds: [0, 100] });
    expect(Math.min(...rows.map((r) => r.ci_low!))).toBe(0);
  });
});

describe('designRows', () => {
  const facts = [
    { district: 'A', region: 'KZ-10', population: 1, values: { has_centre: 1, urban_share: 0.5 } },
    { district: 'B', region: 'KZ-11', population: 1, values: { has_centre: 0, urban_share: null } },
    { district: 'C', region: 'KZ-15', population: 1, values: { has_centre: 0, urban_share: 0.2 } },
  ];
  it('region becomes one dummy per region but the first (the reference)', () => {
    const { terms, x } = designRows(facts, ['has_centre', 'region']);
    expect(terms).toEqual(['has_centre', 'region:KZ-11', 'region:KZ-15']);
    expect(x.get('A')).toEqual([1, 0, 0]);
    expect(x.get('C')).toEqual([0, 0, 1]);
  });
  it('a district missing a covariate has no row', () => {
    expect(designRows(facts, ['urban_share']).x.get('B')).toBeNull();
  });
});
