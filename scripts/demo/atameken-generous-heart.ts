import { type Place, lognormal } from './atameken';
import type { Rng } from './rng';

export const GH_YEARS = [2022, 2023, 2024, 2025];
const GROWTH = [0.7, 0.9, 1.05, 1.2];
export const NOMINATIONS = ['active_volunteer', 'favourite_volunteer', 'patron', 'investor'] as const;
type Nomination = (typeof NOMINATIONS)[number];
/** What a nomination is decided by, and its median: people helped, positive reviews, or tenge given or invested. */
const DECIDED_BY: Record<Nomination, { median: number; sd: number; prefix: string }> = {
  active_volunteer: { median: 150, sd: 0.6, prefix: 'V' },
  favourite_volunteer: { median: 80, sd: 0.6, prefix: 'V' },
  patron: { median: 2_000_000, sd: 0.9, prefix: 'P' },
  investor: { median: 15_000_000, sd: 1, prefix: 'I' },
};
/** Periods a level awards in: districts and cities yearly; regions yearly, quarterly and, for volunteers, monthly. */
const PERIODS = (year: number, level: string, nomination: Nomination) => [
  { period_type: 'year', period: String(year) },
  ...(level === 'region' ? [1, 2, 3, 4].map((q) => ({ period_type: 'quarter', period: `${year}-Q${q}` })) : []),
  ...(level === 'region' && nomination.endsWith('volunteer')
    ? [...Array(12).keys()].map((m) => ({ period_type: 'month', period: `${year}-${String(m + 1).padStart(2, '0')}` }))
    : []),
];

/**
 * Participants of Generous heart per district and year (synthetic): volunteers about 0.8 per 1,000 residents,
 * more where participation is higher, growing; patrons and investors far fewer (often none in a small district).
 */
export function drawParticipants(rng: Rng, places: Place[]) {
  return GH_YEARS.flatMap((year, y) =>
    places.map((p) => {
      const volunteers = Math.round(lognormal(rng, (p.population / 1000) * 0.8 * GROWTH[y] * Math.exp(p.part), 0.3));
      return {
        region: p.region,
        district: p.district,
        year,
        volunteers,
        patrons: Math.round(lognormal(rng, volunteers / 25, 0.5)),
        investors: Math.round(lognormal(rng, volunteers / 150, 0.7)),
      };
    }),
  );
}

/** Pseudonymous nominees (`V-00012`): a pool per unit and kind, a few of whom win again and again. */
class Nominees {
  #next = new Map<string, number>();
  #pools = new Map<string, string[]>();
  draw(rng: Rng, unit: string, prefix: string): string {
    const key = `${unit}|${prefix}`;
    if (!this.#pools.has(key)) {
      const n = (this.#next.get(prefix) ?? 0) + 1;
      const size = rng.int(6, 25);
      this.#next.set(prefix, n + size - 1);
      this.#pools.set(
        key,
        Array.from({ length: size }, (_, k) => `${prefix}-${String(n + k).padStart(5, '0')}`),
      );
    }
    const pool = this.#pools.get(key)!;
    return rng.weighted(
      pool,
      pool.map((_, k) => 1 / (k + 1)),
    );
  }
}

/**
 * Generous heart nominations (synthetic): every district (level `district`) and city of regional significance
 * (`city`) awards the four nominations yearly; every region (`region`, no district) yearly and quarterly, and its
 * two volunteer nominations monthly. `count` is what decides the nomination.
 */
export function drawNominations(rng: Rng, places: Place[]) {
  const nominees = new Nominees();
  const units = [
    ...places.map((p) => ({
      level: p.city ? 'city' : 'district',
      region: p.region,
      district: p.district as string | null,
    })),
    ...[...new Set(places.map((p) => p.region))].map((region) => ({ level: 'region', region, district: null })),
  ];
  const rows = GH_YEARS.flatMap((year) =>
    units.flatMap((u) =>
      NOMINATIONS.flatMap((nomination) =>
        PERIODS(year, u.level, nomination).map((p) => {
          const rule = DECIDED_BY[nomination];
          const scale = p.period_type === 'month' ? 1 / 12 : p.period_type === 'quarter' ? 1 / 4 : 1;
          return {
            level: u.level,
            region: u.region,
            district: u.district,
            ...p,
            nomination,
            nominee: nominees.draw(rng, u.district ?? u.region, rule.prefix),
            count: Math.max(
              1,
              Math.round(lognormal(rng, rule.median * scale * (u.level === 'region' ? 3 : 1), rule.sd)),
            ),
          };
        }),
      ),
    ),
  );
  return rows.map((r, k) => ({ id: `GH-${String(k + 1).padStart(5, '0')}`, ...r }));
}
