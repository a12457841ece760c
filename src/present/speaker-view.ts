import { next, type Position } from './navigation';
import { applyStep } from './stepping';

/** What the speaker window shows: the slide on screen, what comes next (null at the end), notes, where we are. */
export interface SpeakerView {
  current: HTMLElement;
  next: HTMLElement | null;
  notes: string;
  count: string;
  step: string;
  theme: string | null;
}

/**
 * The speaker's view at `at`: "next" is a copy of what the next key shows (the slide's next step, else the next
 * slide), the notes are the text of the slide's `.notes`.
 */
export function speakerView(slides: HTMLElement[], steps: number[], at: Position, step: string, theme: string | null) {
  const after = next(at, steps);
  const upcoming = after === at ? null : (slides[after.slide].cloneNode(true) as HTMLElement);
  if (upcoming) applyStep(upcoming, after.step);
  const notes = [...slides[at.slide].querySelectorAll('.notes')].map((n) => n.textContent?.trim() ?? '');
  const count = `${at.slide + 1} / ${slides.length}`;
  return { current: slides[at.slide], next: upcoming, notes: notes.filter(Boolean).join('\n\n'), count, step, theme };
}

/** Elapsed time as mm:ss, or h:mm:ss from an hour on. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(sec)}` : `${pad(m)}:${pad(sec)}`;
}
