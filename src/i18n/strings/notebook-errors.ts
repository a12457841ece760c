import type { Localized } from '../../core/lang';

/** What each parser, validator and runner error code of a notebook means; `{detail}` is the error's detail. */
export const NOTEBOOK_ERROR_STRINGS = {
  'nb.err.at': {
    ru: 'строка {line}: {text}',
    kk: '{line}-жол: {text}',
    en: 'line {line}: {text}',
  },
  'nb.err.atCell': {
    ru: 'строка {line}, ячейка {cell}: {text}',
    kk: '{line}-жол, {cell} ұяшығы: {text}',
    en: 'line {line}, cell {cell}: {text}',
  },
  'nb.err.unknown': {
    ru: 'ошибка {code}: {detail}',
    kk: '{code} қатесі: {detail}',
    en: 'error {code}: {detail}',
  },
  'nb.err.front_missing': {
    ru: 'Нет заголовочного блока: файл должен начинаться со строки --- и полей title, datasets, params.',
    kk: 'Тақырып блогы жоқ: файл --- жолынан және title, datasets, params өрістерінен басталуы керек.',
    en: 'No front matter: the file must start with a --- line and the title, datasets and params fields.',
  },
  'nb.err.front_unclosed': {
    ru: 'Заголовочный блок не закрыт строкой ---.',
    kk: 'Тақырып блогы --- жолымен жабылмаған.',
    en: 'The front matter is not closed by a --- line.',
  },
  'nb.err.front_field': {
    ru: 'Неверное значение поля заголовка «{detail}».',
    kk: 'Тақырыптың «{detail}» өрісінің мәні қате.',
    en: 'The front matter field "{detail}" has a wrong value.',
  },
  'nb.err.unknown_field': {
    ru: 'Неизвестное поле заголовка «{detail}» (допустимы title, author, lang, description, datasets, params).',
    kk: 'Тақырыптың белгісіз өрісі «{detail}» (title, author, lang, description, datasets, params рұқсат).',
    en: 'Unknown front matter field "{detail}" (allowed: title, author, lang, description, datasets, params).',
  },
  'nb.err.bad_name': {
    ru: 'Имя «{detail}» недопустимо: строчные латинские буквы, цифры и _, не с цифры.',
    kk: '«{detail}» атауы жарамсыз: кіші латын әріптері, сандар және _, саннан басталмайды.',
    en: 'The name "{detail}" is not allowed: lower-case Latin letters, digits and _, not starting with a digit.',
  },
  'nb.err.yaml': {
    ru: 'Ошибка YAML: {detail}',
    kk: 'YAML қатесі: {detail}',
    en: 'YAML error: {detail}',
  },
  'nb.err.fence_unclosed': {
    ru: 'Блок ``` не закрыт: всё до конца файла стало его текстом.',
    kk: '``` блогы жабылмаған: файлдың соңына дейінгі бәрі оның мәтіні болды.',
    en: 'The ``` block is not closed: everything to the end of the file became its body.',
  },
  'nb.err.notes_unclosed': {
    ru: 'Заметки докладчика (::: notes) не закрыты строкой ::: — всё до конца файла, включая ячейки, стало заметками.',
    kk: 'Баяндамашы жазбалары (::: notes) ::: жолымен жабылмаған — файлдың соңына дейінгі бәрі, ұяшықтарды қоса, жазбаға айналды.',
    en: 'The speaker notes (::: notes) are not closed by a ::: line: everything to the end of the file, cells included, became notes.',
  },
  'nb.err.bad_option': {
    ru: 'В строке ячейки ожидается ключ=значение, а написано «{detail}».',
    kk: 'Ұяшық жолында кілт=мән күтіледі, ал «{detail}» жазылған.',
    en: 'The cell line expects key=value, not "{detail}".',
  },
  'nb.err.duplicate_option': {
    ru: 'Параметр «{detail}» задан дважды (в строке ячейки и в её теле или два раза).',
    kk: '«{detail}» параметрі екі рет берілген (ұяшық жолында және денесінде немесе екі рет).',
    en: 'The option "{detail}" is given twice (in the cell line and its body, or twice in one).',
  },
  'nb.err.body_not_mapping': {
    ru: 'Тело ячейки должно быть набором «ключ: значение».',
    kk: 'Ұяшық денесі «кілт: мән» жиыны болуы керек.',
    en: 'The cell body must be a set of "key: value" lines.',
  },
  'nb.err.unknown_option': {
    ru: 'У ячеек этого вида нет параметра «{detail}».',
    kk: 'Бұл түрдегі ұяшықтарда «{detail}» параметрі жоқ.',
    en: 'Cells of this kind have no option "{detail}".',
  },
  'nb.err.missing_option': {
    ru: 'Не задан обязательный параметр «{detail}».',
    kk: 'Міндетті «{detail}» параметрі берілмеген.',
    en: 'The required option "{detail}" is missing.',
  },
  'nb.err.bad_value': {
    ru: 'Недопустимое значение параметра: {detail}',
    kk: 'Параметрдің жарамсыз мәні: {detail}',
    en: 'Not a valid value for the option: {detail}',
  },
  'nb.err.unknown_dataset': {
    ru: 'Набор данных не назван в заголовке (datasets): {detail}',
    kk: 'Деректер жиыны тақырыпта (datasets) аталмаған: {detail}',
    en: 'The dataset is not named in the front matter (datasets): {detail}',
  },
  'nb.err.unknown_result': {
    ru: 'Нет такого результата выше по тексту (ячейки с id=): {detail}',
    kk: 'Мәтінде жоғарыда мұндай нәтиже жоқ (id= бар ұяшықтар): {detail}',
    en: 'No such result earlier in the notebook (cells with id=): {detail}',
  },
  'nb.err.unknown_param': {
    ru: 'Параметр не объявлен в заголовке (params): {detail}',
    kk: 'Параметр тақырыпта (params) жарияланбаған: {detail}',
    en: 'The parameter is not declared in the front matter (params): {detail}',
  },
  'nb.err.empty_sql': {
    ru: 'Ячейка SQL пуста.',
    kk: 'SQL ұяшығы бос.',
    en: 'The SQL cell is empty.',
  },
  'nb.err.chart_source': {
    ru: 'У диаграммы должен быть ровно один источник: data= (результат) или indicator= (показатель каталога).',
    kk: 'Диаграмманың дәл бір көзі болуы керек: data= (нәтиже) немесе indicator= (каталог көрсеткіші).',
    en: 'A chart needs exactly one source: data= (a result) or indicator= (a catalogue indicator).',
  },
  'nb.err.bad_reveal': {
    ru: 'Шаг показа не распознан: «{detail}» (lowest N, highest N, region КОД или $параметр, significant, rows, rows N; N от 1 до 20).',
    kk: 'Көрсету қадамы танылмады: «{detail}» (lowest N, highest N, region КОД немесе $параметр, significant, rows, rows N; N 1-ден 20-ға дейін).',
    en: 'A reveal step that cannot be read: "{detail}" (lowest N, highest N, region CODE or $param, significant, rows, rows N; N from 1 to 20).',
  },
  'nb.err.reveal_not_applicable': {
    ru: 'Этот шаг показа не подходит к такой диаграмме или таблице: {detail}',
    kk: 'Бұл көрсету қадамы мұндай диаграммаға немесе кестеге келмейді: {detail}',
    en: 'This reveal step does not apply to this kind of chart or table: {detail}',
  },
  'nb.err.bad_step': {
    ru: 'Шаг преобразования должен быть одной парой «глагол: аргументы»: {detail}',
    kk: 'Түрлендіру қадамы бір «етістік: аргументтер» жұбы болуы керек: {detail}',
    en: 'A transform step must be one "verb: arguments" pair: {detail}',
  },
  'nb.err.unknown_verb': {
    ru: 'Недопустимый глагол преобразования: {detail}',
    kk: 'Түрлендірудің жарамсыз етістігі: {detail}',
    en: 'Not an allowed transform verb: {detail}',
  },
  'nb.err.duplicate_id': {
    ru: 'Ячейка с id «{detail}» уже есть выше.',
    kk: '«{detail}» id бар ұяшық жоғарыда бар.',
    en: 'A cell with the id "{detail}" already exists above.',
  },
  'nb.err.name_taken': {
    ru: 'Имя «{detail}» уже занято набором данных или параметром.',
    kk: '«{detail}» атауын деректер жиыны немесе параметр алған.',
    en: 'The name "{detail}" is already a dataset or a parameter.',
  },
  'nb.err.cell_failed': {
    ru: 'Ячейка не выполнилась: {detail}',
    kk: 'Ұяшық орындалмады: {detail}',
    en: 'The cell failed: {detail}',
  },
  'nb.err.not_implemented': {
    ru: 'Ячейки этого вида пока не выполняются: {detail}',
    kk: 'Бұл түрдегі ұяшықтар әзірге орындалмайды: {detail}',
    en: 'Cells of this kind cannot run yet: {detail}',
  },
  'nb.err.unterminated': {
    ru: 'В SQL не закрыта строка или комментарий: {detail}',
    kk: 'SQL-да жол немесе түсініктеме жабылмаған: {detail}',
    en: 'An SQL string or comment is never closed: {detail}',
  },
  'nb.err.multiple_statements': {
    ru: 'В ячейке может стоять только один запрос: {detail}',
    kk: 'Ұяшықта тек бір сұраным болуы мүмкін: {detail}',
    en: 'Only one query may stand in a cell: {detail}',
  },
  'nb.err.not_a_query': {
    ru: 'Ячейка SQL должна быть одним запросом SELECT, WITH, FROM, VALUES или TABLE: {detail}',
    kk: 'SQL ұяшығы бір SELECT, WITH, FROM, VALUES немесе TABLE сұранымы болуы керек: {detail}',
    en: 'An SQL cell must be one SELECT, WITH, FROM, VALUES or TABLE query: {detail}',
  },
  'nb.err.unbalanced': {
    ru: 'Скобки в SQL не сбалансированы: {detail}',
    kk: 'SQL-дағы жақшалар теңгерілмеген: {detail}',
    en: 'The parentheses in the SQL do not balance: {detail}',
  },
  'nb.err.forbidden_statement': {
    ru: 'Команда не разрешена в блокноте (только чтение): {detail}',
    kk: 'Пәрменге блокнотта рұқсат жоқ (тек оқу): {detail}',
    en: 'The statement is not allowed in a notebook (read only): {detail}',
  },
  'nb.err.forbidden_function': {
    ru: 'Функция не разрешена в блокноте (файлы, сеть, настройки): {detail}',
    kk: 'Функцияға блокнотта рұқсат жоқ (файлдар, желі, баптаулар): {detail}',
    en: 'The function is not allowed in a notebook (files, network, settings): {detail}',
  },
  'nb.err.file_reference': {
    ru: 'SQL может читать только наборы и результаты блокнота, не файлы: {detail}',
    kk: 'SQL тек блокноттың жиындары мен нәтижелерін оқи алады, файлдарды емес: {detail}',
    en: 'SQL may read only the datasets and results of the notebook, not files: {detail}',
  },
  'nb.err.unknown_table': {
    ru: 'Это не набор данных и не результат блокнота: {detail}',
    kk: 'Бұл блокноттың деректер жиыны да, нәтижесі де емес: {detail}',
    en: 'Not a dataset or result of this notebook: {detail}',
  },
  'nb.err.positional_param': {
    ru: 'Используйте именованный параметр ($wave): {detail}',
    kk: 'Атаулы параметрді қолданыңыз ($wave): {detail}',
    en: 'Use a named parameter ($wave): {detail}',
  },
  'nb.err.unknown_indicator': {
    ru: 'Нет такого показателя в каталоге: {detail}',
    kk: 'Каталогта мұндай көрсеткіш жоқ: {detail}',
    en: 'No such indicator in the catalogue: {detail}',
  },
  'nb.err.bad_expression': {
    ru: 'Выражение не разрешено (только d.столбец, op.функция(), числа, строки и операторы): {detail}',
    kk: 'Өрнекке рұқсат жоқ (тек d.баған, op.функция(), сандар, жолдар және операторлар): {detail}',
    en: 'The expression is not allowed (only d.column, op.fn(), numbers, text and operators): {detail}',
  },
  'nb.err.no_shapes': {
    ru: 'Для карты нет границ регионов: {detail}',
    kk: 'Карта үшін өңір шекаралары жоқ: {detail}',
    en: 'No region boundaries for the map: {detail}',
  },
  'nb.err.unknown_column': {
    ru: 'Нет такого столбца в результате: {detail}',
    kk: 'Нәтижеде мұндай баған жоқ: {detail}',
    en: 'No such column in the result: {detail}',
  },
  'nb.err.unknown_entry': {
    ru: 'Нет такого показателя в каталоге: {detail}',
    kk: 'Каталогта мұндай көрсеткіш жоқ: {detail}',
    en: 'No such entry in the catalogue: {detail}',
  },
  'nb.err.unknown_variable': {
    ru: 'Нет такой переменной в кодовой книге набора: {detail}',
    kk: 'Жиынның код кітабында мұндай айнымалы жоқ: {detail}',
    en: 'No such variable in the dataset’s codebook: {detail}',
  },
  'nb.err.unknown_covariate': {
    ru: 'Нет такой характеристики района для модели: {detail} (допустимы region, urban_share, ngo_per_10k, has_centre, centre_level, services_per_10k).',
    kk: 'Модель үшін ауданның мұндай сипаттамасы жоқ: {detail} (рұқсат: region, urban_share, ngo_per_10k, has_centre, centre_level, services_per_10k).',
    en: 'No such district characteristic for the model: {detail} (allowed: region, urban_share, ngo_per_10k, has_centre, centre_level, services_per_10k).',
  },
  'nb.err.unknown_need': {
    ru: 'Ни у одного района нет значения для {detail} (численность населения даёт набор district_frame, расстояние — реестр центров): поставьте ему вес 0, чтобы ранжировать без него.',
    kk: 'Бірде-бір ауданда {detail} мәні жоқ (халық санын district_frame жиыны, қашықтықты орталықтар тізілімі береді): онсыз саралау үшін оған 0 салмақ беріңіз.',
    en: 'No district has a value for {detail} (population comes from the district_frame dataset, distance from the registry of centres): give it weight 0 to rank without it.',
  },
  'nb.err.unknown_wave': {
    ru: 'Нет такой волны в данных: {detail}',
    kk: 'Деректерде мұндай толқын жоқ: {detail}',
    en: 'No such wave in the data: {detail}',
  },
} satisfies Record<string, Localized>;
