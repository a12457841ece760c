import { type Variable, l } from './codebook';

/** Codebook of the synthetic district frame: one row per district, every figure invented for the demo. */
export const DISTRICT_FRAME_CODEBOOK: Variable[] = [
  { name: 'district', label: l('Район (КАТО)', 'Аудан (ӘАОЖ)', 'District (KATO)'), level: 'nominal', role: 'district' },
  { name: 'region', label: l('Регион', 'Өңір', 'Region'), level: 'nominal', role: 'region' },
  {
    name: 'population',
    label: l('Население (синтетическое)', 'Халық саны (синтетикалық)', 'Population (synthetic)'),
    level: 'scale',
  },
  {
    name: 'adults',
    label: l('Взрослые 18+ (синтетическое)', 'Ересектер 18+ (синтетикалық)', 'Adults 18+ (synthetic)'),
    level: 'scale',
  },
  {
    name: 'urban_share',
    label: l(
      'Доля городского населения, 0–1 (синтетическая)',
      'Қала халқының үлесі, 0–1 (синтетикалық)',
      'Urban share of the population, 0–1 (synthetic)',
    ),
    level: 'scale',
  },
  {
    name: 'ngo_count',
    label: l('Действующие НПО (синтетическое)', 'Әрекет ететін ҮЕҰ (синтетикалық)', 'Active NGOs (synthetic)'),
    level: 'scale',
  },
  {
    name: 'ngo_per_10k',
    label: l(
      'Действующие НПО на 10 000 жителей (синтетическое)',
      '10 000 тұрғынға шаққандағы әрекет ететін ҮЕҰ (синтетикалық)',
      'Active NGOs per 10,000 residents (synthetic)',
    ),
    level: 'scale',
  },
];
