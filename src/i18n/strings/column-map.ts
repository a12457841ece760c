import type { Localized } from '../../core/lang';

/** Mapping an imported file's columns onto the columns an Atameken dataset expects, and the problems it finds. */
export const COLUMN_MAP_STRINGS = {
  'colmap.title': { ru: 'Столбцы файла', kk: 'Файл бағандары', en: 'Columns of the file' },
  'colmap.intro': {
    ru: 'Укажите, какой столбец файла «{file}» содержит каждый столбец набора «{role}». Исходные столбцы файла сохраняются; сопоставление запоминается для файлов с такими же заголовками.',
    kk: '«{role}» жиынының әр бағаны «{file}» файлының қай бағанында екенін көрсетіңіз. Файлдың бастапқы бағандары сақталады; сәйкестендіру дәл осындай тақырыптары бар файлдар үшін есте сақталады.',
    en: 'Say which column of “{file}” holds each column of the {role} dataset. The file’s own columns are kept; the mapping is remembered for files with the same headers.',
  },
  'colmap.from.applied': {
    ru: 'Показано применённое сопоставление.',
    kk: 'Қолданылған сәйкестендіру көрсетілген.',
    en: 'The mapping shown is the one applied.',
  },
  'colmap.from.memory': {
    ru: 'Сопоставление взято из запомненного {date} для файлов с такими же столбцами.',
    kk: 'Сәйкестендіру дәл осындай бағандары бар файлдар үшін {date} есте сақталғаннан алынды.',
    en: 'The mapping comes from the one remembered on {date} for files with the same columns.',
  },
  'colmap.from.guess': {
    ru: 'Столбцы подобраны по названиям — проверьте.',
    kk: 'Бағандар атауы бойынша таңдалды — тексеріңіз.',
    en: 'The columns were picked by their names: check them.',
  },
  'colmap.expected': { ru: 'Столбец набора', kk: 'Жиын бағаны', en: 'Column of the dataset' },
  'colmap.source': { ru: 'Столбец файла', kk: 'Файл бағаны', en: 'Column of the file' },
  'colmap.kind': { ru: 'Ожидается', kk: 'Күтіледі', en: 'Expects' },
  'colmap.none': { ru: '— нет в файле —', kk: '— файлда жоқ —', en: '— not in the file —' },
  'colmap.required': { ru: 'обязательный', kk: 'міндетті', en: 'required' },
  'colmap.missing': {
    ru: 'Не указаны обязательные столбцы: {list}. Показатели, которым они нужны, не будут рассчитаны.',
    kk: 'Міндетті бағандар көрсетілмеген: {list}. Оларды қажет ететін көрсеткіштер есептелмейді.',
    en: 'Required columns not given: {list}. The indicators that need them will not be computed.',
  },
  'colmap.kind.region': {
    ru: 'код (KZ-75) или название региона',
    kk: 'өңір коды (KZ-75) не атауы',
    en: 'region code (KZ-75) or name',
  },
  'colmap.kind.district': {
    ru: 'код КАТО (KZ751110) или название района',
    kk: 'ҚАТО коды (KZ751110) не аудан атауы',
    en: 'KATO code (KZ751110) or district name',
  },
  'colmap.kind.code': { ru: 'код или подпись: {codes}', kk: 'код не белгі: {codes}', en: 'code or label: {codes}' },
  'colmap.kind.date': {
    ru: 'дата: 2025-12-31 или 31.12.2025',
    kk: 'күні: 2025-12-31 не 31.12.2025',
    en: 'date: 2025-12-31 or 31.12.2025',
  },
  'colmap.kind.number': { ru: 'число', kk: 'сан', en: 'number' },
  'colmap.kind.range': {
    ru: 'число от {min} до {max}',
    kk: '{min}-ден {max}-ге дейінгі сан',
    en: 'number from {min} to {max}',
  },
  'colmap.kind.count': { ru: 'целое число ≥ 0', kk: 'бүтін сан ≥ 0', en: 'whole number ≥ 0' },
  'colmap.kind.year': { ru: 'год', kk: 'жыл', en: 'year' },
  'colmap.kind.period': {
    ru: 'период: 2024, 2024-Q1 или 2024-03',
    kk: 'кезең: 2024, 2024-Q1 не 2024-03',
    en: 'period: 2024, 2024-Q1 or 2024-03',
  },
  'colmap.kind.text': { ru: 'текст', kk: 'мәтін', en: 'text' },
  'colmap.apply': { ru: 'Применить сопоставление', kk: 'Сәйкестендіруді қолдану', en: 'Apply the mapping' },
  'colmap.applied': {
    ru: 'Сопоставление применено и запомнено: {n, plural, one {# столбец записан} few {# столбца записаны} many {# столбцов записаны} other {# столбца записаны}} под ожидаемыми именами, исходные столбцы файла сохранены.',
    kk: 'Сәйкестендіру қолданылды және есте сақталды: {n} баған күтілетін атаулармен жазылды, файлдың бастапқы бағандары сақталды.',
    en: 'Mapping applied and remembered: {n, plural, one {# column} other {# columns}} written under the expected names; the file’s own columns are kept.',
  },
  'colmap.auto': {
    ru: 'Столбцы файла «{file}» сопоставлены без вопросов, как запомнено для набора «{role}» (файлы с такими же заголовками).',
    kk: '«{file}» файлының бағандары «{role}» жиыны үшін есте сақталғандай сұраусыз сәйкестендірілді (дәл осындай тақырыптары бар файлдар).',
    en: 'The columns of “{file}” were mapped without asking, as remembered for the {role} dataset (files with the same headers).',
  },
  'colmap.autoFailed': {
    ru: 'Запомненное сопоставление для набора «{role}» не применено, набор импортирован без роли: {message}',
    kk: '«{role}» жиыны үшін есте сақталған сәйкестендіру қолданылмады, жиын рөлсіз импортталды: {message}',
    en: 'The mapping remembered for the {role} dataset was not applied; the dataset was imported without a role: {message}',
  },
  'colmap.edit': { ru: 'Изменить сопоставление', kk: 'Сәйкестендіруді өзгерту', en: 'Edit the mapping' },
  'colmap.unmatched.region': {
    ru: 'Файл «{file}», столбец «{column}»: {n, plural, one {# значение не сопоставлено} few {# значения не сопоставлены} many {# значений не сопоставлены} other {# значения не сопоставлены}} ни с одним регионом: {values}. У этих строк нет региона; выберите код ниже и примените снова.',
    kk: '«{file}» файлы, «{column}» бағаны: {n} мән ешбір өңірмен сәйкестендірілмеді: {values}. Бұл жолдарда өңір жоқ; төменде кодты таңдап, қайта қолданыңыз.',
    en: 'File “{file}”, column “{column}”: {n, plural, one {# value matches} other {# values match}} no region: {values}. Those rows have no region; choose a code below and apply again.',
  },
  'colmap.unmatched.district': {
    ru: 'Файл «{file}», столбец «{column}»: {n, plural, one {# значение не сопоставлено} few {# значения не сопоставлены} many {# значений не сопоставлены} other {# значения не сопоставлены}} ни с одним районом своего региона: {values}. У этих строк нет района; выберите код ниже и примените снова.',
    kk: '«{file}» файлы, «{column}» бағаны: {n} мән өз өңірінің ешбір ауданымен сәйкестендірілмеді: {values}. Бұл жолдарда аудан жоқ; төменде кодты таңдап, қайта қолданыңыз.',
    en: 'File “{file}”, column “{column}”: {n, plural, one {# value matches} other {# values match}} no district of its region: {values}. Those rows have no district; choose a code below and apply again.',
  },
  'colmap.rowsOf': {
    ru: '«{value}» ({n} стр.)',
    kk: '«{value}» ({n} жол)',
    en: '“{value}” ({n, plural, one {# row} other {# rows}})',
  },
  'colmap.places': { ru: 'Регионы и районы', kk: 'Өңірлер мен аудандар', en: 'Regions and districts' },
  'colmap.district': { ru: 'Район', kk: 'Аудан', en: 'District' },
  'problem.not_a_date': {
    ru: 'не дата (ожидается 2025-12-31 или 31.12.2025)',
    kk: 'күн емес (2025-12-31 не 31.12.2025 күтіледі)',
    en: 'not a date (2025-12-31 or 31.12.2025 expected)',
  },
  'problem.not_a_number': { ru: 'не число', kk: 'сан емес', en: 'not a number' },
  'problem.not_a_count': {
    ru: 'не целое неотрицательное число',
    kk: 'теріс емес бүтін сан емес',
    en: 'not a whole number of 0 or more',
  },
  'problem.not_a_year': { ru: 'не год', kk: 'жыл емес', en: 'not a year' },
  'problem.not_a_period': {
    ru: 'не период (ожидается 2024, 2024-Q1 или 2024-03)',
    kk: 'кезең емес (2024, 2024-Q1 не 2024-03 күтіледі)',
    en: 'not a period (2024, 2024-Q1 or 2024-03 expected)',
  },
  'problem.out_of_range': {
    ru: 'значение вне допустимых границ',
    kk: 'мән рұқсат етілген шектен тыс',
    en: 'a value outside the allowed bounds',
  },
  'problem.unknown_code': {
    ru: 'значение не совпадает ни с одним кодом или его подписью',
    kk: 'мән ешбір кодпен не оның белгісімен сәйкес келмейді',
    en: 'a value that is none of the codes or their labels',
  },
  'colmap.how.hand': { ru: 'выбрано вручную', kk: 'қолмен таңдалды', en: 'chosen by hand' },
} as const satisfies Record<string, Localized>;
