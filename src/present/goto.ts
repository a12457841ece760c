import { actionOf, digitOf, type KeyPress } from './keys';

/** What a key does to the go-to box: the digits typed after it (null: the box closes) and the slide to go to. */
export interface GotoTyping {
  typed: string | null;
  slide?: number;
}

const MAX_DIGITS = 4;

/**
 * A key pressed while the go-to box shows `typed`: digits add up, Backspace takes one back, Enter goes to the slide
 * numbered (from 1) and closes, Esc or G close. Null for any other key (the box closes and the key does its usual).
 */
export function typeGoto(typed: string, press: KeyPress): GotoTyping | null {
  const digit = digitOf(press);
  if (digit !== null) return { typed: `${typed}${digit}`.slice(-MAX_DIGITS) };
  if (press.key === 'Backspace') return { typed: typed.slice(0, -1) };
  if (press.key === 'Enter') return typed ? { typed: null, slide: Number(typed) } : { typed: null };
  if (press.key === 'Escape' || actionOf(press) === 'goto') return { typed: null };
  return null;
}
