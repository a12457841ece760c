import type { StudyDataset } from '../../src/data/study';
import { END_DATE } from './atameken';
import { REPORT_YEARS } from './atameken-civic-control';
import { GH_YEARS } from './atameken-generous-heart';
import { INITIATIVE_YEARS } from './atameken-initiatives';

const CODING = "Today's 20 units (ISO 3166-2:KZ numeric) and districts (KATO, 224 units of Jan 2024).";
const NO_DESIGN = { ids: null, strata: null, weights: null, fpc: null };
const POINTS = [
  'Synthetic: every point is drawn inside its district’s boundary (reference boundaries), near an invented',
  'settlement; no point is a real address.',
].join(' ');

/** The Atameken sub-programme's three projects (spec section 10) as registry datasets of the demo study. */
export function atamekenDatasets(): StudyDataset[] {
  return [
    {
      id: 'initiatives',
      kind: 'registry',
      title: {
        ru: 'Карта гражданских инициатив (синтетическая)',
        kk: 'Азаматтық бастамалар картасы (синтетикалық)',
        en: 'Map of civic initiatives (synthetic)',
      },
      file: 'initiatives.csv',
      codebook: 'initiatives-codebook.json',
      design: NO_DESIGN,
      waves: INITIATIVE_YEARS,
      region_coding: CODING,
      frame: {
        note: [
          'Synthetic, for the demo only: about 3,000 initiatives proposed 2020–2025, more where a district is',
          'more populous and its participation effect (district-truth.json) higher. The wave is the year',
          'proposed; the stage is as of the end date.',
        ].join(' '),
        end_date: END_DATE,
        points: POINTS,
      },
    },
    {
      id: 'civic_control',
      kind: 'registry',
      title: {
        ru: 'Гражданский контроль: обращения граждан (синтетические)',
        kk: 'Азаматтық бақылау: азаматтардың өтініштері (синтетикалық)',
        en: "Civic control: citizens' reports (synthetic)",
      },
      file: 'civic-control.csv',
      codebook: 'civic-control-codebook.json',
      design: NO_DESIGN,
      waves: REPORT_YEARS,
      region_coding: CODING,
      frame: {
        note: [
          'Synthetic, for the demo only: about 12,000 reports filed 2022–2025, more in spring and autumn; days',
          'to resolution lognormal around a median per topic (waste 6 … housing 55) times a regional pace, 5%',
          'never resolved. The wave is the year filed.',
        ].join(' '),
        end_date: END_DATE,
        censoring: [
          `Reports still in work on ${END_DATE} (the latest date in the file) are censored there in the`,
          'resolution-time estimate (Kaplan–Meier), not dropped.',
        ].join(' '),
        points: POINTS,
      },
    },
    {
      id: 'generous_heart',
      kind: 'registry',
      title: {
        ru: 'Жомарт жүрек: номинации (синтетические)',
        kk: 'Жомарт жүрек: номинациялар (синтетикалық)',
        en: 'Generous heart: nominations (synthetic)',
      },
      file: 'generous-heart.csv',
      codebook: 'generous-heart-codebook.json',
      design: NO_DESIGN,
      waves: GH_YEARS,
      region_coding: CODING,
      frame: {
        note: [
          'Synthetic, for the demo only: districts and cities award the four nominations yearly, regions',
          'yearly, quarterly and (volunteers) monthly. Nominees are pseudonyms (V-, P-, I- numbers), never',
          'names. The wave is the period’s year.',
        ].join(' '),
      },
    },
    {
      id: 'generous_heart_participants',
      kind: 'registry',
      title: {
        ru: 'Жомарт жүрек: участники по районам и годам (синтетические)',
        kk: 'Жомарт жүрек: аудандар мен жылдар бойынша қатысушылар (синтетикалық)',
        en: 'Generous heart: participants by district and year (synthetic)',
      },
      file: 'generous-heart-participants.csv',
      codebook: 'generous-heart-participants-codebook.json',
      design: NO_DESIGN,
      waves: GH_YEARS,
      region_coding: CODING,
      frame: { note: 'Synthetic, for the demo only: volunteers about 0.8 per 1,000 residents, growing year on year.' },
    },
  ];
}
