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

interface Stratum {
  id: string;
  region: RegionFrame;
  urban: boolean;
  n: number;
  psus: number;
  frameSize: number;
  adults: number;
}

function strataOf(rng: Rng, wave: number, region: RegionFrame, n: number): Stratum[] {
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
    return { id, region, urban, n: nh, psus, frameSize, adults: Math.round(region.adults * share) };
  });
}

function drawStratum(rng: Rng, wave: number, s: Stratum, nextId: () => string): Record_[] {
  const out: Record_[] = [];
  for (let p = 0; p < s.psus; p++) {
    const district = rng.pick(s.region.districts);
    const cluster = rng.normal(0, 0.3);
    const size = Math.floor(s.n / s.psus) + (p < s.n % s.psus ? 1 : 0);
    for (let i = 0; i < size; i++) {
      const answers: Answers = drawRespondent(rng, { region: s.region, wave, urban: s.urban, cluster });
      out.push({
        id: nextId(),
        wave,
        region: s.region.code,
        region_source: wave < 2023 ? s.region.pre2022 : s.region.code,
        district,
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

/** Draw the whole stacked survey: waves × regions × urban/rural strata × settlements (PSUs). */
export function drawSurvey(rng: Rng, frame: RegionFrame[]): Record_[] {
  const alloc = allocate(frame);
  const rows: Record_[] = [];
  for (const wave of ASSUMPTIONS.waves) {
    let k = 0;
    const nextId = () => `${wave}-${String(++k).padStart(5, '0')}`;
    for (const region of frame) {
      const regionRows = strataOf(rng, wave, region, alloc.get(region.code)!).flatMap((s) =>
        drawStratum(rng, wave, s, nextId),
      );
      calibrate(regionRows, region);
      rows.push(...regionRows);
    }
  }
  return rows;
}

/**
 * A large unclustered draw per region × wave from the same model: the Monte-Carlo "population" for truth. Each cell
 * (`KZ-75|2025`) draws from its own stream, so any of them can be redrawn alone (`cells`: only these).
 */
export function drawPopulation(seed: string, frame: RegionFrame[], perCell: number, cells?: ReadonlySet<string>) {
  const rows: Record_[] = [];
  for (const wave of ASSUMPTIONS.waves) {
    for (const region of frame) {
      const cell = `${region.code}|${wave}`;
      if (cells && !cells.has(cell)) continue;
      const rng = new Rng(`${seed}|${cell}`);
      for (let i = 0; i < perCell; i++) {
        const urban = rng.chance(region.urbanShare);
        const a = drawRespondent(rng, { region, wave, urban, cluster: rng.normal(0, 0.3) });
        rows.push(Object.assign(a, { wave, region: region.code, weight: 1 }));
      }
    }
  }
  return rows;
}
