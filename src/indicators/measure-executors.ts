import type { Localized } from '../core/lang';
import { l } from './catalogue/types';

/** Who carries out a measure: the abbreviation of §4 and the body's full name. */
export interface Executor {
  short: Localized;
  full: Localized;
}

const ex = (short: Localized, full: Localized): Executor => ({ short, full });

/** The executors named in §4 (abbreviations as in the strategy's list of abbreviations). */
export const EXECUTORS = {
  misd: ex(
    l('МИОР', 'АҚДМ', 'MISD'),
    l(
      'Министерство информации и общественного развития РК',
      'ҚР Ақпарат және қоғамдық даму министрлігі',
      'Ministry of Information and Social Development',
    ),
  ),
  mfa: ex(
    l('МИД', 'СІМ', 'MFA'),
    l('Министерство иностранных дел РК', 'ҚР Сыртқы істер министрлігі', 'Ministry of Foreign Affairs'),
  ),
  mne: ex(
    l('МНЭ', 'ҰЭМ', 'MNE'),
    l('Министерство национальной экономики РК', 'ҚР Ұлттық экономика министрлігі', 'Ministry of National Economy'),
  ),
  // Measure 8 writes "МТЗСН"; the list of abbreviations spells it МТСЗН.
  mlsp: ex(
    l('МТСЗН', 'ЕХӘҚМ', 'MLSPP'),
    l(
      'Министерство труда и социальной защиты населения РК',
      'ҚР Еңбек және халықты әлеуметтік қорғау министрлігі',
      'Ministry of Labour and Social Protection of the Population',
    ),
  ),
  mcs: ex(
    l('МКС', 'МСМ', 'MCS'),
    l('Министерство культуры и спорта РК', 'ҚР Мәдениет және спорт министрлігі', 'Ministry of Culture and Sports'),
  ),
  moj: ex(l('МЮ', 'ӘМ', 'MoJ'), l('Министерство юстиции РК', 'ҚР Әділет министрлігі', 'Ministry of Justice')),
  mes: ex(
    l('МОН', 'БҒМ', 'MES'),
    l('Министерство образования и науки РК', 'ҚР Білім және ғылым министрлігі', 'Ministry of Education and Science'),
  ),
  leb: ex(
    l('МИО', 'ЖАО', 'LEBs'),
    l('Местные исполнительные органы', 'Жергілікті атқарушы органдар', 'Local executive bodies'),
  ),
  leb_regions: ex(
    l(
      'МИО областей, г. Нұр-Сұлтан, Алматы и Шымкент',
      'Облыстар, Нұр-Сұлтан, Алматы және Шымкент ЖАО',
      'LEBs of regions and cities',
    ),
    l(
      'Местные исполнительные органы областей, городов Нұр-Сұлтан, Алматы и Шымкент',
      'Облыстардың, Нұр-Сұлтан, Алматы және Шымкент қалаларының жергілікті атқарушы органдары',
      'Local executive bodies of the regions and of Nur-Sultan, Almaty and Shymkent',
    ),
  ),
  akims: ex(
    l(
      'Акимы областей, гг. Нұр-Сұлтан, Алматы и Шымкент',
      'Облыстар, Нұр-Сұлтан, Алматы және Шымкент әкімдері',
      'Akims of regions and cities',
    ),
    l(
      'Акимы областей, городов Нұр-Сұлтан, Алматы и Шымкент',
      'Облыстардың, Нұр-Сұлтан, Алматы және Шымкент қалаларының әкімдері',
      'Akims of the regions and of Nur-Sultan, Almaty and Shymkent',
    ),
  ),
  government: ex(
    l('Правительство РК', 'ҚР Үкіметі', 'Government'),
    l('Правительство РК', 'ҚР Үкіметі', 'Government of Kazakhstan'),
  ),
  centres: ex(
    l('ГРЦ', 'АРО', 'Centres'),
    l('Гражданские ресурсные центры', 'Азаматтық ресурстық орталықтар', 'Civil resource centres'),
  ),
  ngo: ex(
    l('НПО', 'ҮЕҰ', 'NGOs'),
    l('Неправительственные организации', 'Үкіметтік емес ұйымдар', 'Non-governmental organisations'),
  ),
  ingo: ex(
    l('МНПО', 'ХҮЕҰ', 'INGOs'),
    l(
      'Международные неправительственные организации',
      'Халықаралық үкіметтік емес ұйымдар',
      'International non-governmental organisations',
    ),
  ),
} as const satisfies Record<string, Executor>;

export type ExecutorId = keyof typeof EXECUTORS;
