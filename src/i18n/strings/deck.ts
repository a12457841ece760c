import type { Localized } from '../../core/lang';

/** The deck file: exporting a notebook as slides that open from a USB stick. */
export const DECK_STRINGS = {
  'deck.export': { ru: 'Экспорт слайдов', kk: 'Слайдтарды экспорттау', en: 'Export deck' },
  'deck.export.title': {
    ru: 'Один HTML-файл со слайдами: открывается с флешки без интернета, листается клавишами, печатается',
    kk: 'Слайдтары бар бір HTML файл: флешкадан интернетсіз ашылады, пернелермен ауыстырылады, басып шығарылады',
    en: 'One HTML file of slides: opens from a USB stick with no internet, steps with the keys, prints',
  },
} as const satisfies Record<string, Localized>;
