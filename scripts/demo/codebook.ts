import type { Localized } from '../../src/core/lang';
import type { CodebookVariable } from '../../src/data/study';
import { type ACTIONS, type INSTITUTIONS, type MEMBERSHIPS, type NEIGHBOUR_GROUPS, type SERVICES } from './respondent';

export type Values = Record<string, Localized>;
/** One variable of the codebook (the schema is data/study.schema.json). */
export type Variable = CodebookVariable;

export const l = (ru: string, kk: string, en: string): Localized => ({ ru, kk, en });
const DK: Values = {
  98: l('Затрудняюсь ответить', 'Жауап беруге қиналамын', "Don't know"),
  99: l('Отказ от ответа', 'Жауап беруден бас тарту', 'Refused'),
};
export const YESNO: Values = { 0: l('Нет', 'Жоқ', 'No'), 1: l('Да', 'Иә', 'Yes') };
const MENTION: Values = { 0: l('Не упомянуто', 'Аталмады', 'Not mentioned'), 1: l('Упомянуто', 'Аталды', 'Mentioned') };
const TRUST4: Values = {
  1: l('Полностью доверяю', 'Толық сенемін', 'Trust completely'),
  2: l('Скорее доверяю', 'Біршама сенемін', 'Trust somewhat'),
  3: l('Скорее не доверяю', 'Онша сенбеймін', 'Do not trust very much'),
  4: l('Совсем не доверяю', 'Мүлдем сенбеймін', 'Do not trust at all'),
  ...DK,
};
const CONF4: Values = {
  1: l('Полностью доверяю', 'Толығымен сенемін', 'A great deal'),
  2: l('В некоторой степени доверяю', 'Едәуір сенемін', 'Quite a lot'),
  3: l('Не очень доверяю', 'Онша сенбеймін', 'Not very much'),
  4: l('Совсем не доверяю', 'Мүлдем сенбеймін', 'None at all'),
  ...DK,
};
const CLOSE4: Values = {
  1: l('Очень близко', 'Өте жақын', 'Very close'),
  2: l('Близко', 'Жақын', 'Close'),
  3: l('Не очень близко', 'Онша жақын емес', 'Not very close'),
  4: l('Совсем не близко', 'Мүлдем жақын емес', 'Not close at all'),
  ...DK,
};
const PRIDE4: Values = {
  1: l('Очень горжусь', 'Өте мақтанамын', 'Very proud'),
  2: l('Скорее горжусь', 'Біршама мақтанамын', 'Quite proud'),
  3: l('Не очень горжусь', 'Онша мақтанбаймын', 'Not very proud'),
  4: l('Совсем не горжусь', 'Мүлдем мақтанбаймын', 'Not at all proud'),
  ...DK,
};
const MEMB: Values = {
  0: l('Не состою', 'Мүше емеспін', 'Not a member'),
  1: l('Пассивный член', 'Белсенді емес мүше', 'Inactive member'),
  2: l('Активный член', 'Белсенді мүше', 'Active member'),
};

const INST_L: Record<keyof typeof INSTITUTIONS, Localized> = {
  government: l('Правительство', 'Үкімет', 'The government'),
  akimat: l('Местный акимат', 'Жергілікті әкімдік', 'Local akimat'),
  courts: l('Суды', 'Соттар', 'Courts'),
  police: l('Полиция', 'Полиция', 'Police'),
  parliament: l('Парламент', 'Парламент', 'Parliament'),
  media: l('СМИ', 'БАҚ', 'Media'),
  ngo: l('НПО', 'ҮЕҰ', 'NGOs'),
  centres: l('Гражданские ресурсные центры', 'Азаматтық ресурстық орталықтар', 'Civil resource centres'),
  public_councils: l('Общественные советы', 'Қоғамдық кеңестер', 'Public councils'),
  charities: l('Благотворительные организации', 'Қайырымдылық ұйымдары', 'Charities'),
};
const NB_L: Record<keyof typeof NEIGHBOUR_GROUPS, Localized> = {
  drug_users: l('Наркозависимые', 'Нашақорлар', 'Drug users'),
  heavy_drinkers: l('Сильно пьющие', 'Маскүнемдер', 'Heavy drinkers'),
  other_nationality: l('Люди другой национальности', 'Басқа ұлт өкілдері', 'People of another nationality'),
  other_religion: l('Люди другой религии', 'Басқа дін өкілдері', 'People of another religion'),
  migrants: l('Трудовые мигранты', 'Еңбек мигранттары', 'Migrant workers'),
  hiv: l('Люди с ВИЧ', 'АИТВ жұқтырған адамдар', 'People with HIV'),
  unmarried_couples: l('Пары без брака', 'Некесіз тұратын жұптар', 'Unmarried couples living together'),
  other_language: l('Говорящие на другом языке', 'Басқа тілде сөйлейтіндер', 'People who speak another language'),
  former_prisoners: l('Бывшие заключённые', 'Бұрынғы сотталғандар', 'Former prisoners'),
};
const MEMB_L: Record<keyof typeof MEMBERSHIPS, Localized> = {
  religious: l('Религиозная организация', 'Діни ұйым', 'Religious organisation'),
  sport: l('Спортивный клуб', 'Спорт клубы', 'Sports club'),
  culture: l(
    'Культурная или творческая организация',
    'Мәдени немесе шығармашылық ұйым',
    'Cultural or arts organisation',
  ),
  union: l('Профсоюз', 'Кәсіподақ', 'Trade union'),
  party: l('Политическая партия', 'Саяси партия', 'Political party'),
  ngo: l('НПО или благотворительная организация', 'ҮЕҰ немесе қайырымдылық ұйымы', 'NGO or charity'),
};
const ACT_L: Record<keyof typeof ACTIONS, Localized> = {
  petition: l('Подписал(а) петицию', 'Петицияға қол қойды', 'Signed a petition'),
  hearing: l('Участвовал(а) в публичных слушаниях', 'Қоғамдық тыңдауларға қатысты', 'Took part in a public hearing'),
  akimat_meeting: l('Был(а) на встрече с акимом', 'Әкіммен кездесуге қатысты', 'Attended a meeting with the akim'),
  donation: l('Жертвовал(а) деньги', 'Ақша қайырымдылық жасады', 'Donated money'),
};
const SVC_L: Record<keyof typeof SERVICES, Localized> = {
  info: l('Только информация', 'Тек ақпарат', 'Information only'),
  consult: l('Консультация', 'Кеңес беру', 'Consultation'),
  training: l('Обучение', 'Оқыту', 'Training'),
  legal: l('Юридическая помощь', 'Заң көмегі', 'Legal aid'),
  event: l('Мероприятие', 'Іс-шара', 'Event'),
  technical: l('Технические услуги', 'Техникалық қызметтер', 'Technical services'),
};

function family(
  prefix: string,
  labels: Record<string, Localized>,
  q: Localized,
  base: Omit<Variable, 'name' | 'label'>,
): Variable[] {
  return Object.entries(labels).map(([k, v]) => ({
    name: `${prefix}_${k}`,
    ...base,
    group: prefix,
    option: v,
    label: l(`${q.ru}: ${v.ru}`, `${q.kk}: ${v.kk}`, `${q.en}: ${v.en}`),
  }));
}

const design: Variable[] = [
  {
    name: 'id',
    label: l('Идентификатор респондента', 'Респондент идентификаторы', 'Respondent id'),
    level: 'id',
    role: 'id',
  },
  { name: 'wave', label: l('Волна опроса', 'Сауалнама толқыны', 'Survey wave'), level: 'ordinal', role: 'wave' },
  {
    name: 'region',
    label: l('Регион (20 единиц с 2022 г.)', 'Өңір (2022 жылдан 20 бірлік)', 'Region (20 units since 2022)'),
    level: 'nominal',
    role: 'region',
  },
  {
    name: 'region_source',
    label: l('Регион в единицах на момент опроса', 'Сауалнама кезіндегі өңір', 'Region as coded at fieldwork'),
    level: 'nominal',
  },
  { name: 'district', label: l('Район (КАТО)', 'Аудан (ӘАОЖ)', 'District (KATO)'), level: 'nominal', role: 'district' },
  {
    name: 'stratum',
    label: l('Страта (волна × регион × тип поселения)', 'Стратум', 'Stratum (wave × region × settlement type)'),
    level: 'nominal',
    role: 'strata',
  },
  {
    name: 'psu',
    label: l(
      'Первичная единица отбора (населённый пункт)',
      'Бастапқы іріктеу бірлігі (елді мекен)',
      'Primary sampling unit (settlement)',
    ),
    level: 'nominal',
    role: 'psu',
  },
  {
    name: 'fpc',
    label: l('Число населённых пунктов в страте', 'Стратумдағы елді мекендер саны', 'Settlements in the stratum frame'),
    level: 'scale',
    role: 'fpc',
  },
  { name: 'weight', label: l('Вес', 'Салмақ', 'Weight'), level: 'scale', role: 'weight' },
];
const demographics: Variable[] = [
  {
    name: 'sex',
    label: l('Пол', 'Жынысы', 'Sex'),
    level: 'nominal',
    values: { 1: l('Мужской', 'Ер', 'Male'), 2: l('Женский', 'Әйел', 'Female') },
  },
  { name: 'age', label: l('Возраст', 'Жасы', 'Age'), level: 'scale' },
  {
    name: 'age_group',
    label: l('Возрастная группа', 'Жас тобы', 'Age group'),
    level: 'ordinal',
    values: {
      1: l('18–29', '18–29', '18–29'),
      2: l('30–44', '30–44', '30–44'),
      3: l('45–59', '45–59', '45–59'),
      4: l('60+', '60+', '60+'),
    },
  },
  {
    name: 'education',
    label: l('Образование', 'Білімі', 'Education'),
    level: 'ordinal',
    values: {
      1: l('Начальное или ниже', 'Бастауыш немесе төмен', 'Primary or less'),
      2: l('Общее среднее', 'Жалпы орта', 'General secondary'),
      3: l('Техническое и профессиональное', 'Техникалық және кәсіптік', 'Vocational'),
      4: l('Высшее', 'Жоғары', 'Higher'),
    },
  },
  {
    name: 'language',
    label: l('Язык интервью', 'Сұхбат тілі', 'Language of interview'),
    level: 'nominal',
    values: {
      1: l('Казахский', 'Қазақ тілі', 'Kazakh'),
      2: l('Русский', 'Орыс тілі', 'Russian'),
      3: l('Другой', 'Басқа', 'Other'),
    },
  },
  {
    name: 'settlement',
    label: l('Тип поселения', 'Елді мекен түрі', 'Settlement type'),
    level: 'nominal',
    role: 'settlement',
    values: { 1: l('Город', 'Қала', 'Urban'), 2: l('Село', 'Ауыл', 'Rural') },
  },
];
const UM = [98, 99];
const attitudes: Variable[] = [
  {
    name: 'trust_gen',
    label: l(
      'Большинству людей можно доверять или нужно быть осторожным?',
      'Көпшілік адамдарға сенуге бола ма, әлде сақ болу керек пе?',
      'Most people can be trusted, or you need to be very careful?',
    ),
    level: 'nominal',
    construct: 'trust',
    user_missing: UM,
    values: {
      1: l('Большинству можно доверять', 'Көпшілікке сенуге болады', 'Most people can be trusted'),
      2: l('Нужно быть осторожным', 'Сақ болу керек', 'Need to be very careful'),
      ...DK,
    },
  },
  {
    name: 'trust_gen10',
    label: l('Доверие людям, шкала 0–10', 'Адамдарға сенім, 0–10 шкаласы', 'Trust in people, 0–10 scale'),
    level: 'scale',
    construct: 'trust',
    user_missing: UM,
    values: {
      0: l('Нужно быть осторожным', 'Сақ болу керек', "Can't be too careful"),
      10: l('Можно доверять', 'Сенуге болады', 'Most people can be trusted'),
      ...DK,
    },
  },
  ...family(
    'trust',
    {
      neighbours: l('Соседи', 'Көршілер', 'Neighbours'),
      nationality: l('Люди другой национальности', 'Басқа ұлт өкілдері', 'People of another nationality'),
      religion: l('Люди другой религии', 'Басқа дін өкілдері', 'People of another religion'),
    },
    l('Доверие', 'Сенім', 'Trust'),
    { level: 'ordinal', construct: 'trust', user_missing: UM, values: TRUST4, reverse: true },
  ),
  ...family('conf', INST_L, l('Доверие институту', 'Институтқа сенім', 'Confidence'), {
    level: 'ordinal',
    construct: 'trust',
    user_missing: UM,
    values: CONF4,
    reverse: true,
  }),
  ...family(
    'nb',
    NB_L,
    l('Не хотел(а) бы иметь соседями', 'Көрші болғанын қаламас едім', 'Would not like as neighbours'),
    { level: 'nominal', construct: 'tolerance', values: MENTION, reverse: true },
  ),
  ...family('memb', MEMB_L, l('Членство', 'Мүшелік', 'Membership'), {
    level: 'ordinal',
    construct: 'participation',
    values: MEMB,
  }),
  {
    name: 'volunteered',
    label: l('Волонтёрство за 12 месяцев', 'Соңғы 12 айдағы еріктілік', 'Volunteered in the last 12 months'),
    level: 'nominal',
    construct: 'participation',
    values: YESNO,
  },
  {
    name: 'volunteer_hours',
    label: l('Часы волонтёрства за 12 месяцев', 'Еріктілік сағаттары', 'Volunteering hours, 12 months'),
    level: 'scale',
    construct: 'participation',
  },
  ...family(
    'act',
    ACT_L,
    l('Гражданское действие за 12 месяцев', 'Соңғы 12 айдағы азаматтық әрекет', 'Civic action, 12 months'),
    { level: 'nominal', construct: 'participation', values: YESNO },
  ),
  {
    name: 'pride',
    label: l(
      'Гордость за то, что вы гражданин Казахстана',
      'Қазақстан азаматы екеніңізді мақтан тұту',
      'Proud to be a citizen of Kazakhstan',
    ),
    level: 'ordinal',
    construct: 'identity',
    user_missing: UM,
    values: PRIDE4,
    reverse: true,
  },
  {
    name: 'close_kz',
    label: l('Близость к Казахстану', 'Қазақстанға жақындық', 'Feel close to Kazakhstan'),
    level: 'ordinal',
    construct: 'identity',
    user_missing: UM,
    values: CLOSE4,
    reverse: true,
  },
  {
    name: 'close_region',
    label: l('Близость к своему региону', 'Өз өңіріңізге жақындық', 'Feel close to your region'),
    level: 'ordinal',
    construct: 'identity',
    user_missing: UM,
    values: CLOSE4,
    reverse: true,
  },
  {
    name: 'heard_ngo',
    label: l('Слышали о НПО', 'ҮЕҰ туралы естідіңіз бе', 'Heard of NGOs'),
    level: 'nominal',
    construct: 'awareness',
    values: YESNO,
  },
  {
    name: 'name_ngo',
    label: l('Может назвать НПО', 'ҮЕҰ атауын айта алады', 'Can name an NGO'),
    level: 'nominal',
    construct: 'awareness',
    values: YESNO,
  },
  {
    name: 'aware_centre',
    label: l(
      'Знает гражданский ресурсный центр в своём населённом пункте',
      'Өз елді мекеніндегі азаматтық ресурстық орталықты біледі',
      'Knows a civil resource centre in their locality',
    ),
    level: 'nominal',
    construct: 'awareness',
    user_missing: UM,
    values: { ...YESNO, ...DK },
    waves: [2023, 2025],
  },
  ...family(
    'svc',
    SVC_L,
    l('Услуги ГРЦ за 12 месяцев', 'Соңғы 12 айдағы АРО қызметтері', 'Centre services used, 12 months'),
    { level: 'nominal', construct: 'services', values: YESNO },
  ),
  {
    name: 'svc_satisfaction',
    label: l(
      'Удовлетворённость услугами центра',
      'Орталық қызметтеріне қанағаттану',
      'Satisfaction with the centre’s services',
    ),
    level: 'ordinal',
    construct: 'services',
    values: {
      1: l('Совсем не удовлетворён', 'Мүлдем қанағаттанбаймын', 'Very dissatisfied'),
      5: l('Полностью удовлетворён', 'Толық қанағаттанамын', 'Very satisfied'),
    },
  },
  {
    name: 'lifelong_learning',
    label: l(
      'Обучение за 12 месяцев (вне формального образования)',
      'Соңғы 12 айдағы оқу',
      'Learning in the last 12 months (outside formal education)',
    ),
    level: 'nominal',
    construct: 'learning',
    values: YESNO,
  },
  {
    name: 'digital_skills',
    label: l('Цифровые навыки', 'Цифрлық дағдылар', 'Digital skills'),
    level: 'ordinal',
    construct: 'digital',
    values: {
      1: l('Нет', 'Жоқ', 'None'),
      2: l('Базовые', 'Базалық', 'Basic'),
      3: l('Средние', 'Орташа', 'Intermediate'),
      4: l('Продвинутые', 'Жоғары', 'Advanced'),
    },
  },
];

/** The codebook of the demo population survey, in the order of the CSV columns. */
export const CODEBOOK: Variable[] = [...design, ...demographics, ...attitudes];
