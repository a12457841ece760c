import { ATAMEKEN_ENTRIES } from './atameken';
import { CENTRE_ENTRIES } from './centres';
import { NGO_ENTRIES } from './ngo';
import { POPULATION_ENTRIES } from './population';
import { SERVICE_ENTRIES } from './services';
import { type Entry, l } from './types';
import { UNAVAILABLE_ENTRIES } from './unavailable';

/** Civil society development index (task I3) [choice]: min–max on fixed bounds, equal weights (editable). */
export const CSDI: Entry = {
  id: 'csdi',
  task: 'I3',
  unit: 'index_0_100',
  direction: 'higher',
  source: 'population_survey',
  dataset: null,
  columns: [],
  name: l(
    'Индекс развития гражданского общества',
    'Азаматтық қоғамның даму индексі',
    'Civil society development index',
  ),
  definition: l(
    'Взвешенное среднее пяти показателей, каждый приведён к 0–100 по фиксированным границам: социальный капитал, доверие к НПО, участие в решениях, охват услугами ГРЦ (0–100), действующие НПО на 10 000 жителей (0–20).',
    'Бес көрсеткіштің салмақты орташасы, әрқайсысы тұрақты шекаралар бойынша 0–100-ге келтірілген: әлеуметтік капитал, ҮЕҰ-ға сенім, шешімдерге қатысу, АРО қызметтерімен қамту (0–100), 10 000 тұрғынға жұмыс істейтін ҮЕҰ (0–20).',
    'Weighted mean of five indicators, each rescaled to 0–100 on fixed bounds: social capital, trust in NGOs, involvement in decisions, coverage by centre services (0–100), active NGOs per 10,000 residents (0–20).',
  ),
  formula: {
    kind: 'composite',
    of: [
      { id: 'sci', weight: 1, min: 0, max: 100 },
      { id: 'trust_ngo', weight: 1, min: 0, max: 100 },
      { id: 'involved_decisions_pct', weight: 1, min: 0, max: 100 },
      { id: 'used_centre_services', weight: 1, min: 0, max: 100 },
      { id: 'ngo_active_per_10k', weight: 1, min: 0, max: 20 },
    ],
  },
  breakdowns: ['region', 'wave'],
  smallBase: { rule: 'composite' },
};

/**
 * Every indicator of the strategy (spec sections 2–7) in the order of the strategy table, then the Atameken projects'
 * (section 10).
 */
export const CATALOGUE: Entry[] = [
  ...POPULATION_ENTRIES,
  ...CENTRE_ENTRIES,
  ...SERVICE_ENTRIES,
  ...NGO_ENTRIES,
  ...ATAMEKEN_ENTRIES,
  CSDI,
  ...UNAVAILABLE_ENTRIES,
];

/** The headline indicators: drawn first on the region comparison page and computed first at start-up. */
export const HEADLINE: Entry[] = CATALOGUE.filter((e) => e.headline);

/** The entry with this id. */
export function entryById(id: string, entries: Entry[] = CATALOGUE): Entry | undefined {
  return entries.find((e) => e.id === id);
}
