import type { Localized } from '../core/lang';
import { l } from './catalogue/types';
import type { ExecutorId } from './measure-executors';

export { EXECUTORS, type Executor, type ExecutorId } from './measure-executors';

/**
 * The strategy's term: the years its dated measures run (2020–2025 in §4; the financing stages of §5 run
 * 2020–2021 to 2024–2025). Measures timed "yearly" or "every two years" are planned within it.
 */
export const TERM = { first: 2020, last: 2025 } as const;

/** How often a measure is planned: every year, every second year, or throughout a dated span ("2020–2025 годы"). */
export type Periodicity = 'yearly' | 'biennial' | 'span';

/** One of the strategy's measures (§4): its number, title, timing, executors and the indicators it should move. */
export interface Measure {
  number: number;
  /** The title as §4 words it (ru), with Kazakh and English translations. */
  title: Localized;
  /** A few words for the timeline's rows. */
  short: Localized;
  periodicity: Periodicity;
  /** "Не реже…": at least once a year (or every two years); more often counts as done too. */
  atLeast?: boolean;
  /** The first and last year it is planned in (the strategy's term when §4 gives none). */
  years: { first: number; last: number };
  executors: ExecutorId[];
  /**
   * Catalogue entries the measure is meant to move [choice]: the strategy names no indicator per measure, so these
   * are the workbench's reading of which of its indicators each measure works on.
   */
  indicators: string[];
}

type Timing = Pick<Measure, 'periodicity' | 'atLeast' | 'years'>;
const YEARLY: Timing = { periodicity: 'yearly', years: TERM };
const BIENNIAL: Timing = { periodicity: 'biennial', years: TERM };
const span = (first: number, last: number): Timing => ({ periodicity: 'span', years: { first, last } });

/** The 16 measures of §4, in the strategy's order (titles, timing and executors from the Russian original). */
export const MEASURES: Measure[] = [
  {
    number: 1,
    title: l(
      'Организация института наставничества по принципу РГРЦ – областные ГРЦ – районные и сельские ГРЦ',
      'РАРО – облыстық АРО – аудандық және ауылдық АРО қағидаты бойынша тәлімгерлік институтын ұйымдастыру',
      'Organising mentoring on the principle republican centre – regional centres – district and rural centres',
    ),
    short: l('Институт наставничества', 'Тәлімгерлік институты', 'Mentoring'),
    ...span(2020, 2025),
    executors: ['misd', 'ngo'],
    indicators: ['kpi_overall_high_pct', 'manager_qualified_pct', 'centres_count'],
  },
  {
    number: 2,
    title: l(
      'Обеспечение мероприятий, направленных на повышение потенциала специалистов, вовлеченных в деятельность ГРЦ (study-туры, мастер-классы, лаборатории и т.д.)',
      'АРО қызметіне тартылған мамандардың әлеуетін арттыруға бағытталған іс-шараларды қамтамасыз ету (study-турлар, шеберлік сыныптары, зертханалар және т.б.)',
      'Events to build the capacity of specialists working in the centres (study tours, master classes, laboratories, etc.)',
    ),
    short: l('Потенциал специалистов ГРЦ', 'АРО мамандарының әлеуеті', 'Capacity of centre staff'),
    ...YEARLY,
    executors: ['misd', 'ngo', 'ingo'],
    indicators: ['kpi_staff_training', 'sq_knowledge_gain', 'sq_training_satisfaction', 'sq_trainer_competence'],
  },
  {
    number: 3,
    title: l(
      'Проведение совместных обучающих и консультационных программ, в том числе стажировок казахстанских НПО на базе международных и иностранных организаций',
      'Бірлескен оқыту және консультациялық бағдарламаларды, оның ішінде қазақстандық ҮЕҰ-ның халықаралық және шетелдік ұйымдар базасындағы тағылымдамаларын өткізу',
      'Joint training and consulting programmes, including internships of Kazakh NGOs at international and foreign organisations',
    ),
    short: l(
      'Совместные программы, стажировки',
      'Бірлескен бағдарламалар, тағылымдамалар',
      'Joint programmes, internships',
    ),
    ...YEARLY,
    atLeast: true,
    executors: ['misd', 'mfa', 'ingo', 'ngo'],
    indicators: ['international_projects', 'sq_training_fit'],
  },
  {
    number: 4,
    title: l(
      'Развитие институтов общественного мониторинга, подготовка квалифицированных экспертов в области мониторинга и оценки из числа НПО, гражданских активистов',
      'Қоғамдық мониторинг институттарын дамыту, ҮЕҰ мен азаматтық белсенділер қатарынан мониторинг және бағалау саласындағы білікті сарапшыларды даярлау',
      'Developing public monitoring and training qualified monitoring and evaluation experts from NGOs and civic activists',
    ),
    short: l('Общественный мониторинг', 'Қоғамдық мониторинг', 'Public monitoring'),
    ...span(2020, 2025),
    executors: ['centres', 'misd', 'ingo'],
    indicators: ['state_changes_after_evaluation', 'projects_ngo_expertise_pct'],
  },
  {
    number: 5,
    title: l(
      'Проведение мероприятий, направленных на оценку уровня развития гражданского общества',
      'Азаматтық қоғамның даму деңгейін бағалауға бағытталған іс-шараларды өткізу',
      'Assessing the level of development of civil society',
    ),
    short: l('Оценка развития гражданского общества', 'Азаматтық қоғамның дамуын бағалау', 'Civil society assessment'),
    ...YEARLY,
    executors: ['misd', 'centres', 'ngo'],
    indicators: ['csdi', 'trust_civil_society', 'ngo_active_per_10k'],
  },
  {
    number: 6,
    title: l(
      'Проведение общественной кампании «Социально-экономический портрет гражданского сектора Казахстана» с разъяснением населению направлений деятельности, возможностей и иных аспектов работы ГРЦ, НПО',
      '«Қазақстанның азаматтық секторының әлеуметтік-экономикалық портреті» қоғамдық науқанын өткізу, халыққа АРО мен ҮЕҰ қызметінің бағыттарын, мүмкіндіктерін және өзге де қырларын түсіндіру',
      'Public campaign “Socio-economic portrait of Kazakhstan’s civic sector”, explaining to the population what centres and NGOs do and offer',
    ),
    short: l(
      'Кампания «Портрет гражданского сектора»',
      '«Азаматтық сектор портреті» науқаны',
      '“Civic sector portrait” campaign',
    ),
    ...span(2020, 2023),
    executors: ['misd', 'ngo', 'ingo', 'centres'],
    indicators: ['aware_ngo_pct', 'aware_centre', 'trust_ngo'],
  },
  {
    number: 7,
    title: l(
      'Проведение мероприятий по вовлечению НПО в программы развития регионов на этапах разработки, реализации, мониторинга и оценки',
      'ҮЕҰ-ды өңірлерді дамыту бағдарламаларына әзірлеу, іске асыру, мониторинг және бағалау кезеңдерінде тарту жөніндегі іс-шараларды өткізу',
      'Involving NGOs in regional development programmes at the stages of design, implementation, monitoring and evaluation',
    ),
    short: l('НПО в программах развития регионов', 'Өңірлік бағдарламалардағы ҮЕҰ', 'NGOs in regional programmes'),
    ...YEARLY,
    executors: ['akims'],
    indicators: ['proposals_made', 'proposals_adopted', 'projects_ngo_expertise_pct'],
  },
  {
    number: 8,
    title: l(
      'Регулярное проведение стратегических сессий по согласованию интересов в различных сферах развития страны, определению приоритетных направлений работы',
      'Елді дамытудың түрлі салаларындағы мүдделерді келісу, жұмыстың басым бағыттарын айқындау бойынша стратегиялық сессияларды тұрақты өткізу',
      'Regular strategy sessions to align interests across areas of the country’s development and set priorities',
    ),
    short: l('Стратегические сессии', 'Стратегиялық сессиялар', 'Strategy sessions'),
    ...YEARLY,
    executors: ['misd', 'mfa', 'mne', 'mlsp', 'mcs', 'ingo', 'ngo', 'centres'],
    indicators: ['partnership_projects', 'proposals_adopted'],
  },
  {
    number: 9,
    title: l(
      'Систематический сбор, описание и распространение лучших практик / моделей реализации участия граждан в развитии территорий',
      'Азаматтардың аумақтарды дамытуға қатысуының үздік тәжірибелерін / үлгілерін жүйелі түрде жинау, сипаттау және тарату',
      'Systematic collection, description and sharing of best practices and models of citizen participation in local development',
    ),
    short: l(
      'Лучшие практики участия граждан',
      'Азаматтар қатысуының үздік тәжірибелері',
      'Best practices of participation',
    ),
    ...BIENNIAL,
    executors: ['misd', 'centres'],
    indicators: ['involved_decisions_pct', 'self_organisation_forms'],
  },
  {
    number: 10,
    title: l(
      'Регулярное проведение совместно с НПО обучающих курсов, школ по обучению гражданских активистов, лидеров общественного мнения в селах и городах технологиям мобилизации населения, управления гражданскими инициативами',
      'ҮЕҰ-мен бірлесіп ауылдар мен қалалардағы азаматтық белсенділерді, қоғамдық пікір көшбасшыларын халықты жұмылдыру, азаматтық бастамаларды басқару технологияларына оқытатын курстар мен мектептерді тұрақты өткізу',
      'Regular courses and schools, run with NGOs, teaching civic activists and opinion leaders in villages and towns to mobilise people and manage civic initiatives',
    ),
    short: l('Школы гражданских активистов', 'Азаматтық белсенділер мектептері', 'Schools for civic activists'),
    ...YEARLY,
    executors: ['misd', 'mes', 'leb_regions', 'centres'],
    indicators: ['sq_knowledge_gain', 'sq_practical_use', 'involved_decisions_pct', 'community_initiatives'],
  },
  {
    number: 11,
    title: l(
      'Обеспечение работы сети ГРЦ по зонтичному принципу (Республиканский – областные – сельские) на всех территориальных уровнях',
      'АРО желісінің барлық аумақтық деңгейде қолшатыр қағидаты бойынша (республикалық – облыстық – ауылдық) жұмысын қамтамасыз ету',
      'Running the network of centres on the umbrella principle (republican – regional – rural) at every territorial level',
    ),
    short: l('Зонтичная сеть ГРЦ', 'АРО қолшатыр желісі', 'Umbrella network of centres'),
    ...YEARLY,
    executors: ['misd', 'leb', 'centres'],
    indicators: [
      'centres_count',
      'centres_per_100k',
      'districts_with_centre_pct',
      'population_covered_districts_pct',
      'used_centre_services',
    ],
  },
  {
    number: 12,
    title: l(
      'Проведение международных конференций по обмену опытом с участием представителей НПО, органов власти и иных заинтересованных сторон различных стран (на основе принципа консолидированного бюджета)',
      'Түрлі елдердің ҮЕҰ, билік органдары өкілдері мен өзге де мүдделі тараптардың қатысуымен тәжірибе алмасу жөніндегі халықаралық конференцияларды өткізу (шоғырландырылған бюджет қағидаты негізінде)',
      'International conferences to share experience, with NGOs, public authorities and other stakeholders from various countries (on a consolidated budget)',
    ),
    short: l('Международные конференции', 'Халықаралық конференциялар', 'International conferences'),
    ...BIENNIAL,
    atLeast: true,
    executors: ['misd', 'mfa', 'ingo', 'ngo', 'centres'],
    indicators: ['international_projects', 'partnership_projects'],
  },
  {
    number: 13,
    title: l(
      'Разработка, обсуждение и внедрение системы верификации НПО',
      'ҮЕҰ верификациясы жүйесін әзірлеу, талқылау және енгізу',
      'Designing, discussing and introducing a verification system for NGOs',
    ),
    short: l('Верификация НПО', 'ҮЕҰ верификациясы', 'NGO verification'),
    ...span(2020, 2023),
    executors: ['misd', 'moj', 'mne', 'ngo'],
    indicators: ['ngo_active_pct', 'trust_ngo'],
  },
  {
    number: 14,
    title: l(
      'Пропагандистская и разъяснительная работа по формированию образа современного казахстанца на основе ценностей Рухани Жаңғыру',
      'Рухани жаңғыру құндылықтары негізінде қазіргі қазақстандықтың бейнесін қалыптастыру жөніндегі насихаттау және түсіндіру жұмысы',
      'Outreach to shape the image of a modern Kazakhstani on the values of Rukhani Zhangyru',
    ),
    short: l('Ценности Рухани Жаңғыру', 'Рухани жаңғыру құндылықтары', 'Rukhani Zhangyru values'),
    ...span(2020, 2025),
    executors: ['government', 'leb', 'ngo'],
    indicators: ['sci_identity', 'lifelong_learning_pct', 'digital_skills_pct'],
  },
  {
    number: 15,
    title: l(
      'Обеспечение всесторонней поддержки деятельности проектных офисов «Рухани Жаңғыру»',
      '«Рухани жаңғыру» жобалық кеңселерінің қызметіне жан-жақты қолдау көрсету',
      'Comprehensive support for the Rukhani Zhangyru project offices',
    ),
    short: l('Проектные офисы «Рухани Жаңғыру»', '«Рухани жаңғыру» жобалық кеңселері', 'Rukhani Zhangyru offices'),
    ...span(2020, 2025),
    executors: ['misd', 'centres'],
    indicators: ['sci_identity', 'community_initiatives'],
  },
  {
    number: 16,
    title: l(
      'Проведение мероприятий направленных на оценку уровня социального капитала граждан Казахстана',
      'Қазақстан азаматтарының әлеуметтік капиталының деңгейін бағалауға бағытталған іс-шараларды өткізу',
      'Assessing the level of social capital of Kazakhstan’s citizens',
    ),
    short: l('Оценка социального капитала', 'Әлеуметтік капиталды бағалау', 'Social capital assessment'),
    ...BIENNIAL,
    executors: ['misd', 'centres', 'ngo'],
    indicators: ['sci', 'sci_trust', 'sci_tolerance', 'sci_participation', 'sci_identity', 'trust_generalised'],
  },
];

/** The measure with this number. */
export function measureByNumber(n: number): Measure | undefined {
  return MEASURES.find((m) => m.number === n);
}
