/** The presenter runtime (projector, speaker window, deck file): its few labels. */
export const PRESENT_STRINGS = {
  'present.current': { ru: 'Сейчас', kk: 'Қазір', en: 'Now' },
  'present.next': { ru: 'Далее', kk: 'Келесі', en: 'Next' },
  'present.end': { ru: 'Конец презентации', kk: 'Презентацияның соңы', en: 'End of the presentation' },
  'present.notes': { ru: 'Заметки', kk: 'Жазбалар', en: 'Notes' },
  'present.noNotes': { ru: 'Заметок нет', kk: 'Жазба жоқ', en: 'No notes' },
  'present.elapsed': { ru: 'Прошло', kk: 'Өтті', en: 'Elapsed' },
  'present.resetTimer': { ru: 'Сбросить таймер', kk: 'Таймерді қайта бастау', en: 'Reset the timer' },
  'present.step': { ru: 'Шаг {n} из {total}', kk: '{total} қадамның {n}-і', en: 'Step {n} of {total}' },
  'present.goto': { ru: 'Перейти к слайду', kk: 'Слайдқа өту', en: 'Go to slide' },
  'present.speaker': { ru: 'Окно докладчика', kk: 'Баяндамашы терезесі', en: 'Speaker view' },
  'present.popupBlocked': {
    ru: 'Браузер не открыл окно докладчика: разрешите всплывающие окна для этой страницы',
    kk: 'Браузер баяндамашы терезесін ашпады: осы бетке қалқымалы терезелерге рұқсат беріңіз',
    en: 'The browser did not open the speaker view: allow pop-ups for this page',
  },
} as const;
