import type { Localized } from '../../core/lang';

/** The one-page yearly report of the strategy's measures (`#/measures?view=report&year=…`). */
export const MEASURES_REPORT_STRINGS = {
  'measures.report.heading': {
    ru: 'Стратегия развития ГРЦ: отчёт за {year} год',
    kk: 'АРО даму стратегиясы: {year} жылғы есеп',
    en: 'Strategy for civil resource centres: report for {year}',
  },
  'measures.report.summary': {
    ru: 'Запланировано мероприятий: {planned}. Выполнено: {done}, частично: {partly}, не выполнено: {not_done}, факт не введён: {no_fact}. Просрочено: {late}; срок не наступил: {not_yet_due}. Факты вне плана: {outside_plan}.',
    kk: 'Жоспарланған іс-шаралар: {planned}. Орындалды: {done}, ішінара: {partly}, орындалмады: {not_done}, факт енгізілмеген: {no_fact}. Мерзімі өткен: {late}; мерзімі келмеген: {not_yet_due}. Жоспардан тыс фактілер: {outside_plan}.',
    en: 'Measures planned: {planned}. Done: {done}, partly: {partly}, not done: {not_done}, no fact entered: {no_fact}. Late: {late}; not yet due: {not_yet_due}. Facts outside the plan: {outside_plan}.',
  },
  'measures.report.col.number': { ru: '№', kk: '№', en: 'No.' },
  'measures.report.col.measure': { ru: 'Мероприятие', kk: 'Іс-шара', en: 'Measure' },
  'measures.report.col.executors': { ru: 'Исполнители', kk: 'Орындаушылар', en: 'Executors' },
  'measures.report.col.timing': { ru: 'Сроки', kk: 'Мерзімдері', en: 'Timing' },
  'measures.report.col.status': { ru: 'Статус', kk: 'Мәртебе', en: 'Status' },
  'measures.report.col.evidence': { ru: 'Подтверждение', kk: 'Растау', en: 'Evidence' },
  'measures.report.col.indicators': { ru: 'Показатели', kk: 'Көрсеткіштер', en: 'Indicators' },
  'measures.report.indicators': {
    ru: 'Показатели, на которые направлены мероприятия: последнее значение по {year} год включительно',
    kk: 'Іс-шаралар бағытталған көрсеткіштер: {year} жылды қоса алғандағы соңғы мән',
    en: 'Indicators the measures are meant to move: the latest value up to and including {year}',
  },
  'measures.report.col.indicator': { ru: 'Показатель', kk: 'Көрсеткіш', en: 'Indicator' },
  'measures.report.col.wave': { ru: 'Год', kk: 'Жыл', en: 'Year' },
  'measures.report.col.value': { ru: 'Значение', kk: 'Мән', en: 'Value' },
  'measures.report.col.ci': { ru: '95% ДИ', kk: '95% СА', en: '95% CI' },
  'measures.report.col.flags': { ru: 'Флаги', kk: 'Белгілер', en: 'Flags' },
  'measures.report.col.measures': { ru: 'Мероприятия', kk: 'Іс-шаралар', en: 'Measures' },
  'measures.report.census': { ru: 'полный учёт', kk: 'толық есеп', en: 'exact count' },
  'measures.report.noValue': {
    ru: 'нет значения по {year} год',
    kk: '{year} жылға дейін мән жоқ',
    en: 'no value up to {year}',
  },
  'measures.report.needs': {
    ru: 'источник данных не загружен',
    kk: 'дереккөз жүктелмеген',
    en: 'no data source loaded',
  },
  'measures.report.source': {
    ru: 'Факты о мероприятиях введены пользователем в рабочем пространстве; значения показателей рассчитаны Civic Workbench по загруженным данным.',
    kk: 'Іс-шаралар туралы фактілерді пайдаланушы жұмыс кеңістігінде енгізген; көрсеткіштердің мәндерін Civic Workbench жүктелген деректер бойынша есептеген.',
    en: 'Facts on the measures were entered by the user in the workspace; indicator values are computed by Civic Workbench from the loaded data.',
  },
  'measures.report.loading': {
    ru: 'Показатели рассчитываются…',
    kk: 'Көрсеткіштер есептелуде…',
    en: 'Computing the indicators…',
  },
  'measures.notebook.note': {
    ru: 'Показатели мероприятий Стратегии, {year} год. Статусы мероприятий хранятся в рабочем пространстве (страница «Мероприятия стратегии») и в блокнот не переносятся.',
    kk: 'Стратегия іс-шараларының көрсеткіштері, {year} жыл. Іс-шаралардың мәртебелері жұмыс кеңістігінде сақталады («Стратегия іс-шаралары» беті) және блокнотқа көшірілмейді.',
    en: 'Indicators of the strategy’s measures, {year}. The measures’ statuses are kept in the workspace (the Strategy measures page) and are not carried into the notebook.',
  },
} as const satisfies Record<string, Localized>;
