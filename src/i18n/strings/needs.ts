import type { Localized } from '../../core/lang';

/** The needs-assessment report. */
export const NEEDS_STRINGS = {
  'needs.heading': {
    ru: 'Оценка потребностей гражданских центров: 2019 и 2024',
    kk: 'Азаматтық орталықтардың қажеттіліктерін бағалау: 2019 және 2024',
    en: 'Needs assessment of civil centres: 2019 and 2024',
  },
  'needs.intro': {
    ru: 'Опрос 2019 г. 22 гражданских центров в 15 регионах (единицы до 2022 г.), как он опубликован в стратегии, реконструирован в виде синтетических микроданных, воспроизводящих каждую опубликованную цифру; волна 2024 г. синтетическая. Проценты — от ответивших центров; изменение — 2024 минус 2019 с 95% доверительным интервалом.',
    kk: '2019 жылғы 15 өңірдегі (2022 жылға дейінгі бірліктер) 22 азаматтық орталықтың сауалнамасы стратегияда жарияланғандай, әрбір жарияланған санды қайталайтын синтетикалық микродеректер ретінде қайта құрылған; 2024 жылғы толқын синтетикалық. Пайыздар жауап берген орталықтардан; өзгеріс — 2024 минус 2019, 95% сенім аралығымен.',
    en: 'The 2019 survey of 22 civil centres in 15 regions (pre-2022 units) as published in the strategy, reconstructed as synthetic microdata that reproduce every published figure; the 2024 wave is synthetic. Percents are of the centres answering; the change is 2024 minus 2019 with a 95% confidence interval.',
  },
  'needs.waiting': {
    ru: 'Отчёт рассчитывается в базе данных…',
    kk: 'Есеп дерекқорда есептелуде…',
    en: 'Computing the report in the database…',
  },
  'needs.table.org_years': {
    ru: 'Опыт работы в качестве ГЦ',
    kk: 'АО ретіндегі жұмыс тәжірибесі',
    en: 'Experience as a civil centre',
  },
  'needs.table.funding_band': {
    ru: 'Ежегодный объём финансирования (в среднем), все источники',
    kk: 'Жылдық қаржыландыру көлемі (орташа), барлық көздер',
    en: 'Annual funding (average), all sources',
  },
  'needs.table.funding_sources': {
    ru: 'Источники финансирования',
    kk: 'Қаржыландыру көздері',
    en: 'Sources of funding',
  },
  'needs.table.funding_term': { ru: 'Срок финансирования', kk: 'Қаржыландыру мерзімі', en: 'Funding term' },
  'needs.table.resources': {
    ru: 'Ресурсы и опыт организации',
    kk: 'Ұйымның ресурстары мен тәжірибесі',
    en: 'Resources and experience',
  },
  'needs.table.documents': {
    ru: 'Что имеется/разработано в организации',
    kk: 'Ұйымда не бар/әзірленген',
    en: 'Documents in place',
  },
  'needs.table.competences': {
    ru: 'Самооценка компетенций (1–5)',
    kk: 'Құзыреттердің өзіндік бағасы (1–5)',
    en: 'Self-assessed competences (1–5)',
  },
  'needs.col.option': { ru: 'Вариант ответа', kk: 'Жауап нұсқасы', en: 'Answer' },
  'needs.col.n': { ru: 'Кол-во', kk: 'Саны', en: 'n' },
  'needs.col.pct': { ru: '%', kk: '%', en: '%' },
  'needs.col.mean': { ru: 'среднее [95% ДИ]', kk: 'орташа [95% СА]', en: 'mean [95% CI]' },
  'needs.col.change': { ru: 'Изменение, п.п. [95% ДИ]', kk: 'Өзгеріс, п.т. [95% СА]', en: 'Change, p.p. [95% CI]' },
  'needs.col.changeScores': { ru: 'Изменение [95% ДИ]', kk: 'Өзгеріс [95% СА]', en: 'Change [95% CI]' },
  'needs.base': {
    ru: 'База (ответившие центры)',
    kk: 'База (жауап берген орталықтар)',
    en: 'Base (centres answering)',
  },
  'needs.axis.pct': { ru: 'Доля центров, %', kk: 'Орталықтар үлесі, %', en: 'Share of centres, %' },
  'needs.axis.mean': { ru: 'Средняя оценка (1–5)', kk: 'Орташа баға (1–5)', en: 'Mean score (1–5)' },
  'note.multi': {
    ru: 'Сумма не равна 100%, т.к. респонденты могли отметить несколько вариантов ответа.',
    kk: 'Респонденттер бірнеше жауап белгілей алғандықтан, үлестердің қосындысы 100% емес.',
    en: 'Multiple answers: shares do not sum to 100%.',
  },
  'note.fundingRounding': {
    ru: 'В отчёте 2019 г. для «Нет финансирования» напечатано 4,6%, чтобы столбец давал в сумме 100,0; обычное округление 1 ÷ 22 даёт 4,5 — так и показано здесь.',
    kk: '2019 жылғы есепте «Қаржыландыру жоқ» үшін баған қосындысы 100,0 болуы үшін 4,6% басылған; 1 ÷ 22 кәдімгі дөңгелектеу 4,5 береді — мұнда солай көрсетілген.',
    en: 'The 2019 report printed 4.6% for "No funding" so that the column sums to 100.0; plain rounding of 1 ÷ 22 gives 4.5, shown here.',
  },
  'note.scores': {
    ru: 'Средние самооценок по шкале 1–5; интервал для каждой волны и интервал Уэлча для изменения.',
    kk: '1–5 шкаласы бойынша өзіндік бағалардың орташасы; әр толқын үшін аралық және өзгеріс үшін Уэлч аралығы.',
    en: 'Means of 1–5 self-assessments; interval for each wave and Welch interval for the change.',
  },
} as const satisfies Record<string, Localized>;
