import type { Localized } from '../../core/lang';
import { type Breakdown, type Entry, type Formula, l } from './types';

const DIMS: Breakdown[] = ['region', 'wave', 'district', 'level', 'settlement'];
const registry = {
  source: 'registry',
  dataset: 'centres',
  breakdowns: DIMS,
  smallBase: { rule: 'census' },
  direction: 'higher',
} as const;
type Base = Pick<Entry, 'id' | 'task' | 'name' | 'definition' | 'columns'> &
  Partial<Pick<Entry, 'headline' | 'breakdowns' | 'direction'>>;
const entry = (e: Base, unit: Entry['unit'], formula: Formula): Entry => ({ ...registry, ...e, unit, formula });

/** KPI names (spec section 4), for the per-KPI mean score entries. */
const KPIS: Array<[string, Localized]> = [
  [
    'staff_capacity',
    l(
      'Соответствие специалистов объёму услуг',
      'Мамандардың қызмет көлеміне сәйкестігі',
      'Specialists match the service volume',
    ),
  ],
  ['staff_training', l('Частота обучения персонала', 'Қызметкерлерді оқыту жиілігі', 'Frequency of staff training')],
  ['staff_permanent', l('Постоянный штат', 'Тұрақты штат', 'Permanent staff')],
  [
    'funding_diversification',
    l(
      'Диверсификация источников финансирования',
      'Қаржыландыру көздерін әртараптандыру',
      'Diversification of funding sources',
    ),
  ],
  ['premises_equipment', l('Помещение и оснащение', 'Үй-жай және жабдық', 'Premises and equipment')],
  [
    'services_diversification',
    l('Объём и диверсификация услуг', 'Қызметтер көлемі мен әртүрлілігі', 'Volume and diversity of services'),
  ],
  [
    'external_influence',
    l(
      'Влияние на среду гражданского общества',
      'Азаматтық қоғам ортасына ықпал',
      'Influence on the civil-society environment',
    ),
  ],
];

const kpiEntries: Entry[] = KPIS.map(([kpi, name]) =>
  entry(
    {
      id: `kpi_${kpi}`,
      task: 'I1',
      columns: [`kpi_${kpi}`],
      name: l(`KPI: ${name.ru}`, `KPI: ${name.kk}`, `KPI: ${name.en}`),
      definition: l(
        'Средний балл центров по KPI (высокий = 3, средний = 2, низкий = 1) по редактируемой рубрике.',
        'Орталықтардың KPI бойынша орташа балы (жоғары = 3, орта = 2, төмен = 1), рубрика өңделеді.',
        'Mean score of the centres on this KPI (High = 3, Medium = 2, Low = 1) under the editable rubric.',
      ),
    },
    'score_1_3',
    { kind: 'row_mean', value: `kpi_${kpi}` },
  ),
);

const ROLES: Array<[string, Localized]> = [
  ['administrator', l('администратор', 'әкімші', 'administrator')],
  ['ngo_consultant', l('консультант по развитию НПО', 'ҮЕҰ дамыту жөніндегі кеңесші', 'NGO-development consultant')],
  ['accountant', l('бухгалтер', 'бухгалтер', 'accountant')],
  ['trainer', l('тренер', 'тренер', 'trainer')],
  ['analyst', l('специалист-аналитик', 'талдаушы маман', 'research-analytical specialist')],
  ['pr', l('PR-специалист', 'PR маманы', 'PR specialist')],
];

const roleEntries: Entry[] = ROLES.map(([role, name]) =>
  entry(
    {
      id: `staff_role_${role}_pct`,
      task: 'I1',
      columns: [`role_${role}`],
      name: l(`Центры, где есть ${name.ru}`, `${name.kk} бар орталықтар`, `Centres with a ${name.en}`),
      definition: l(
        `Доля центров, в штате которых есть ${name.ru} (кадровые рекомендации, раздел 6).`,
        `Штатында ${name.kk} бар орталықтардың үлесі (кадр ұсынымдары, 6-бөлім).`,
        `Share of centres whose staff includes a ${name.en} (staffing recommendations, section 6).`,
      ),
    },
    'percent',
    { kind: 'row_share', yes: `role_${role} = 1`, valid: `role_${role} IN (0, 1)` },
  ),
);

const PREMISES_OK = `area_m2 >= CASE WHEN level IN ('republican', 'regional') THEN 100 ELSE 30 END
  AND equip_office_internet = 1 AND equip_photo_video = 1 AND equip_projector = 1`;

/** Indicators of the network and of each centre, from the registry of centres (spec sections 1, 4–7). */
export const CENTRE_ENTRIES: Entry[] = [
  entry(
    {
      id: 'centres_per_100k',
      task: 'S1',
      headline: true,
      columns: ['centre_id'],
      breakdowns: ['region', 'wave', 'level'],
      name: l('Центров на 100 000 жителей', '100 000 тұрғынға шаққандағы орталықтар', 'Centres per 100,000 residents'),
      definition: l(
        'Число центров реестра на 100 000 жителей региона (справочная численность населения, её дата указана); без численности — «нет знаменателя».',
        'Тізілімдегі орталықтар саны өңірдің 100 000 тұрғынына (анықтамалық халық саны, күні көрсетілген); халық саны жоқ болса — «бөлгіш жоқ».',
        'Centres in the registry per 100,000 residents of the region (reference population, dated); no population means “no denominator”.',
      ),
    },
    'per_100k',
    { kind: 'rate', per: 100000 },
  ),
  entry(
    {
      id: 'centres_count',
      task: 'S1',
      columns: ['centre_id'],
      name: l('Число центров', 'Орталықтар саны', 'Number of centres'),
      definition: l(
        'Центры реестра; по уровням сети (республиканский → областной → районный → сельский) и городу/селу.',
        'Тізілімдегі орталықтар; желі деңгейлері (республикалық → облыстық → аудандық → ауылдық) және қала/ауыл бойынша.',
        'Centres in the registry; by network level (republican → regional → district → rural) and urban/rural.',
      ),
    },
    'count',
    { kind: 'count' },
  ),
  entry(
    {
      id: 'districts_with_centre_pct',
      task: 'S1',
      headline: true,
      columns: ['district'],
      breakdowns: ['region', 'wave', 'level'],
      name: l('Районы с центром', 'Орталығы бар аудандар', 'Districts with a centre'),
      definition: l(
        'Доля районов и городов (справочник 2024 г.) хотя бы с одним центром.',
        'Кемінде бір орталығы бар аудандар мен қалалардың үлесі (2024 анықтамалығы).',
        'Share of districts and cities (2024 reference list) with at least one centre.',
      ),
    },
    'percent',
    { kind: 'district_share' },
  ),
  entry(
    {
      id: 'population_covered_districts_pct',
      task: 'S1',
      columns: ['district'],
      breakdowns: ['region', 'wave'],
      name: l(
        'Население районов с центром',
        'Орталығы бар аудандардың халқы',
        'Population living in districts with a centre',
      ),
      definition: l(
        'Доля населения, живущего в районах хотя бы с одним центром; нужна численность населения районов.',
        'Кемінде бір орталығы бар аудандарда тұратын халықтың үлесі; аудандар халқының саны керек.',
        'Share of the population living in districts with at least one centre; needs district populations.',
      ),
    },
    'percent',
    { kind: 'district_population_share' },
  ),
  ...kpiEntries,
  entry(
    {
      id: 'kpi_overall_high_pct',
      task: 'I1',
      columns: ['kpi_overall'],
      name: l(
        'Центры с высоким уровнем развития',
        'Даму деңгейі жоғары орталықтар',
        'Centres at a high development level',
      ),
      definition: l(
        'Доля центров с итоговым баллом KPI ≥ 2,5 (высокий уровень).',
        'KPI қорытынды балы ≥ 2,5 (жоғары деңгей) орталықтардың үлесі.',
        'Share of centres whose overall KPI score is ≥ 2.5 (High).',
      ),
    },
    'percent',
    { kind: 'row_share', yes: 'kpi_overall >= 2.5' },
  ),
  entry(
    {
      id: 'premises_compliance_pct',
      task: 'I1',
      columns: ['area_m2', 'equip_office_internet', 'equip_photo_video', 'equip_projector', 'level'],
      name: l('Соответствие стандарту МТБ', 'МТБ стандартына сәйкестік', 'Premises and equipment compliance'),
      definition: l(
        'Доля центров, выполняющих все требования своего уровня: площадь ≥ 100 м² (республиканский, областной) или ≥ 30 м², оргтехника с интернетом, фото/видео, проектор с экраном.',
        'Өз деңгейінің барлық талаптарын орындайтын орталықтар үлесі: аудан ≥ 100 м² (республикалық, облыстық) немесе ≥ 30 м², интернеті бар кеңсе техникасы, фото/бейне, проектор мен экран.',
        'Share of centres meeting every requirement of their level: ≥ 100 m² (republican, regional) or ≥ 30 m², office equipment with internet, photo/video, projector and screen.',
      ),
    },
    'percent',
    { kind: 'row_share', yes: PREMISES_OK },
  ),
  entry(
    {
      id: 'equipment_sufficient_pct',
      task: 'I2',
      columns: ['equip_sufficient'],
      name: l(
        'Технические услуги: достаточно оргтехники',
        'Техникалық қызметтер: кеңсе техникасы жеткілікті',
        'Technical services: enough equipment',
      ),
      definition: l(
        'Доля центров, у которых достаточно оргтехники по списку оборудования.',
        'Жабдықтар тізімі бойынша кеңсе техникасы жеткілікті орталықтардың үлесі.',
        'Share of centres whose equipment list shows enough office equipment.',
      ),
    },
    'percent',
    { kind: 'row_share', yes: 'equip_sufficient = 1', valid: 'equip_sufficient IN (0, 1)' },
  ),
  entry(
    {
      id: 'manager_qualified_pct',
      task: 'I1',
      columns: ['manager_pm_years', 'manager_ngo_years', 'manager_higher_ed'],
      name: l('Руководитель соответствует требованиям', 'Басшы талаптарға сай', 'Manager meets the requirements'),
      definition: l(
        'Доля центров, чей руководитель имеет ≥ 2 лет опыта управления проектами, ≥ 2 лет в НПО и высшее образование.',
        'Басшысының жобаларды басқаруда ≥ 2 жыл, ҮЕҰ-да ≥ 2 жыл тәжірибесі және жоғары білімі бар орталықтар үлесі.',
        'Share of centres whose manager has ≥ 2 years of project management, ≥ 2 years in NGOs and higher education.',
      ),
    },
    'percent',
    { kind: 'row_share', yes: 'manager_pm_years >= 2 AND manager_ngo_years >= 2 AND manager_higher_ed = 1' },
  ),
  ...roleEntries,
  entry(
    {
      id: 'funding_sources_mean',
      task: 'I1',
      columns: ['funding_state_order', 'funding_grants', 'funding_paid', 'funding_other'],
      name: l('Источников финансирования на центр', 'Бір орталыққа қаржыландыру көздері', 'Funding sources per centre'),
      definition: l(
        'Среднее число источников: госсоцзаказ, гранты, платные услуги, прочие.',
        'Көздердің орташа саны: МӘТ, гранттар, ақылы қызметтер, басқалар.',
        'Mean number of sources: state social order, grants, paid services, other.',
      ),
    },
    'count',
    { kind: 'row_mean', value: 'funding_state_order + funding_grants + funding_paid + funding_other' },
  ),
  entry(
    {
      id: 'funding_months_mean',
      task: 'I1',
      columns: ['funding_months'],
      name: l('Срок финансирования', 'Қаржыландыру мерзімі', 'Funding term'),
      definition: l(
        'Средний срок текущего финансирования центра, месяцев.',
        'Орталықтың ағымдағы қаржыландыруының орташа мерзімі, ай.',
        'Mean length of the centre’s current funding, in months.',
      ),
    },
    'months',
    { kind: 'row_mean', value: 'funding_months' },
  ),
  entry(
    {
      id: 'multi_year_contract_pct',
      task: 'I1',
      columns: ['multi_year_contract'],
      name: l('Многолетние договоры', 'Көпжылдық шарттар', 'Multi-year contracts'),
      definition: l(
        'Доля центров с договором финансирования на 1–3 года и более (этап 2 стратегии).',
        'Қаржыландыру шарты 1–3 жыл және одан көп орталықтар үлесі (стратегияның 2-кезеңі).',
        'Share of centres funded under a multi-year contract (stage 2 of the strategy).',
      ),
    },
    'percent',
    { kind: 'row_share', yes: 'multi_year_contract = 1', valid: 'multi_year_contract IN (0, 1)' },
  ),
  entry(
    {
      id: 'proposals_made',
      task: 'P2',
      columns: ['proposals_made'],
      name: l(
        'Предложения центров к законам и программам',
        'Орталықтардың заңдар мен бағдарламаларға ұсыныстары',
        'Proposals to laws and programmes by centres',
      ),
      definition: l(
        'Число предложений, внесённых центрами за год (реестр охватывает только ГРЦ, не все НПО).',
        'Орталықтар бір жылда енгізген ұсыныстар саны (тізілім тек АРО-ны қамтиды).',
        'Proposals submitted by the centres in the year (the registry covers resource centres, not every NGO).',
      ),
    },
    'count',
    { kind: 'sum', value: 'proposals_made' },
  ),
  entry(
    {
      id: 'proposals_adopted',
      task: 'P2',
      columns: ['proposals_adopted'],
      name: l('Принятые предложения центров', 'Орталықтардың қабылданған ұсыныстары', 'Centres’ proposals adopted'),
      definition: l(
        'Число предложений центров, принятых и реализованных госорганами.',
        'Мемлекеттік органдар қабылдап, іске асырған орталықтар ұсыныстарының саны.',
        'Centres’ proposals adopted and implemented by state bodies.',
      ),
    },
    'count',
    { kind: 'sum', value: 'proposals_adopted' },
  ),
];
