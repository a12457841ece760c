const GAP = 24;

/** How many columns the overview grid has for `count` slides on a screen `width` px wide. */
export const columnsFor = (count: number, width: number) =>
  Math.max(1, Math.min(Math.ceil(Math.sqrt(count)), Math.floor(width / 240), 6));

/**
 * Lays the slides out as a grid of thumbnails in a `width` px wide deck root, through the CSS variables the
 * overview styles read; returns the number of columns (arrow keys move by a row).
 */
export function layOut(root: HTMLElement, slides: HTMLElement[], width: number): number {
  const cols = columnsFor(slides.length, width);
  const thumb = Math.max(40, (width - GAP * (cols + 1)) / cols);
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
