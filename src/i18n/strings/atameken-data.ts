import type { Localized } from '../../core/lang';

/** The Atameken projects' datasets wherever the app names them: unit, breakdowns, the roles an import can take. */
export const ATAMEKEN_DATA_STRINGS = {
  'unit.days': { ru: 'дней', kk: 'күн', en: 'days' },
  // For a row withheld under the privacy rule (entry.smallBase.rule === 'privacy'), instead of status.suppressed.
  'status.withheld': {
    ru: 'Скрыто: меньше {min} (защита персональных данных)',
    kk: 'Жасырылған: {min}-ден аз (дербес деректерді қорғау)',
    en: 'Withheld: fewer than {min} (privacy)',
  },
  'dash.by.theme': { ru: 'Тема инициативы', kk: 'Бастама тақырыбы', en: 'Theme of the initiative' },
  'dash.by.stage': { ru: 'Стадия', kk: 'Кезең', en: 'Stage' },
  'dash.by.carrier': { ru: 'Кто реализует', kk: 'Кім жүзеге асырады', en: 'Carried by' },
  'dash.by.topic': { ru: 'Тема обращения', kk: 'Өтініш тақырыбы', en: 'Topic of the report' },
  'dash.by.nomination': { ru: 'Номинация', kk: 'Номинация', en: 'Nomination' },
  'dash.by.period_type': { ru: 'Период номинации', kk: 'Номинация кезеңі', en: 'Period of the nomination' },
  'dash.by.month': { ru: 'Месяц', kk: 'Ай', en: 'Month' },
  'role.initiatives': {
    ru: 'карта гражданских инициатив',
    kk: 'азаматтық бастамалар картасы',
    en: 'map of civic initiatives',
  },
  'role.civic_control': { ru: 'гражданский контроль', kk: 'азаматтық бақылау', en: 'civic control' },
  'role.generous_heart': {
    ru: 'Жомарт жүрек: номинации',
    kk: 'Жомарт жүрек: номинациялар',
    en: 'Generous heart: nominations',
  },
  'role.generous_heart_participants': {
    ru: 'Жомарт жүрек: участники',
    kk: 'Жомарт жүрек: қатысушылар',
    en: 'Generous heart: participants',
  },
} as const satisfies Record<string, Localized>;
