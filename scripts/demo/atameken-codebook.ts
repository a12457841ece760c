import type { Localized } from '../../src/core/lang';
import { type Values, type Variable, l } from './codebook';

/** A codebook variable. */
export const v = (
  name: string,
  label: Localized,
  level: Variable['level'] = 'scale',
  extra: Partial<Variable> = {},
): Variable => ({ name, label, level, ...extra });

/** The place columns every Atameken dataset shares: region, district and (for the maps) a synthetic point. */
export const PLACE: Variable[] = [
  v('region', l('Регион', 'Өңір', 'Region'), 'nominal', { role: 'region' }),
  v('district', l('Район (КАТО)', 'Аудан (ӘАОЖ)', 'District (KATO)'), 'nominal', { role: 'district' }),
];
const POINT: Variable[] = [
  v('lon', l('Долгота (синтетическая точка)', 'Бойлық (синтетикалық нүкте)', 'Longitude (synthetic point)')),
  v('lat', l('Широта (синтетическая точка)', 'Ендік (синтетикалық нүкте)', 'Latitude (synthetic point)')),
];

const THEMES: Values = {
  improvement: l('Благоустройство', 'Абаттандыру', 'Public spaces and improvement'),
  environment: l('Экология', 'Экология', 'Environment'),
  social_support: l('Социальная поддержка', 'Әлеуметтік қолдау', 'Social support'),
  education_youth: l('Образование и молодёжь', 'Білім және жастар', 'Education and youth'),
  culture_sport: l('Культура и спорт', 'Мәдениет және спорт', 'Culture and sport'),
  health: l('Здоровье', 'Денсаулық', 'Health'),
  other: l('Другое', 'Басқа', 'Other'),
};
const STAGES: Values = {
  citizens_initiative: l('Инициатива граждан', 'Азаматтар бастамасы', "Citizens' initiative"),
  in_progress: l('Проект в работе', 'Жүзеге асырылып жатқан жоба', 'Project in progress'),
  completed: l('Завершённый проект', 'Аяқталған жоба', 'Completed project'),
};
const CARRIERS: Values = {
  ngo: l('НПО', 'ҮЕҰ', 'NGO'),
  initiative_group: l('Инициативная группа', 'Бастамашыл топ', 'Initiative group'),
  citizens: l('Граждане', 'Азаматтар', 'Citizens'),
};

/** Codebook of the map of civic initiatives (synthetic demo): one row per initiative. */
export const INITIATIVES_CODEBOOK: Variable[] = [
  v('id', l('Номер инициативы (синтетический)', 'Бастама нөмірі (синтетикалық)', 'Initiative id (synthetic)'), 'id', {
    role: 'id',
  }),
  ...PLACE,
  ...POINT,
  v('date_proposed', l('Дата выдвижения', 'Ұсынылған күні', 'Date proposed'), 'ordinal'),
  v('theme', l('Тема', 'Тақырып', 'Theme'), 'nominal', { values: THEMES }),
  v('stage', l('Стадия', 'Кезең', 'Stage'), 'ordinal', { values: STAGES }),
  v('carrier', l('Кто реализует', 'Кім жүзеге асырады', 'Carried by'), 'nominal', { values: CARRIERS }),
  v('patrons', l('Привлечено меценатов', 'Тартылған меценаттар', 'Patrons attracted')),
  v('volunteers', l('Волонтёров', 'Еріктілер', 'Volunteers')),
  v('volunteer_events', l('Мероприятий с волонтёрами', 'Еріктілер қатысқан іс-шаралар', 'Events with volunteers')),
  v('recipients', l('Охвачено получателей', 'Қамтылған алушылар', 'Recipients reached')),
  v(
    'rating',
    l(
      'Общественная оценка, 1–5 (после завершения)',
      'Қоғамдық баға, 1–5 (аяқталғаннан кейін)',
      'Public rating, 1–5 (once completed)',
    ),
  ),
];

const TOPICS: Values = {
  utilities: l('ЖКХ', 'ТКШ', 'Utilities'),
  roads: l('Дороги', 'Жолдар', 'Roads'),
  transport: l('Транспорт', 'Көлік', 'Public transport'),
  lighting: l('Освещение', 'Жарықтандыру', 'Street lighting'),
  waste: l('Мусор', 'Қоқыс', 'Waste'),
  housing: l('Жильё', 'Тұрғын үй', 'Housing'),
  other: l('Другое', 'Басқа', 'Other'),
};

/** Codebook of civic control (synthetic demo): one row per citizen's report. */
export const CIVIC_CONTROL_CODEBOOK: Variable[] = [
  v('id', l('Номер обращения (синтетический)', 'Өтініш нөмірі (синтетикалық)', 'Report id (synthetic)'), 'id', {
    role: 'id',
  }),
  ...PLACE,
  v(
    'settlement',
    l('Населённый пункт (синтетический)', 'Елді мекен (синтетикалық)', 'Settlement (synthetic)'),
    'nominal',
  ),
  ...POINT,
  v('topic', l('Тема', 'Тақырып', 'Topic'), 'nominal', { values: TOPICS }),
  v('date_filed', l('Дата подачи', 'Берілген күні', 'Date filed'), 'ordinal'),
  v('status', l('Статус', 'Мәртебесі', 'Status'), 'nominal', {
    values: {
      in_work: l('В работе', 'Жұмыста', 'In work'),
      done: l('Выполнено', 'Орындалды', 'Done'),
    },
  }),
  v('date_done', l('Дата выполнения', 'Орындалған күні', 'Date done'), 'ordinal'),
  v('solved_by', l('Кем решено', 'Кім шешті', 'Solved by'), 'nominal', {
    values: {
      state_body: l('Госорган', 'Мемлекеттік орган', 'State body'),
      citizens: l('Сами граждане', 'Азаматтардың өздері', 'Citizens themselves'),
    },
  }),
  v('comments', l('Комментариев', 'Пікірлер', 'Comments')),
];
