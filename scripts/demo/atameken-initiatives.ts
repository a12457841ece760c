import { END_DATE, type Place, addDays, dayIn, lognormal, numbered } from './atameken';
import { pointIn } from './atameken-geo';
import type { Rng } from './rng';

export const INITIATIVE_YEARS = [2020, 2021, 2022, 2023, 2024, 2025];
const YEAR_WEIGHT = [0.5, 0.7, 0.9, 1, 1.2, 1.3];
export const THEMES = [
  'improvement',
  'environment',
  'social_support',
  'education_youth',
  'culture_sport',
  'health',
  'other',
] as const;
const THEME_WEIGHT = [0.28, 0.12, 0.18, 0.14, 0.12, 0.06, 0.1];
export const CARRIERS = ['ngo', 'initiative_group', 'citizens'] as const;
const CARRIER_WEIGHT = [0.35, 0.4, 0.25];
export const STAGES = ['citizens_initiative', 'in_progress', 'completed'] as const;
/** Per carrier: median volunteers, chance of any patron. */
const CARRIER_MODEL = {
  ngo: { volunteers: 9, patron: 0.45 },
  initiative_group: { volunteers: 6, patron: 0.3 },
  citizens: { volunteers: 3, patron: 0.15 },
};
const FLAT = Array(12).fill(1);
const INITIATIVES = 3000;

/** Stage on the data's end date: 15% never start; the rest start after ~2 months and take ~6 to complete. */
function stageOf(rng: Rng, proposed: string): (typeof STAGES)[number] {
  if (rng.chance(0.15)) return 'citizens_initiative';
  const started = addDays(proposed, Math.round(lognormal(rng, 60, 0.7)));
  if (started > END_DATE) return 'citizens_initiative';
  return addDays(started, Math.round(lognormal(rng, 180, 0.6))) > END_DATE ? 'in_progress' : 'completed';
}

/** The people side of an initiative: volunteers, their events, patrons, recipients and the public rating. */
function outcomes(rng: Rng, place: Place, carrier: (typeof CARRIERS)[number], theme: string, stage: string) {
  if (stage === 'citizens_initiative')
    return { patrons: 0, volunteers: 0, volunteer_events: 0, recipients: 0, rating: null };
  const m = CARRIER_MODEL[carrier];
  const volunteers = rng.chance(0.15) ? 0 : Math.max(1, Math.round(lognormal(rng, m.volunteers, 0.8)));
  const done = stage === 'completed' ? 1 : 0.4;
  const reach = theme === 'social_support' ? 200 : theme === 'improvement' ? 150 : 90;
  return {
    patrons: rng.chance(m.patron) ? 1 + Math.floor(-Math.log(1 - rng.uniform()) * 1.5) : 0,
    volunteers,
    volunteer_events: volunteers ? Math.max(1, Math.round(lognormal(rng, 2.5 * done, 0.7))) : 0,
    recipients: Math.round(lognormal(rng, reach * done, 0.9)),
    rating:
      stage === 'completed'
        ? Math.round(10 * Math.min(5, Math.max(1, rng.normal(4 + 0.4 * place.part, 0.55)))) / 10
        : null,
  };
}

/**
 * The map of civic initiatives (synthetic): about 3,000 initiatives proposed 2020–2025, more where the district's
 * population and participation are larger, each at a point inside its district with its stage on the end date.
 */
export function drawInitiatives(rng: Rng, places: Place[]) {
  const weights = places.map((p) => p.population * Math.exp(0.6 * p.part));
  const rows = Array.from({ length: INITIATIVES }, () => {
    const place = rng.weighted(places, weights);
    const proposed = dayIn(rng, rng.weighted(INITIATIVE_YEARS, YEAR_WEIGHT), FLAT);
    const settlement = rng.pick(place.settlements);
    const [lon, lat] = pointIn(rng, place.shape, settlement.at, place.city ? 0.4 : 0.15);
    const theme = rng.weighted(THEMES, THEME_WEIGHT);
    const carrier = rng.weighted(CARRIERS, CARRIER_WEIGHT);
    const stage = stageOf(rng, proposed);
    return {
      region: place.region,
      district: place.district,
      lon,
      lat,
      date_proposed: proposed,
      theme,
      stage,
      carrier,
      ...outcomes(rng, place, carrier, theme, stage),
    };
  });
  return numbered(rows, 'date_proposed', 'IN', 5);
}
