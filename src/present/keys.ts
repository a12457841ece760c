import type { Labels } from './labels';

/** What a key does in the presenter. */
export type Action =
  | 'next'
  | 'back'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'overview'
  | 'goto'
  | 'speaker'
  | 'black'
  | 'contrast'
  | 'leave'
  | 'enter'
  | 'help';

/** The parts of a keyboard event the presenter reads (a `KeyboardEvent` is one). */
export interface KeyPress {
  key: string;
  /** The physical key, read when the layout types a letter the table lacks (Cyrillic: "а" on the F key). */
  code?: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** The keys as reveal.js users know them; clickers send the arrows and Page Up/Down. */
const ACTIONS: Record<string, Action> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  n: 'next',
  ArrowLeft: 'back',
  ArrowUp: 'back',
  PageUp: 'back',
  p: 'back',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  o: 'overview',
  g: 'goto',
  s: 'speaker',
  b: 'black',
  '.': 'black',
  c: 'contrast',
  Escape: 'leave',
  Enter: 'enter',
  '?': 'help',
};

/** The action of a key press, or null for a key the presenter leaves alone (and for shortcuts with Ctrl, Alt or ⌘). */
export function actionOf(press: KeyPress): Action | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === ' ' && press.shiftKey) return 'back';
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return ACTIONS[key] ?? ACTIONS[physical(press.code)] ?? null;
}

/** The digit a key types (for "go to slide"), or null. */
export function digitOf(press: KeyPress): number | null {
  return /^[0-9]$/.test(press.key) ? Number(press.key) : null;
}

/** The Latin letter or the full stop of a physical key code ('KeyF' → 'f'). */
function physical(code = ''): string {
  if (code === 'Period') return '.';
  return /^Key[A-Z]$/.test(code) ? code.slice(3).toLowerCase() : '';
}

/** The list of keys the help box shows: the keys as written on them, and what they do (Esc only where it leaves). */
export function helpRows(labels: Labels, canLeave: boolean): [string, string][] {
  return [
    ['→ Space PgDn', labels.keyNext],
    ['← PgUp', labels.keyBack],
    ['Home End', labels.keyEnds],
    ['F', labels.keyFullscreen],
    ['O', labels.keyOverview],
    ['G 12 Enter', labels.keyGoto],
    ['S', labels.speaker],
    ['B .', labels.keyBlack],
    ['C', labels.keyContrast],
    ...(canLeave ? ([['Esc', labels.keyLeave]] as [string, string][]) : []),
    ['?', labels.help],
  ];
}

/** Is a key meant for a text field? (The target may come from the speaker window, another realm: no instanceof.) */
export const isTyping = (t: EventTarget | null) =>
  typeof (t as Element | null)?.closest === 'function' &&
  !!(t as Element).closest('input, textarea, select, [contenteditable]');
