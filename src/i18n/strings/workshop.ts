import type { Localized } from '../../core/lang';

/** Workshops: the labels of a slide's reveal steps and the notes a trainer pins on a chart or table. */
export const WORKSHOP_STRINGS = {
  'reveal.lowest': { ru: 'Самые низкие: {n}', kk: 'Ең төменгі: {n}', en: 'Lowest {n}' },
  'reveal.highest': { ru: 'Самые высокие: {n}', kk: 'Ең жоғары: {n}', en: 'Highest {n}' },
  'reveal.region': { ru: 'Регион: {name}', kk: 'Өңір: {name}', en: 'Region: {name}' },
  'reveal.significant': { ru: 'Значимые изменения', kk: 'Маңызды өзгерістер', en: 'Significant changes' },
  'reveal.row': { ru: 'Строка {n}', kk: '{n}-жол', en: 'Row {n}' },
  'reveal.rows': { ru: 'Строки {from}–{to}', kk: '{from}–{to} жолдар', en: 'Rows {from}–{to}' },
  'pin.title': { ru: 'Заметки семинара', kk: 'Семинар жазбалары', en: 'Workshop notes' },
  'pin.add': { ru: 'Закрепить заметку', kk: 'Жазбаны бекіту', en: 'Pin a note' },
  'pin.placeholder': {
    ru: 'Короткая заметка к этому графику',
    kk: 'Осы графикке қысқа жазба',
    en: 'A short note on this chart',
  },
  'pin.remove': { ru: 'Открепить', kk: 'Босату', en: 'Unpin' },
} as const satisfies Record<string, Localized>;
