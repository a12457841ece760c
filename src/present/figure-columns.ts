/** A figure's box on a slide: which figure (its position in the slide) and its width and height in px. */
export interface Placed {
  index: number;
  width: number;
  height: number;
}

/** The ways of cutting n figures, in order, into `parts` runs of at least one. */
function cuts(n: number, parts: number): number[][] {
  if (parts === 1) return [[n]];
  const out: number[][] = [];
  for (let first = 1; first <= n - parts + 1; first++)
    for (const rest of cuts(n - first, parts - 1)) out.push([first, ...rest]);
  return out;
}

/** One column of figures: the area they are drawn at and their boxes, sharing its height by what each needs. */
function column(own: number[], from: number, width: number, height: number, gap: number, caption: number) {
  const natural = own.map((r) => r * width + caption);
  const room = height - (own.length - 1) * gap;
  const sum = natural.reduce((a, b) => a + b, 0);
  const shrink = sum <= room ? 1 : Math.max(0, (room - own.length * caption) / (sum - own.length * caption));
  const area = own.reduce((s, r) => s + (width * shrink) ** 2 * r, 0);
  const boxes = natural.map((h, i) => ({ index: from + i, width, height: Math.floor((h / sum) * room) }));
  return { area, boxes };
}

/**
 * Figures (each given as height over width) packed in their order into side-by-side columns that fill an area: the
 * cut that draws them largest (a tall ranking alone in one column, a map over a table in the next).
 */
export function figureColumns(
  ratios: number[],
  width: number,
  height: number,
  { gap = 40, caption = 52 } = {},
): Placed[][] {
  let best: { area: number; columns: Placed[][] } = { area: -1, columns: [] };
  for (let parts = 1; parts <= ratios.length; parts++) {
    const w = Math.floor((width - (parts - 1) * gap) / parts);
    for (const cut of cuts(ratios.length, parts)) {
      let from = 0;
      const cols = cut.map((k) => {
        const c = column(ratios.slice(from, from + k), from, w, height, gap, caption);
        from += k;
        return c;
      });
      const area = cols.reduce((s, c) => s + c.area, 0);
      if (area > best.area * 1.05) best = { area, columns: cols.map((c) => c.boxes) };
    }
  }
  return best.columns;
}
