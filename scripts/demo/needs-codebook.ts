import type { Localized } from '../../src/core/lang';
import { type Values, type Variable, YESNO, l } from './codebook';

const HAS: Values = { 0: l('Нет', 'Жоқ', 'No'), 1: l('Имеется', 'Бар', 'Yes, has it') };
const MENTIONED: Values = {
  0: l('Не отмечено', 'Белгіленбеді', 'Not ticked'),
  1: l('Отмечено', 'Белгіленді', 'Ticked'),
};
const SCORE5: Values = {
  1: l('Очень низко', 'Өте төмен', 'Very low'),
  5: l('Очень высоко', 'Өте жоғары', 'Very high'),
};

/** A variable; one that belongs to a set (`group`) has an option text, by default its own label. */
const v = (name: string, label: Localized, values: Values, extra: Partial<Variable> = {}): Variable => ({
  name,
  label,
  level: 'nominal',
  values,
  ...extra,
  ...(extra.group ? { option: extra.option ?? label } : {}),
});

const SOURCES: Record<string, Localized> = {
  fs_state_order: l('Государственный социальный заказ', 'Мемлекеттік әлеуметтік тапсырыс', 'State social order'),
  fs_grants_national: l('Государственные гранты', 'Мемлекеттік гранттар', 'State grants'),
  fs_grants_international: l('Международные гранты', 'Халықаралық гранттар', 'International grants'),
  fs_paid_services: l('Платные услуги', 'Ақылы қызметтер', 'Paid services'),
  fs_founders: l('Средства учредителей', 'Құрылтайшылардың қаражаты', 'Founders'),
  fs_crowdfunding: l('Краудфандинг', 'Краудфандинг', 'Crowdfunding'),
  fs_prizes: l('Премии', 'Сыйлықақылар', 'Prizes'),
};
const DOCS: Record<string, Localized> = {
  doc_job_descriptions: l('Должностные инструкции', 'Лауазымдық нұсқаулықтар', 'Job descriptions'),
  doc_accounting_policy: l('Учётная политика', 'Есеп саясаты', 'Accounting policy'),
  doc_centre_regulations: l('Положение о ГЦ', 'АО туралы ереже', 'Regulations on the centre'),
  doc_procurement_rules: l(
    'Положение о порядке приобретения товаров, работ и услуг',
    'Тауарларды, жұмыстарды және қызметтерді сатып алу тәртібі туралы ереже',
    'Procurement rules',
  ),
};
const COMPETENCES: Record<string, [Localized, string]> = {
  comp_management: [l('Менеджмент', 'Менеджмент', 'Management'), 'manager'],
  comp_service_quality: [l('Качество услуг', 'Қызмет сапасы', 'Service quality'), 'manager'],
  comp_budgeting: [l('Построение бюджетного плана', 'Бюджет жоспарын құру', 'Budgeting'), 'manager'],
  comp_ngo_evaluation: [l('Оценка и аудит НКО', 'КЕҰ бағалау және аудиті', 'Evaluation and audit of NGOs'), 'manager'],
  comp_business_tools: [
    l('Бизнес-инструменты для НКО', 'КЕҰ үшін бизнес-құралдар', 'Business tools for NGOs'),
    'manager',
  ],
  comp_social_media: [
    l('Продвижение в соцсетях и СМИ', 'Әлеуметтік желілер мен БАҚ-та ілгерілету', 'Social media and press promotion'),
    'staff',
  ],
  comp_fundraising: [l('Привлечение финансирования', 'Қаржы тарту', 'Fundraising'), 'staff'],
  comp_product_development: [
    l(
      'Разработка и тестирование продукта или услуги',
      'Өнімді немесе қызметті әзірлеу және сынау',
      'Product or service development',
    ),
    'staff',
  ],
};

/** The codebook of the needs assessment of civil centres (2019 and 2024 waves, same questionnaire). */
export const NEEDS_CODEBOOK: Variable[] = [
  { name: 'id', label: l('Идентификатор центра', 'Орталық идентификаторы', 'Centre id'), level: 'id', role: 'id' },
  { name: 'wave', label: l('Волна опроса', 'Сауалнама толқыны', 'Survey wave'), level: 'ordinal', role: 'wave' },
  {
    name: 'region',
    label: l(
      'Регион (единицы на момент опроса)',
      'Өңір (сауалнама кезіндегі бірліктер)',
      'Region (units at fieldwork)',
    ),
    level: 'nominal',
    role: 'region',
  },
  v(
    'org_years',
    l(
      'Опыт работы вашей организации в качестве ГЦ',
      'Ұйымыңыздың АО ретіндегі жұмыс тәжірибесі',
      'Years your organisation has worked as a civil centre',
    ),
    {
      1: l('Только создана', 'Жаңа құрылған', 'Newly created'),
      2: l('От 3 до 5 лет', '3 жылдан 5 жылға дейін', '3–5 years'),
      3: l('От 5 до 10 лет', '5 жылдан 10 жылға дейін', '5–10 years'),
      4: l('Свыше 10 лет', '10 жылдан астам', 'Over 10 years'),
    },
    { level: 'ordinal' },
  ),
  v(
    'funding_band',
    l(
      'Ежегодный объём финансирования (в среднем), включая ГСЗ, гранты, платные услуги и международных доноров',
      'Жылдық қаржыландыру көлемі (орташа)',
      'Annual funding (average), all sources, tenge',
    ),
    {
      1: l('До 500 000 тенге', '500 000 теңгеге дейін', 'Up to 500,000'),
      2: l('От 500 001 до 1 000 000 тенге', '500 001 – 1 000 000 теңге', '500,001–1,000,000'),
      3: l('От 1 000 001 до 5 000 000 тенге', '1 000 001 – 5 000 000 теңге', '1,000,001–5,000,000'),
      4: l('От 5 000 001 до 10 000 000 тенге', '5 000 001 – 10 000 000 теңге', '5,000,001–10,000,000'),
      5: l('От 10 000 001 до 15 000 000 тенге', '10 000 001 – 15 000 000 теңге', '10,000,001–15,000,000'),
      6: l('От 15 000 001 до 20 000 000 тенге', '15 000 001 – 20 000 000 теңге', '15,000,001–20,000,000'),
      7: l('От 20 000 001 до 25 000 000 тенге', '20 000 001 – 25 000 000 теңге', '20,000,001–25,000,000'),
      8: l('От 25 000 001 до 30 000 000 тенге', '25 000 001 – 30 000 000 теңге', '25,000,001–30,000,000'),
      9: l('Нет финансирования', 'Қаржыландыру жоқ', 'No funding'),
    },
    { level: 'ordinal' },
  ),
  ...Object.entries(SOURCES).map(([name, label]) =>
    v(
      name,
      l(`Источники финансирования: ${label.ru}`, `Қаржыландыру көздері: ${label.kk}`, `Funding sources: ${label.en}`),
      MENTIONED,
      { group: 'funding_sources', option: label },
    ),
  ),
  v(
    'funding_term',
    l('Срок финансирования (самый длинный)', 'Қаржыландыру мерзімі (ең ұзақ)', 'Funding term (longest)'),
    {
      1: l('До 1 года', '1 жылға дейін', 'Up to 1 year'),
      2: l('От 1 до 2 лет', '1 жылдан 2 жылға дейін', '1–2 years'),
      3: l('От 2 до 3 лет', '2 жылдан 3 жылға дейін', '2–3 years'),
      4: l('Более 3 лет', '3 жылдан астам', 'Over 3 years'),
    },
    { level: 'ordinal' },
  ),
  v(
    'own_materials',
    l(
      'Собственные методические разработки, брошюры',
      'Өз әдістемелік әзірлемелері, брошюралар',
      'Own methodological materials, brochures',
    ),
    HAS,
    { group: 'resources' },
  ),
  v(
    'multi_projects',
    l(
      'Опыт одновременного управления тремя и более проектами',
      'Үш және одан көп жобаны қатар басқару тәжірибесі',
      'Experience running three or more projects at once',
    ),
    YESNO,
    { group: 'resources' },
  ),
  v('own_office', l('Собственный офис', 'Өз кеңсесі', 'Own office'), HAS, { group: 'resources' }),
  v('portfolio', l('Портфолио организации', 'Ұйымның портфолиосы', 'Organisation portfolio'), HAS, {
    group: 'resources',
  }),
  ...Object.entries(DOCS).map(([name, label]) =>
    v(
      name,
      l(`Что имеется в организации: ${label.ru}`, `Ұйымда не бар: ${label.kk}`, `Documents in place: ${label.en}`),
      HAS,
      { group: 'documents', option: label },
    ),
  ),
  ...Object.entries(COMPETENCES).map(([name, [label, who]]) => ({
    name,
    level: 'ordinal' as const,
    values: SCORE5,
    group: `competence_${who}`,
    option: label,
    label: l(
      `Самооценка компетенции (1–5): ${label.ru}`,
      `Құзыреттің өзіндік бағасы (1–5): ${label.kk}`,
      `Self-assessed competence (1–5): ${label.en}`,
    ),
  })),
];
