import type { Action } from './keys';

const GAP = 24;
const MAX_COLUMNS = 6;

/** The thumbnail width for `cols` columns on a screen `width` px wide. */
const thumbFor = (cols: number, width: number) => Math.max(40, (width - GAP * (cols + 1)) / cols);

/**
 * How many columns the overview grid has: the fewest that fit all `count` slides on a `width`×`height` screen, or
 * the most it allows (the grid scrolls then).
 */
export function columnsFor(count: number, width: number, height: number): number {
  for (let cols = 1; cols < MAX_COLUMNS; cols++) {
    const rows = Math.ceil(count / cols);
    if (rows * ((thumbFor(cols, width) * 9) / 16 + GAP) + GAP <= height) return cols;
  }
  return MAX_COLUMNS;
}

/**
 * Lays the slides out as a grid of thumbnails in a `width`×`height` deck root, through the CSS variables the
 * overview styles read; returns the number of columns (arrow keys up and down move by a row).
 */
export function layOut(root: HTMLElement, slides: HTMLElement[], width: number, height: number): number {
  const cols = columnsFor(slides.length, width, height);
  const thumb = thumbFor(cols, width);
  const scale = thumb / 1920;
  root.style.setProperty('--overview-scale', String(scale));
  slides.forEach((s, i) => {
    s.style.setProperty('--overview-x', `${GAP + (i % cols) * (thumb + GAP)}px`);
    s.style.setProperty('--overview-y', `${GAP + Math.floor(i / cols) * (1080 * scale + GAP)}px`);
  });
  return cols;
}

/** Removes the overview's variables from the root and the slides. */
export function clearLayout(root: HTMLElement, slides: HTMLElement[]): void {
  root.style.removeProperty('--overview-scale');
  for (const s of slides) for (const v of ['--overview-x', '--overview-y']) s.style.removeProperty(v);
}

/**
 * What a key does in the overview: the slide it picks (arrows by one, ↑ ↓ by a row of `cols`, Home, End), 'close'
 * (O, Esc, Enter), 'then' (close, then do the key's own action: contrast, full screen, speaker), or null.
 */
export function pickInOverview(
  slide: number,
  action: Action,
  key: string,
  cols: number,
): number | 'close' | 'then' | null {
  if (key === 'ArrowUp' || key === 'ArrowDown') return slide + (key === 'ArrowUp' ? -cols : cols);
  if (action === 'next' || action === 'back') return slide + (action === 'next' ? 1 : -1);
  if (action === 'first' || action === 'last') return action === 'first' ? 0 : Infinity;
  if (action === 'overview' || action === 'leave' || action === 'enter') return 'close';
  return action === 'contrast' || action === 'fullscreen' || action === 'speaker' ? 'then' : null;
}
