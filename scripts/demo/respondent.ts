import type { Effects, RegionFrame } from './frame';
import { type Rng, expit } from './rng';

export type Answers = Record<string, number | null>;

export const INSTITUTIONS = {
  government: 0.3,
  akimat: 0,
  courts: -0.4,
  police: -0.3,
  parliament: -0.1,
  media: -0.2,
  ngo: 0,
  centres: -0.1,
  public_councils: -0.2,
  charities: 0.4,
} as const;
export const NEIGHBOUR_GROUPS = {
  drug_users: 1.2,
  heavy_drinkers: 0.8,
  other_nationality: -2.2,
  other_religion: -1.8,
  migrants: -1.2,
  hiv: 0,
  unmarried_couples: -1.5,
  other_language: -2.5,
  former_prisoners: 0.2,
} as const;
export const MEMBERSHIPS = {
  religious: -2.2,
  sport: -2.0,
  culture: -2.6,
  union: -2.4,
  party: -2.8,
  ngo: -2.9,
} as const;
export const ACTIONS = { petition: -1.8, hearing: -2.2, akimat_meeting: -2.4, donation: -0.6 } as const;
export const SERVICES = {
  info: -2.2,
  consult: -3.7,
  training: -3.9,
  legal: -4.3,
  event: -3.7,
  technical: -4.5,
} as const;

/** Each item of a group as [column, its offset, the item]: column names made once, not per respondent. */
const columns = (prefix: string, items: Record<string, number>) =>
  Object.entries(items).map(([k, v]) => [`${prefix}${k}`, v, k] as const);
const CONF = columns('conf_', INSTITUTIONS);
const NB = columns('nb_', NEIGHBOUR_GROUPS);
const MEMB = columns('memb_', MEMBERSHIPS);
const ACT = columns('act_', ACTIONS);
const SVC = columns('svc_', SERVICES);

/** Wave trends of the latent traits (a plausible slow rise, faster for awareness of centres). */
const TREND: Record<number, { trust: number; part: number; aware: number }> = {
  2021: { trust: 0, part: 0, aware: 0 },
  2023: { trust: 0.1, part: 0.08, aware: 0.35 },
  2025: { trust: 0.2, part: 0.15, aware: 0.7 },
};

/** A 4-point answer (1 = best) from a latent value; 98/99 (don't know/refused) with the given rates. */
function likert4(rng: Rng, latent: number, dk = 0.03, refused = 0.01): number {
  const u = rng.uniform();
  if (u < dk) return 98;
  if (u < dk + refused) return 99;
  const v = latent + rng.normal(0, 0.8);
  return v > 1 ? 1 : v > 0 ? 2 : v > -1 ? 3 : 4;
}

const bin = (rng: Rng, p: number) => (rng.chance(p) ? 1 : 0);

/** Everything that describes where and when a respondent lives, plus the shared cluster effect. */
export interface Context {
  region: RegionFrame;
  /** The latent effects of the respondent's district, added to the region's. */
  district: Effects;
  wave: number;
  urban: boolean;
  cluster: number;
}

function demographics(rng: Rng, ctx: Context): Answers {
  const age = Math.min(85, 18 + Math.floor(Math.abs(rng.normal(0, 1)) * 22 + rng.uniform() * 10));
  const education = ctx.urban ? rng.pick([2, 3, 3, 4, 4]) : rng.pick([1, 2, 2, 3, 3, 4]);
  const language = ctx.urban ? rng.pick([1, 2, 2, 1, 3]) : rng.pick([1, 1, 1, 2, 3]);
  const ageGroup = age < 30 ? 1 : age < 45 ? 2 : age < 60 ? 3 : 4;
  return { sex: rng.pick([1, 2, 2]), age, age_group: ageGroup, education, language, settlement: ctx.urban ? 1 : 2 };
}

/** The region's and the district's latent effects, summed trait by trait. */
function effectsOf({ region: { effects: r }, district: d }: Context): Effects {
  return {
    trust: r.trust + d.trust,
    conf: r.conf + d.conf,
    tol: r.tol + d.tol,
    part: r.part + d.part,
    id: r.id + d.id,
    aware: r.aware + d.aware,
  };
}

/** Draw one respondent's answers under the demo's latent-trait model. */
export function drawRespondent(rng: Rng, ctx: Context): Answers {
  const e = effectsOf(ctx);
  const t = TREND[ctx.wave];
  const d = demographics(rng, ctx);
  const edu = (Number(d.education) - 2.5) * 0.12;
  const urb = ctx.urban ? 0.1 : -0.05;
  const trust = e.trust + t.trust + ctx.cluster + edu + rng.normal(0, 0.9);
  const conf = e.conf + t.trust + ctx.cluster * 0.8 - urb + rng.normal(0, 0.9);
  const tol = e.tol + urb + edu + ctx.cluster * 0.5 + rng.normal(0, 0.8);
  const part = e.part + t.part + ctx.cluster * 0.7 + edu + rng.normal(0, 0.8);
  const ident = e.id + 0.9 + ctx.cluster * 0.5 + rng.normal(0, 0.7);
  const aware = e.aware + t.aware + ctx.cluster + 0.3 * part + rng.normal(0, 0.6);
  const a: Answers = d;
  a.trust_gen = rng.chance(0.04) ? rng.pick([98, 98, 98, 99]) : rng.chance(expit(-0.8 + 0.9 * trust)) ? 1 : 2;
  a.trust_gen10 = rng.chance(0.03) ? 98 : Math.max(0, Math.min(10, Math.round(4.6 + 1.6 * trust + rng.normal(0, 1))));
  a.trust_neighbours = likert4(rng, trust + 0.5);
  a.trust_nationality = likert4(rng, trust);
  a.trust_religion = likert4(rng, trust - 0.2);
  for (const [key, off, k] of CONF) {
    a[key] = likert4(rng, conf + off, k === 'centres' ? 0.12 : k === 'public_councils' ? 0.08 : 0.03);
  }
  for (const [key, b] of NB) a[key] = bin(rng, expit(b - tol));
  for (const [key, c] of MEMB) {
    const p = expit(c + 0.8 * part);
    a[key] = rng.chance(p) ? 2 : rng.chance(p) ? 1 : 0;
  }
  a.volunteered = bin(rng, expit(-1.3 + part));
  a.volunteer_hours = a.volunteered ? Math.max(1, Math.round(Math.exp(rng.normal(2.5, 0.9)))) : null;
  for (const [key, c] of ACT) a[key] = bin(rng, expit(c + part));
  a.pride = likert4(rng, ident + 0.3, 0.02);
  a.close_kz = likert4(rng, ident, 0.02);
  a.close_region = likert4(rng, ident + 0.2, 0.02);
  a.heard_ngo = bin(rng, expit(0.6 + 0.6 * part + 0.4 * aware));
  a.name_ngo = a.heard_ngo ? bin(rng, expit(-0.6 + 0.6 * part + 0.4 * aware)) : null;
  a.aware_centre = ctx.wave < 2023 ? null : rng.chance(0.06) ? 98 : bin(rng, expit(-1.6 + aware));
  for (const [key, c] of SVC) a[key] = bin(rng, expit(c + 0.9 * aware));
  const used = SVC.some(([key]) => a[key] === 1);
  a.svc_satisfaction = used ? Math.max(1, Math.min(5, Math.round(3.8 + 0.4 * conf + rng.normal(0, 0.8)))) : null;
  a.lifelong_learning = bin(rng, expit(-1.1 + 2 * edu - 0.02 * (Number(d.age) - 45)));
  a.digital_skills = Math.max(
    1,
    Math.min(4, Math.round(2.6 + 3 * edu + urb * 3 - 0.03 * (Number(d.age) - 45) + rng.normal(0, 0.7))),
  );
  return a;
}
