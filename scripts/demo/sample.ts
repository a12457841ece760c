import type { District } from './districts';
import { ASSUMPTIONS, type RegionFrame } from './frame';
import { type Answers, drawRespondent } from './respondent';
import { Rng } from './rng';

export type Record_ = Record<string, string | number | null>;

/** Respondents per region: proportional to √population, so small regions keep a usable base. */
function allocate(frame: RegionFrame[]): Map<string, number> {
  const roots = frame.map((r) => Math.sqrt(r.adults));
  const sum = roots.reduce((a, b) => a + b, 0);
  return new Map(frame.map((r, i) => [r.code, Math.round((ASSUMPTIONS.respondents_per_wave * roots[i]) / sum)]));
}

/** A district's urban or rural adults: the weight a settlement of that kind is drawn there with. */
const adultsIn = (d: District, urban: boolean) => d.adults * (urban ? d.urban_share : 1 - d.urban_share);

interface Stratum {
  id: string;
  region: RegionFrame;
  districts: District[];
  urban: boolean;
  n: number;
  psus: number;
  frameSize: number;
  adults: number;
}

function strataOf(rng: Rng, wave: number, region: RegionFrame, districts: District[], n: number): Stratum[] {
  const parts: Array<[boolean, number]> =
    region.urbanShare >= 1
      ? [[true, 1]]
      : [
          [true, region.urbanShare],
          [false, 1 - region.urbanShare],
        ];
  return parts.map(([urban, share]) => {
    const nh = Math.round(n * share);
    const psus = Math.max(2, Math.round(nh / ASSUMPTIONS.respondents_per_psu));
    const frameSize = urban ? psus * rng.int(4, 12) : psus * rng.int(15, 60);
    const id = `${wave}-${region.code}-${urban ? 'U' : 'R'}`;
    return { id, region, districts, urban, n: nh, psus, frameSize, adults: Math.round(region.adults * share) };
  });
}

function drawStratum(rng: Rng, wave: number, s: Stratum, nextId: () => string): Record_[] {
  const out: Record_[] = [];
  const weights = s.districts.map((d) => adultsIn(d, s.urban));
  for (let p = 0; p < s.psus; p++) {
    const d = rng.weighted(s.districts, weights);
    const cluster = rng.normal(0, 0.3);
    const size = Math.floor(s.n / s.psus) + (p < s.n % s.psus ? 1 : 0);
    for (let i = 0; i < size; i++) {
      const ctx = { region: s.region, district: d.effects, wave, urban: s.urban, cluster };
      const answers: Answers = drawRespondent(rng, ctx);
      out.push({
        id: nextId(),
        wave,
        region: s.region.code,
        region_source: wave < 2023 ? s.region.pre2022 : s.region.code,
        district: d.district,
        stratum: s.id,
        psu: `${s.id}-${String(p + 1).padStart(2, '0')}`,
        fpc: s.frameSize,
        weight: (s.adults / s.n) * Math.exp(rng.normal(0, 0.25)),
        ...answers,
      });
    }
  }
  return out;
}

/** Rescale weights so that each region's weights sum to its adult population (as a statistics office calibrates). */
function calibrate(rows: Record_[], region: RegionFrame): void {
  const sum = rows.reduce((a, r) => a + Number(r.weight), 0);
  for (const r of rows) r.weight = Math.round(((Number(r.weight) * region.adults) / sum) * 1e4) / 1e4;
}

const inRegion = (districts: District[], region: RegionFrame) => districts.filter((d) => d.region === region.code);

/**
 * Draw the whole stacked survey: waves × regions × urban/rural strata × settlements (PSUs), each settlement in a
 * district drawn in proportion to its urban (or rural) adults.
 */
export function drawSurvey(rng: Rng, frame: RegionFrame[], districts: District[]): Record_[] {
  const alloc = allocate(frame);
  const rows: Record_[] = [];
  for (const wave of ASSUMPTIONS.waves) {
    let k = 0;
    const nextId = () => `${wave}-${String(++k).padStart(5, '0')}`;
    for (const region of frame) {
      const strata = strataOf(rng, wave, region, inRegion(districts, region), alloc.get(region.code)!);
      const regionRows = strata.flatMap((s) => drawStratum(rng, wave, s, nextId));
      calibrate(regionRows, region);
      rows.push(...regionRows);
    }
  }
  return rows;
}

/**
 * A large unclustered draw per region × wave from the same model: the Monte-Carlo "population" for truth, each
 * respondent urban with the region's urban share and living in a district drawn in proportion to its urban (or
 * rural) adults. Each cell (`KZ-75|2025`) draws from its own stream, so any of them can be redrawn alone (`cells`:
 * only these).
 */
export function drawPopulation(
  seed: string,
  frame: RegionFrame[],
  districts: District[],
  perCell: number,
  cells?: ReadonlySet<string>,
): Record_[] {
  const rows: Record_[] = [];
  for (const wave of ASSUMPTIONS.waves) {
    for (const region of frame) {
      const cell = `${region.code}|${wave}`;
      if (cells && !cells.has(cell)) continue;
      const rng = new Rng(`${seed}|${cell}`);
      const ds = inRegion(districts, region);
      const weights = [false, true].map((urban) => ds.map((d) => adultsIn(d, urban)));
      for (let i = 0; i < perCell; i++) {
        const urban = rng.chance(region.urbanShare);
        const d = rng.weighted(ds, weights[Number(urban)]);
        const a = drawRespondent(rng, { region, district: d.effects, wave, urban, cluster: rng.normal(0, 0.3) });
        rows.push(Object.assign(a, { wave, region: region.code, weight: 1 }));
      }
    }
  }
  return rows;
}

/**
 * The same draw per district × wave (`KZ101000|2025`, each from its own stream), urban with the district's urban
 * share: the Monte-Carlo population of the district truth.
 */
export function drawDistrictPopulation(
  seed: string,
  frame: RegionFrame[],
  districts: District[],
  perCell: number,
  waves: readonly number[] = ASSUMPTIONS.waves,
): Record_[] {
  const regions = new Map(frame.map((r) => [r.code, r]));
  const rows: Record_[] = [];
  for (const wave of waves) {
    for (const d of districts) {
      const rng = new Rng(`${seed}|${d.district}|${wave}`);
      const region = regions.get(d.region)!;
      for (let i = 0; i < perCell; i++) {
        const urban = rng.chance(d.urban_share);
        const a = drawRespondent(rng, { region, district: d.effects, wave, urban, cluster: rng.normal(0, 0.3) });
        rows.push(Object.assign(a, { wave, region: d.region, district: d.district, weight: 1 }));
      }
    }
  }
  return rows;
}
