import type { Localized } from '../../core/lang';

/** The NGO sector page. */
export const NGO_STRINGS = {
  'ngo.heading': { ru: 'Сектор НПО по регионам', kk: 'Өңірлер бойынша ҮЕҰ секторы', en: 'NGO sector by region' },
  'ngo.definition': {
    ru: 'Ряд Министерства по реестру: зарегистрированные НПО и действующие НПО (зарегистрированные за вычетом не имеющих БИН, бездействующих, ликвидируемых и приостановленных). Бюро национальной статистики считает «действующие» НПО по более широкому определению (28,1 тыс. в 2024 г.); ряды не смешиваются.',
    kk: 'Министрліктің тізілім бойынша қатары: тіркелген ҮЕҰ және әрекет ететін ҮЕҰ (тіркелгендерден БСН жоқтарды, әрекетсіздерді, таратылып жатқандарды және тоқтатылғандарды шегергенде). Ұлттық статистика бюросы «әрекет ететін» ҮЕҰ-ды кеңірек анықтама бойынша санайды (2024 жылы 28,1 мың); қатарлар араластырылмайды.',
    en: 'Ministry register-based series: registered NGOs, and active NGOs (registered minus those without a business identification number, found inactive, in liquidation or suspended). The Bureau of National Statistics counts "operating" NGOs by a wider definition (28.1 thousand in 2024); the two series are not mixed.',
  },
  'ngo.source': {
    ru: 'Источник: синтетический демо-ряд по нынешним 20 регионам за все годы (2019–2021 пересчитаны из 17 единиц). Опубликованы только национальные итоги на апрель 2023 г.: 23 335 зарегистрированных и 18 204 действующих НПО (gov.kz, Комитет по делам гражданского общества).',
    kk: 'Дереккөз: барлық жылдар үшін қазіргі 20 өңір бойынша синтетикалық демо-қатар (2019–2021 жылдар 17 бірліктен қайта есептелген). Тек 2023 жылғы сәуірдегі ұлттық қорытындылар жарияланған: 23 335 тіркелген және 18 204 әрекет ететін ҮЕҰ (gov.kz, Азаматтық қоғам істері комитеті).',
    en: "Source: synthetic demo series in today's 20 regions for every year (2019–2021 re-aggregated from 17 units). Only the national totals of April 2023 are published figures: 23,335 registered and 18,204 active NGOs (gov.kz, Committee for Civil Society Affairs).",
  },
  'ngo.year': { ru: 'Год', kk: 'Жыл', en: 'Year' },
  'ngo.measure': { ru: 'Показатель', kk: 'Көрсеткіш', en: 'Measure' },
  'ngo.by': { ru: 'Разбивка', kk: 'Бөлу', en: 'Breakdown' },
  'ngo.by.legal_form': { ru: 'Организационно-правовая форма', kk: 'Ұйымдық-құқықтық нысан', en: 'Legal form' },
  'ngo.by.activity': { ru: 'Направление деятельности', kk: 'Қызмет бағыты', en: 'Field of activity' },
  'ngo.total': { ru: 'Всего', kk: 'Барлығы', en: 'Total' },
  'ngo.per10k': { ru: 'На 10 000 жителей', kk: '10 000 тұрғынға', en: 'Per 10,000 residents' },
  'ngo.national': { ru: 'Казахстан', kk: 'Қазақстан', en: 'Kazakhstan' },
  'ngo.noDenominator': { ru: 'нет знаменателя', kk: 'бөлгіш жоқ', en: 'no denominator' },
  'ngo.chart': {
    ru: 'Регионы по числу на 10 000 жителей',
    kk: '10 000 тұрғынға шаққандағы өңірлер',
    en: 'Regions ranked per 10,000 residents',
  },
  'ngo.chartTotal': { ru: 'Регионы по итогу', kk: 'Қорытынды бойынша өңірлер', en: 'Regions ranked by total' },
  'ngo.population': {
    ru: 'Расчёт на 10 000 использует последнюю официальную численность населения региона (даты различаются); для Акмолинской области и области Жетісу её нет, поэтому показатель не рассчитан.',
    kk: '10 000-ға есептеу өңірдің соңғы ресми халық санын пайдаланады (күндері әртүрлі); Ақмола және Жетісу облыстары үшін ол жоқ, сондықтан көрсеткіш есептелмейді.',
    en: 'Per 10,000 uses the latest official population of each region (dates differ); Akmola and Jetisu have none, so no rate is shown.',
  },
  'ngo.waiting': {
    ru: 'Статистика НПО загружается из базы данных…',
    kk: 'ҮЕҰ статистикасы дерекқордан жүктелуде…',
    en: 'Loading NGO statistics from the database…',
  },
} as const satisfies Record<string, Localized>;
