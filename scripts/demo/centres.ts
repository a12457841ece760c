import { readRefCsv } from './reference';
import { type Rng } from './rng';

type Row = Record<string, string | number | null>;
export const LEVELS = ['republican', 'regional', 'district', 'rural'] as const;
const CATEGORIES: Record<string, string[]> = {
  research: ['study', 'monitoring'],
  centre_org: ['resource', 'educational', 'consultative', 'public_reception', 'social_service'],
  events: ['admin', 'moderation', 'discussion', 'charity', 'mixed'],
  info_method: ['media', 'web_social', 'materials', 'pr_event', 'methodology', 'database'],
  consulting: ['in_person', 'hotline', 'online', 'one_off', 'project', 'video_lesson'],
  training: ['seminar', 'training', 'master_class', 'lecture', 'webinar', 'school', 'course'],
  technical: ['computer_hours', 'internet_hours', 'printing', 'consultant_time'],
};
/** Optional specialists of the staffing recommendation (spec section 6) and how often a centre has one. */
export const STAFF_ROLES: Array<[string, number]> = [
  ['administrator', 0.8],
  ['ngo_consultant', 0.55],
  ['accountant', 0.7],
  ['trainer', 0.5],
  ['analyst', 0.25],
  ['pr', 0.35],
];
const LEVEL_RU: Record<string, string> = {
  republican: 'Республиканский гражданский центр',
  regional: 'Региональный гражданский центр',
  district: 'Районный гражданский центр',
  rural: 'Сельский ресурсный центр',
};

const pick = <T>(rng: Rng, weights: Array<[T, number]>): T => {
  let u = rng.uniform() * weights.reduce((a, [, w]) => a + w, 0);
  for (const [v, w] of weights) if ((u -= w) < 0) return v;
  return weights[weights.length - 1][0];
};

/** One centre's registry fields: stronger at higher levels, with room for every KPI level to occur. */
function centreFields(rng: Rng, level: string): Row {
  const strong = level === 'republican' ? 1.2 : level === 'regional' ? 0.6 : level === 'district' ? 0 : -0.5;
  const q = () => strong + rng.normal(0, 0.8);
  const staff = Math.max(
    1,
    Math.round((level === 'rural' ? 2 : level === 'district' ? 4 : 8) + rng.normal(0, 1.5) + strong * 2),
  );
  const sources = ['funding_state_order', 'funding_grants', 'funding_paid', 'funding_other'];
  const nSources = Math.max(1, Math.min(4, Math.round(1.6 + q())));
  const funded = new Set(['funding_state_order', ...rng.shuffle(sources.slice(1)).slice(0, nSources - 1)]);
  const premises = pick(rng, [
    ['own', 0.15 + strong * 0.1],
    ['ppp', 0.15],
    ['rented', 0.7 - strong * 0.1],
  ]);
  const needArea = level === 'republican' || level === 'regional' ? 100 : 30;
  const made = Math.max(0, Math.round(2 + 2 * q()));
  const row: Row = {
    model: rng.chance(0.55) ? 'mentor' : 'expert',
    founded: Math.min(2025, Math.round(2014 + rng.normal(0, 4) - strong * 3)),
    staff_total: staff,
    staff_permanent: Math.max(1, Math.min(staff, Math.round(staff * (0.5 + 0.15 * q())))),
    staff_permanent_years: Math.max(0, Math.round(3 + 1.5 * q())),
    staff_growing: Number(rng.chance(0.4 + 0.15 * strong)),
    specialists_match: q() > 0.7 ? 1 : q() > -0.6 ? 2 : 3,
    training_per_year: pick(rng, [
      [4, 0.3 + 0.1 * strong],
      [2, 0.35],
      [1, 0.3],
      [0, 0.08],
    ]),
    mentoring: Number(rng.chance(0.35 + 0.15 * strong)),
    knowledge_transfer: Number(rng.chance(0.5 + 0.1 * strong)),
    ...Object.fromEntries(sources.map((s) => [s, Number(funded.has(s))])),
    premises,
    area_m2: Math.max(12, Math.round(needArea * (1 + 0.35 * q()))),
    equip_office_internet: Number(rng.chance(0.92)),
    equip_photo_video: Number(rng.chance(0.55 + 0.15 * strong)),
    equip_projector: Number(rng.chance(0.75 + 0.1 * strong)),
    equip_sufficient: Number(rng.chance(0.5 + 0.2 * strong)),
    services_offered: Math.max(2, Math.min(7, Math.round(5 + 1.2 * q()))),
    can_launch_new: Number(rng.chance(0.35 + 0.2 * strong)),
    proposals_made: made,
    proposals_adopted: Math.min(made, Math.max(0, Math.round(made * (0.3 + 0.1 * q())))),
    expertise_recognised: Number(rng.chance(0.3 + 0.2 * strong)),
    strategy_events: Number(rng.chance(0.6 + 0.15 * strong)),
    manager_pm_years: Math.max(0, Math.round(3 + 2 * q())),
    manager_ngo_years: Math.max(0, Math.round(4 + 2.5 * q())),
    manager_higher_ed: Number(rng.chance(0.85)),
    ...Object.fromEntries(
      STAFF_ROLES.map(([role, p]) => [`role_${role}`, Number(rng.chance(Math.min(0.97, p + 0.15 * strong)))]),
    ),
    funding_months: pick(rng, [
      [8, 0.35],
      [12, 0.4],
      [24, 0.15 + 0.05 * strong],
      [36, 0.1 + 0.05 * strong],
    ]),
  };
  row.multi_year_contract = Number(Number(row.funding_months) > 12);
  return row;
}

/**
 * Where centres sit: the republican one in Astana, a regional one in each capital, district and rural ones in a share
 * of districts.
 */
function placements(rng: Rng): Array<{ level: string; region: string; district: string }> {
  const regions = readRefCsv('regions.csv');
  const districts = readRefCsv('districts.csv');
  const out: Array<{ level: string; region: string; district: string }> = [];
  const inRegion = (code: string) => districts.filter((d) => d.region === code);
  const capital = (r: Record<string, string>) =>
    inRegion(r.code).find((d) => d.name_en === r.capital) ?? inRegion(r.code)[0];
  out.push({ level: 'republican', region: 'KZ-71', district: inRegion('KZ-71')[0].code });
  for (const r of regions) out.push({ level: 'regional', region: r.code, district: capital(r).code });
  for (const d of districts) {
    if (rng.chance(0.45)) out.push({ level: 'district', region: d.region, district: d.code });
    if (rng.chance(0.25)) out.push({ level: 'rural', region: d.region, district: d.code });
  }
  return out;
}

/** The registry of resource centres (synthetic). */
export function drawCentres(rng: Rng): Row[] {
  const names = new Map(readRefCsv('districts.csv').map((d) => [d.code, d.name_ru]));
  return placements(rng).map((p, i) => ({
    centre_id: `C-${String(i + 1).padStart(3, '0')}`,
    name: `${LEVEL_RU[p.level]} (${names.get(p.district)})`,
    level: p.level,
    region: p.region,
    district: p.district,
    ...centreFields(rng, p.level),
  }));
}

const day = (rng: Rng, year: number) => {
  const d = new Date(Date.UTC(year, 0, 1) + Math.floor(rng.uniform() * 365) * 86400000);
  return d.toISOString().slice(0, 10);
};

/** Service logs 2024–2025: one row per service delivered, with clients by target group and channel. */
export function drawServiceLogs(rng: Rng, centres: Row[]): Row[] {
  const rows: Row[] = [];
  for (const c of centres) {
    const perYear = c.level === 'rural' ? 6 : c.level === 'district' ? 10 : 18;
    for (const year of [2024, 2025]) {
      for (let k = 0; k < perYear; k++) {
        const category = pick(
          rng,
          Object.keys(CATEGORIES).map(
            (x) => [x, x === 'consulting' || x === 'info_method' ? 3 : 1] as [string, number],
          ),
        );
        const size = category === 'events' || category === 'training' ? 25 : 5;
        const n = () => Math.max(0, Math.round(size * rng.uniform() * rng.uniform() * 2));
        rows.push({
          log_id: `L-${String(rows.length + 1).padStart(5, '0')}`,
          centre_id: c.centre_id,
          date: day(rng, year),
          category,
          type: rng.pick(CATEGORIES[category]),
          clients_ngo: n(),
          clients_initiative: n(),
          clients_citizens: n(),
          clients_youth: n(),
          clients_vulnerable: n(),
          channel: pick(rng, [
            ['in_person', 5],
            ['phone', 2],
            ['online', 3],
          ]),
        });
      }
    }
  }
  return rows;
}

/** Training evaluations: paired entry/exit test scores (0–100) and satisfaction (1–5) per participant. */
export function drawTrainingEvaluations(rng: Rng, centres: Row[]): Row[] {
  const rows: Row[] = [];
  for (const c of centres.filter(() => rng.chance(0.5))) {
    for (let tr = 1; tr <= 2; tr++) {
      const date = day(rng, rng.chance(0.5) ? 2024 : 2025);
      const format = rng.pick(CATEGORIES.training);
      const gain = rng.normal(12, 6);
      for (let p = 1; p <= 10 + rng.int(0, 8); p++) {
        const pre = Math.max(0, Math.min(100, Math.round(rng.normal(55, 15))));
        rows.push({
          eval_id: `E-${String(rows.length + 1).padStart(5, '0')}`,
          centre_id: c.centre_id,
          training_id: `${c.centre_id}-T${tr}`,
          date,
          format,
          pre_score: pre,
          post_score: Math.max(0, Math.min(100, Math.round(pre + gain + rng.normal(0, 8)))),
          satisfaction: Math.max(1, Math.min(5, Math.round(4.1 + rng.normal(0, 0.8)))),
        });
      }
    }
  }
  return rows;
}
