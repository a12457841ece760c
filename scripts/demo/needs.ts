import { type Rng } from './rng';

type Row = Record<string, string | number | null>;

/** The 15 pre-2022 units of the 2019 survey (3 cities of republican significance) and how many answered in each. */
const REGIONS_2019: Array<[string, number]> = [
  ['KZ-ALA', 2],
  ['KZ-AST', 2],
  ['KZ-SHY', 1],
  ['KZ-AKM', 2],
  ['KZ-AKT', 1],
  ['KZ-ALM', 2],
  ['KZ-ATY', 1],
  ['KZ-ZAP', 1],
  ['KZ-ZHA', 1],
  ['KZ-KAR', 2],
  ['KZ-KUS', 1],
  ['KZ-KZY', 1],
  ['KZ-PAV', 2],
  ['KZ-SEV', 1],
  ['KZ-VOS', 2],
];

/** Published 2019 counts (spec section 9): value → count, over the 22 respondents. */
export const PUBLISHED_2019 = {
  org_years: { 1: 1, 2: 4, 3: 4, 4: 13 },
  funding_band: { 1: 1, 2: 2, 3: 3, 4: 4, 5: 4, 6: 3, 7: 0, 8: 4, 9: 1 },
  own_materials: { 0: 2, 1: 20 },
  multi_projects: { 0: 2, 1: 20 },
  own_office: { 0: 13, 1: 9 },
  portfolio: { 0: 19, 1: 3 },
} as const;

/** Reconstructed (not published): counts that keep the report's vague statements true. */
const RECONSTRUCTED_2019 = {
  // "each of those four documents is missing in 7 to 13 centres"; present at "about half" on average.
  doc_job_descriptions: { 0: 7, 1: 15 },
  doc_accounting_policy: { 0: 11, 1: 11 },
  doc_centre_regulations: { 0: 9, 1: 13 },
  doc_procurement_rules: { 0: 13, 1: 9 },
  // "funding term mostly ≤ 1 year; none longer than 3 years" (the centre without funding has no term).
  funding_term: { 1: 15, 2: 4, 3: 2 },
} as const;

/** Funding sources among the 21 funded centres: mostly state order and grants; crowdfunding, founders, prizes rare. */
const SOURCES_2019: Record<string, number> = {
  fs_state_order: 16,
  fs_grants_national: 11,
  fs_grants_international: 7,
  fs_paid_services: 4,
  fs_founders: 2,
  fs_crowdfunding: 1,
  fs_prizes: 1,
};

/** Self-assessed competences (1–5) and the mean the report implies: management and quality high, the rest weak. */
const COMPETENCES: Record<string, number> = {
  comp_management: 4.3,
  comp_service_quality: 4.4,
  comp_budgeting: 2.6,
  comp_ngo_evaluation: 2.5,
  comp_business_tools: 2.3,
  comp_social_media: 2.6,
  comp_fundraising: 2.4,
  comp_product_development: 2.5,
};

/** A column with exactly the given counts, in seeded random order. */
function exactColumn(rng: Rng, counts: Record<string | number, number>): number[] {
  return rng.shuffle(Object.entries(counts).flatMap(([v, n]) => Array<number>(n).fill(Number(v))));
}

const score = (rng: Rng, mean: number) => Math.max(1, Math.min(5, Math.round(mean + rng.normal(0, 0.7))));

/** The 2019 needs assessment: 22 centres whose answers reproduce every published count exactly. */
export function needs2019(rng: Rng): Row[] {
  const n = 22;
  const regions = REGIONS_2019.flatMap(([code, k]) => Array<string>(k).fill(code));
  const cols: Record<string, number[]> = {};
  for (const [k, counts] of Object.entries({ ...PUBLISHED_2019, ...RECONSTRUCTED_2019 }))
    cols[k] = exactColumn(rng, counts);
  const unfunded = cols.funding_band.indexOf(9);
  cols.funding_term.splice(unfunded, 0, NaN);
  const funded = [...Array(n).keys()].filter((i) => i !== unfunded);
  for (const [k, count] of Object.entries(SOURCES_2019)) {
    const picked = new Set(
      exactColumn(rng, { 1: count, 0: funded.length - count }).flatMap((v, i) => (v ? [funded[i]] : [])),
    );
    cols[k] = [...Array(n).keys()].map((i) => (picked.has(i) ? 1 : 0));
  }
  for (const i of funded) if (!Object.keys(SOURCES_2019).some((k) => cols[k][i])) cols.fs_state_order[i] = 1;
  return [...Array(n).keys()].map((i) => {
    const row: Row = { id: `N19-${String(i + 1).padStart(2, '0')}`, wave: 2019, region: regions[i] };
    for (const [k, v] of Object.entries(cols)) row[k] = Number.isNaN(v[i]) ? null : v[i];
    for (const [k, mean] of Object.entries(COMPETENCES)) row[k] = score(rng, mean);
    return row;
  });
}

function draw(rng: Rng, weights: Record<number, number>): number {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  let u = rng.uniform() * total;
  for (const [v, w] of Object.entries(weights)) if ((u -= w) < 0) return Number(v);
  return Number(Object.keys(weights).at(-1));
}

/** The synthetic 2024 wave: about 60 centres, three per region in today's units, same questionnaire. */
export function needs2024(rng: Rng, regions: string[]): Row[] {
  return regions
    .flatMap(() => [1, 2, 3])
    .map((_, i) => {
      const region = regions[Math.floor(i / 3)];
      const band = draw(rng, { 1: 1, 2: 2, 3: 6, 4: 10, 5: 10, 6: 9, 7: 7, 8: 8, 9: 2 });
      const row: Row = {
        id: `N24-${String(i + 1).padStart(2, '0')}`,
        wave: 2024,
        region,
        org_years: draw(rng, { 1: 2, 2: 5, 3: 10, 4: 20 }),
        funding_band: band,
        own_materials: Number(rng.chance(0.93)),
        multi_projects: Number(rng.chance(0.88)),
        own_office: Number(rng.chance(0.55)),
        portfolio: Number(rng.chance(0.35)),
        doc_job_descriptions: Number(rng.chance(0.8)),
        doc_accounting_policy: Number(rng.chance(0.7)),
        doc_centre_regulations: Number(rng.chance(0.75)),
        doc_procurement_rules: Number(rng.chance(0.6)),
        funding_term: band === 9 ? null : draw(rng, { 1: 8, 2: 5, 3: 6 }),
      };
      const probs: Record<string, number> = {
        fs_state_order: 0.8,
        fs_grants_national: 0.5,
        fs_grants_international: 0.25,
        fs_paid_services: 0.3,
        fs_founders: 0.1,
        fs_crowdfunding: 0.12,
        fs_prizes: 0.08,
      };
      for (const [k, p] of Object.entries(probs)) row[k] = band === 9 ? 0 : Number(rng.chance(p));
      for (const [k, mean] of Object.entries(COMPETENCES)) row[k] = score(rng, Math.min(4.6, mean + 0.4));
      return row;
    });
}
