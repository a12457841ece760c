/** The static report of a notebook run (`notebook run --out report.html|md`): its headings and notes. */
export const NOTEBOOK_REPORT_STRINGS = {
  'nbr.params': { ru: 'Параметры', kk: 'Параметрлер', en: 'Parameters' },
  'nbr.datasets': { ru: 'Данные', kk: 'Деректер', en: 'Data' },
  'nbr.dataset': {
    ru: '{name}: {rows} строк, {columns} столбцов',
    kk: '{name}: {rows} жол, {columns} баған',
    en: '{name}: {rows} rows, {columns} columns',
  },
  'nbr.mismatch': {
    ru: '{name}: блокнот написан для {expected} строк, здесь {actual}',
    kk: '{name}: блокнот {expected} жолға жазылған, мұнда {actual}',
    en: '{name}: written for {expected} rows; this data has {actual}',
  },
  'nbr.missing': { ru: '{name}: нет в этих данных', kk: '{name}: бұл деректерде жоқ', en: '{name}: not in this data' },
  'nbr.failed': {
    ru: 'Ячейка {cell} (строка {line}) не выполнена',
    kk: '{cell} ұяшығы ({line}-жол) орындалмады',
    en: 'Cell {cell} (line {line}) failed',
  },
  'nbr.skipped': {
    ru: 'Ячейка {cell} пропущена: она читает результат ячейки с ошибкой',
    kk: '{cell} ұяшығы өткізілді: ол қатесі бар ұяшықтың нәтижесін оқиды',
    en: 'Cell {cell} skipped: it reads the result of a failed cell',
  },
  'nbr.chart': { ru: 'Диаграмма: {title}', kk: 'Диаграмма: {title}', en: 'Chart: {title}' },
  'nbr.rows': {
    ru: 'Показано {shown} из {total} строк',
    kk: '{total} жолдың {shown} көрсетілді',
    en: '{shown} of {total} rows shown',
  },
  'nbr.flagged': {
    ru: '* — оценку следует интерпретировать осторожно (малая база или высокая относительная ошибка)',
    kk: '* — бағалауды сақтықпен түсіндіру керек (шағын база немесе жоғары салыстырмалы қате)',
    en: '* — interpret with care (small base or high relative SE)',
  },
  'nbr.suppressed': {
    ru: '— скрыто: слишком мало ответов (n < {minN})',
    kk: '— жасырылған: жауаптар тым аз (n < {minN})',
    en: '— suppressed: too few responses (n < {minN})',
  },
} as const;
