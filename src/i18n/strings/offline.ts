import type { Localized } from '../../core/lang';

/** Installing the app for offline use, its updates, and the browser storage it keeps (About, the update banner). */
export const OFFLINE_STRINGS = {
  'offline.update': {
    ru: 'Доступна новая версия программы.',
    kk: 'Бағдарламаның жаңа нұсқасы қолжетімді.',
    en: 'A new version is available.',
  },
  'offline.update.button': { ru: 'Обновить', kk: 'Жаңарту', en: 'Update' },
  'offline.status.ready': {
    ru: 'Работа без сети: программа и DuckDB сохранены в этом браузере и откроются без интернета.',
    kk: 'Желісіз жұмыс: бағдарлама мен DuckDB осы браузерде сақталған және интернетсіз ашылады.',
    en: 'Offline: the app and DuckDB are stored in this browser and open without the internet.',
  },
  'offline.status.installing': {
    ru: 'Работа без сети: программа сохраняется в этом браузере…',
    kk: 'Желісіз жұмыс: бағдарлама осы браузерде сақталуда…',
    en: 'Offline: the app is being stored in this browser…',
  },
  'offline.status.insecure': {
    ru: 'Работа без сети по этому адресу невозможна: установка требует https или localhost. Программа работает, пока сервер доступен.',
    kk: 'Бұл мекенжайда желісіз жұмыс мүмкін емес: орнату үшін https немесе localhost қажет. Бағдарлама сервер қолжетімді кезде жұмыс істейді.',
    en: 'Offline use is not possible at this address: installing needs https or localhost. The app works while the server is reachable.',
  },
  'offline.status.unsupported': {
    ru: 'Этот браузер не поддерживает работу программы без сети (нет service worker).',
    kk: 'Бұл браузер бағдарламаның желісіз жұмысын қолдамайды (service worker жоқ).',
    en: 'This browser cannot run the app offline (no service worker).',
  },
  'offline.status.failed': {
    ru: 'Не удалось сохранить программу для работы без сети; она работает, пока сервер доступен.',
    kk: 'Бағдарламаны желісіз жұмыс үшін сақтау мүмкін болмады; ол сервер қолжетімді кезде жұмыс істейді.',
    en: 'The app could not be stored for offline use; it works while the server is reachable.',
  },
  'offline.status.off': {
    ru: 'Работа без сети включается только в собранной программе (npm run build).',
    kk: 'Желісіз жұмыс тек жинақталған бағдарламада қосылады (npm run build).',
    en: 'Offline use is switched on in the built app only (npm run build).',
  },
  'offline.persist.granted': {
    ru: 'Постоянное хранилище разрешено: браузер не удалит рабочую область и сохранённую программу при нехватке места.',
    kk: 'Тұрақты қоймаға рұқсат берілді: орын жетпегенде браузер жұмыс кеңістігі мен сақталған бағдарламаны өшірмейді.',
    en: 'Persistent storage granted: the browser will not clear the workspace and the stored app when space runs low.',
  },
  'offline.persist.denied': {
    ru: 'Постоянное хранилище не разрешено: при нехватке места браузер может удалить рабочую область и сохранённую программу. Установите программу или добавьте её в закладки — тогда браузер обычно разрешает.',
    kk: 'Тұрақты қоймаға рұқсат берілмеді: орын жетпегенде браузер жұмыс кеңістігі мен сақталған бағдарламаны өшіруі мүмкін. Бағдарламаны орнатыңыз немесе бетбелгіге қосыңыз — сонда браузер әдетте рұқсат береді.',
    en: 'Persistent storage not granted: when space runs low the browser may clear the workspace and the stored app. Install the app or bookmark it, and the browser usually grants it.',
  },
  'offline.persist.unavailable': {
    ru: 'Постоянное хранилище по этому адресу недоступно (нужны https или localhost).',
    kk: 'Бұл мекенжайда тұрақты қойма қолжетімсіз (https немесе localhost қажет).',
    en: 'Persistent storage is not available at this address (needs https or localhost).',
  },
  'offline.space': {
    ru: 'Занято {used} из {quota}, доступных этому сайту.',
    kk: 'Бұл сайтқа қолжетімді {quota} көлемнің {used} пайдаланылған.',
    en: '{used} used of the {quota} this site may use.',
  },
  'offline.mb': { ru: '{n} МБ', kk: '{n} МБ', en: '{n} MB' },
  'offline.gb': { ru: '{n} ГБ', kk: '{n} ГБ', en: '{n} GB' },
} as const satisfies Record<string, Localized>;
