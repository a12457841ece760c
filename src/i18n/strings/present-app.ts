import type { Localized } from '../../core/lang';

/** Presentation mode in the app: a notebook's slides, or one page's chart, on a projector (the runtime's own strings are in present.ts). */
export const PRESENT_APP_STRINGS = {
  'presenting.start': { ru: 'Показать', kk: 'Көрсету', en: 'Present' },
  'presenting.startHint': {
    ru: 'Показать на проекторе (Esc — выход)',
    kk: 'Проекторда көрсету (Esc — шығу)',
    en: 'Show on a projector (Esc leaves)',
  },
  'presenting.controls': { ru: 'Управление показом', kk: 'Көрсетуді басқару', en: 'Presentation controls' },
  'presenting.speaker': { ru: 'Для докладчика (S)', kk: 'Баяндамашыға (S)', en: 'Speaker view (S)' },
  'presenting.leave': { ru: 'Выйти (Esc)', kk: 'Шығу (Esc)', en: 'Leave (Esc)' },
  'presenting.contrast': { ru: 'Высокий контраст (C)', kk: 'Жоғары контраст (C)', en: 'High contrast (C)' },
  'presenting.keys': {
    ru: '→ далее · ← назад · O обзор · G переход · S для докладчика · B экран · F весь экран',
    kk: '→ келесі · ← артқа · O шолу · G өту · S баяндамашыға · B экран · F толық экран',
    en: '→ next · ← back · O overview · G go to · S speaker view · B black · F full screen',
  },
  'presenting.empty': {
    ru: 'В этом блокноте пока нечего показать.',
    kk: 'Бұл блокнотта әзірге көрсететін ештеңе жоқ.',
    en: 'This notebook has nothing to show yet.',
  },
  'presenting.slide': { ru: 'Слайд {n} из {total}', kk: '{total} слайдтың {n}-сі', en: 'Slide {n} of {total}' },
  'presenting.pin': { ru: 'Заметка', kk: 'Жазба', en: 'Pin a note' },
  'presenting.pinLabel': {
    ru: 'Заметка семинара к «{cell}»',
    kk: '«{cell}» бойынша семинар жазбасы',
    en: 'Workshop note on “{cell}”',
  },
  'presenting.pinSave': { ru: 'Закрепить', kk: 'Бекіту', en: 'Pin' },
  'presenting.pinCancel': { ru: 'Отмена', kk: 'Бас тарту', en: 'Cancel' },
  'presenting.unpin': { ru: 'Открепить', kk: 'Алып тастау', en: 'Unpin' },
  'presenting.problem': {
    ru: 'Ячейка {cell} не выполнена',
    kk: '{cell} ұяшығы орындалмады',
    en: 'Cell {cell} did not run',
  },
} as const satisfies Record<string, Localized>;
