import type { RegionFrame } from './frame';
import { type Rng } from './rng';

type Row = Record<string, string | number>;

export const NGO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
export const LEGAL_FORMS = ['public_association', 'foundation', 'private_institution', 'association_of_legal_entities'];
export const ACTIVITIES = [
  'rights',
  'education_sport',
  'health',
  'vulnerable_groups',
  'families_children',
  'harmony',
  'culture_heritage',
  'environment',
  'other',
];

/**
 * National totals of registered and active NGOs per year (Ministry register series). Only April 2023 is a published
 * figure (23,335 registered, 18,204 active: gov.kz, Committee for Civil Society Affairs); the other years are
 * synthetic, drawn to stay near the published "more than 22,000 / about 16,000" (2020–2021) and "more than 23,000 /
 * more than 18,000" (2025) statements.
 */
export const NATIONAL_TOTALS: Record<number, { registered: number; active: number }> = {
  2019: { registered: 21850, active: 15820 },
  2020: { registered: 22140, active: 16400 },
  2021: { registered: 22380, active: 16050 },
  2022: { registered: 22870, active: 17390 },
  2023: { registered: 23335, active: 18204 },
  2024: { registered: 23010, active: 17964 },
  2025: { registered: 23260, active: 18130 },
};
const FORM_SHARE = [0.55, 0.3, 0.1, 0.05];
/** Activity shares near the published April 2023 structure (gov.kz), "other" taking the remainder. */
const ACTIVITY_SHARE = [0.2, 0.16, 0.09, 0.08, 0.09, 0.04, 0.035, 0.02, 0.275];

/** Split an integer total into parts proportional to weights, exactly (largest remainder). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const left = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) out[order[k][1]]++;
  return out;
}

/** Per active NGO and year: [measure, mean per NGO, log-sd of the cell noise]; money in thousand tenge. */
const PER_NGO: Array<[string, number, number]> = [
  ['employees', 2.1, 0.25],
  ['volunteers', 6.5, 0.4],
  ['wage_fund', 4800, 0.3],
  ['output', 12000, 0.35],
  ['sponsorship', 1500, 0.5],
  ['taxes', 1200, 0.3],
  ['foreign_funding', 800, 0.8],
  ['state_order_contracts', 0.06, 0.4],
  ['state_order_amount', 2500, 0.5],
];
export const NGO_MEASURES = ['registered', 'active', ...PER_NGO.map(([m]) => m)];

/**
 * NGO statistics 2019–2025 in today's 20 regions (a re-aggregated series): one row per region × year × legal
 * form × field of activity, one column per measure (the `ngo_stats` table; long format is an UNPIVOT away).
 */
export function drawNgoStats(rng: Rng, frame: RegionFrame[]): Row[] {
  const cityBoost = (r: RegionFrame) => (['KZ-71', 'KZ-75'].includes(r.code) ? 3 : 1);
  const regionWeight = frame.map((r) => r.adults * cityBoost(r) * Math.exp(rng.normal(0, 0.25)));
  const rows: Row[] = [];
  for (const year of NGO_YEARS) {
    const { registered, active } = NATIONAL_TOTALS[year];
    const regReg = apportion(registered, regionWeight);
    const regAct = apportion(active, regReg);
    const grow = 1 + 0.06 * (year - 2019);
    frame.forEach((region, i) => {
      const cells = LEGAL_FORMS.flatMap((f, fi) =>
        ACTIVITIES.map((a, ai) => ({ f, a, w: FORM_SHARE[fi] * ACTIVITY_SHARE[ai] * Math.exp(rng.normal(0, 0.3)) })),
      );
      const reg = apportion(
        regReg[i],
        cells.map((c) => c.w),
      );
      // Proportional to registered with active < registered, so no cell has more active than registered NGOs.
      const act = apportion(regAct[i], reg);
      cells.forEach((c, k) => {
        const row: Row = {
          region: region.code,
          year,
          legal_form: c.f,
          activity: c.a,
          registered: reg[k],
          active: act[k],
        };
        for (const [m, perNgo, sd] of PER_NGO)
          row[m] = Math.round(act[k] * perNgo * grow * Math.exp(rng.normal(0, sd)));
        rows.push(row);
      });
    });
  }
  return rows;
}
