import { END_DATE, type Place, addDays, dayIn, lognormal, numbered } from './atameken';
import { pointIn } from './atameken-geo';
import type { Rng } from './rng';

export const REPORT_YEARS = [2022, 2023, 2024, 2025];
/** The programme's uptake: reports grow year on year. */
const YEAR_WEIGHT = [0.6, 0.85, 1.05, 1.25];
/** Filing by month: more in spring (thaw, potholes, flooding) and autumn (heating season), fewer in winter. */
export const MONTH_WEIGHT = [0.75, 0.75, 1.1, 1.35, 1.3, 0.95, 0.85, 0.9, 1.2, 1.35, 1.15, 0.75];
export const TOPICS = ['utilities', 'roads', 'transport', 'lighting', 'waste', 'housing', 'other'] as const;
type Topic = (typeof TOPICS)[number];
/**
 * Per topic: its share of reports in a wholly rural and in a wholly urban district, the median days to resolution,
 * and the share solved by citizens themselves.
 */
const TOPIC_MODEL: Record<Topic, { rural: number; urban: number; days: number; citizens: number }> = {
  utilities: { rural: 0.22, urban: 0.26, days: 18, citizens: 0.05 },
  roads: { rural: 0.3, urban: 0.18, days: 40, citizens: 0.06 },
  transport: { rural: 0.05, urban: 0.13, days: 25, citizens: 0.03 },
  lighting: { rural: 0.12, urban: 0.12, days: 9, citizens: 0.15 },
  waste: { rural: 0.13, urban: 0.14, days: 6, citizens: 0.3 },
  housing: { rural: 0.08, urban: 0.1, days: 55, citizens: 0.1 },
  other: { rural: 0.1, urban: 0.07, days: 20, citizens: 0.2 },
};
/** Reports never resolved (lost, disputed): they stay in work, censored at the end date. */
const STUCK = 0.05;
/** Reports in the demo (a benchmark may draw more with the same model). */
export const REPORTS = 12_000;

/** Days to resolution (null: never), right-skewed: lognormal around the topic's median, times the region's pace. */
function daysToResolve(rng: Rng, topic: Topic, pace: number): number | null {
  if (rng.chance(STUCK)) return null;
  return Math.max(1, Math.round(lognormal(rng, TOPIC_MODEL[topic].days * pace, 0.85)));
}

/** One report's status on the end date: done with its date and who solved it, or still in work. */
function outcome(rng: Rng, filed: string, topic: Topic, pace: number) {
  const days = daysToResolve(rng, topic, pace);
  const citizens = rng.chance(TOPIC_MODEL[topic].citizens);
  const done = days !== null && addDays(filed, days) <= END_DATE;
  return {
    status: done ? 'done' : 'in_work',
    date_done: done ? addDays(filed, days) : null,
    solved_by: done ? (citizens ? 'citizens' : 'state_body') : null,
  };
}

/**
 * Civic control (synthetic): about 12,000 citizens' reports filed 2022–2025, more where the district's population
 * and participation are larger, seasonal, each near a settlement of its district; a report not resolved by the end
 * date is still in work (its resolution time is censored there).
 */
export function drawReports(rng: Rng, places: Place[], count = REPORTS) {
  const weights = places.map((p) => p.population * Math.exp(0.4 * p.part));
  const pace = new Map([...new Set(places.map((p) => p.region))].map((r) => [r, Math.exp(rng.normal(0, 0.25))]));
  const rows = Array.from({ length: count }, () => {
    const place = rng.weighted(places, weights);
    const filed = dayIn(rng, rng.weighted(REPORT_YEARS, YEAR_WEIGHT), MONTH_WEIGHT);
    const settlement = rng.pick(place.settlements);
    const [lon, lat] = pointIn(rng, place.shape, settlement.at, place.city ? 0.4 : 0.1);
    const topic = rng.weighted(
      TOPICS,
      TOPICS.map((t) => TOPIC_MODEL[t].rural * (1 - place.urban) + TOPIC_MODEL[t].urban * place.urban),
    );
    return {
      region: place.region,
      district: place.district,
      settlement: settlement.name,
      lon,
      lat,
      topic,
      date_filed: filed,
      ...outcome(rng, filed, topic, pace.get(place.region)!),
      comments: Math.floor(lognormal(rng, 1.5, 1)),
    };
  });
  return numbered(rows, 'date_filed', 'CC', 6);
}
