import { type Connector, quoteLiteral } from '../core/sql';
import { SRS } from '../core/design';
import { estimate } from '../stats/estimate';

/** A centre of the registry: its fields as loaded (see data/demo/centres-codebook.json). */
export type Centre = Record<string, string | number | null> & {
  centre_id: string;
  name: string;
  level: string;
  region: string;
  district: string;
  model: string;
};

/** Network levels from the top of the umbrella down. */
export const LEVELS = ['republican', 'regional', 'district', 'rural'] as const;

/** Filters of the centres page; empty means all. */
export interface CentreFilters {
  region?: string;
  level?: string;
  model?: string;
  district?: string;
}

/** Every centre of the registry, in id order. */
export async function loadCentres(db: Connector): Promise<Centre[]> {
  return db.query<Centre>('SELECT * FROM centres ORDER BY centre_id');
}

/** One centre of the registry, or undefined when there is no such id. */
export async function loadCentre(db: Connector, id: string): Promise<Centre | undefined> {
  return (await db.query<Centre>(`SELECT * FROM centres WHERE centre_id = ${quoteLiteral(id)}`))[0];
}

/** The centres that pass every filter that is set. */
export function filterCentres(centres: Centre[], f: CentreFilters): Centre[] {
  return centres.filter((c) =>
    (['region', 'level', 'model', 'district'] as const).every((k) => !f[k] || c[k] === f[k]),
  );
}

/** The highest network level present in each district. */
export function highestLevelByDistrict(centres: Centre[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of centres) {
    const prev = out.get(c.district);
    if (!prev || LEVELS.indexOf(c.level as (typeof LEVELS)[number]) < LEVELS.indexOf(prev as (typeof LEVELS)[number]))
      out.set(c.district, c.level);
  }
  return out;
}

/** Number of centres in each district. */
export function countByDistrict(centres: Centre[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of centres) out.set(c.district, (out.get(c.district) ?? 0) + 1);
  return out;
}

/**
 * What a centre card shows beyond the registry: services delivered per year and the knowledge gain
 * of its trainings.
 */
export interface CentreActivity {
  services: Array<{ year: number; services: number; clients: number }>;
  training: {
    participants: number;
    pre: number | null;
    post: number | null;
    gain: number | null;
    gain_low: number | null;
    gain_high: number | null;
    satisfaction: number | null;
  };
}

/** Summarise a centre's service logs and training evaluations (gain: mean of exit − entry with a paired t interval). */
export async function loadCentreActivity(db: Connector, id: string): Promise<CentreActivity> {
  const where = `centre_id = ${quoteLiteral(id)}`;
  const services = await db.query<{ year: number; services: number; clients: number }>(
    `SELECT year(date::DATE)::INT AS year, count(*)::INT AS services,
      sum(clients_ngo + clients_initiative + clients_citizens + clients_youth + clients_vulnerable)::INT AS clients
     FROM service_logs WHERE ${where} GROUP BY ALL ORDER BY year`,
  );
  const trainingSummary =
    'count(*)::INT AS n, avg(pre_score) AS pre, avg(post_score) AS post, avg(satisfaction) AS sat';
  const [t] = await db.query<{ n: number; pre: number | null; post: number | null; sat: number | null }>(
    `SELECT ${trainingSummary} FROM training_evaluations WHERE ${where}`,
  );
  const [g] =
    t.n > 1
      ? await estimate(db, 'training_evaluations', SRS, {
          statistic: 'mean',
          y: 'post_score - pre_score',
          domain: where,
        })
      : [];
  return {
    services,
    training: {
      participants: t.n,
      pre: t.pre,
      post: t.post,
      satisfaction: t.sat,
      gain: g?.estimate ?? null,
      gain_low: g?.ci_low ?? null,
      gain_high: g?.ci_high ?? null,
    },
  };
}
