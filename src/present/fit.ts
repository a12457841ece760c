/**
 * Shrink the content of each slide that holds more than the canvas fits (a notebook written as a document, a table
 * wider than the slide): `--fit` scales its `.slide-body` down and `data-fit` records the factor. Slides must be
 * laid out (not hidden).
 */
export function fitSlides(root: HTMLElement): void {
  for (const slide of root.querySelectorAll<HTMLElement>('.slide')) {
    const body = slide.querySelector<HTMLElement>('.slide-body');
    if (!body) continue;
    const style = getComputedStyle(slide);
    const room = slide.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    if (!room) continue;
    const fits = (f: number) => body.scrollHeight * f <= room && body.scrollWidth <= body.clientWidth + 1;
    if (fits(1)) continue;
    const byHeight = Math.min(1, room / body.scrollHeight);
    const byWidth = body.scrollWidth ? Math.min(1, body.clientWidth / body.scrollWidth) : 1;
    const safe = Math.floor(Math.min(byHeight, byWidth) * 1000) / 1000;
    const fit = largestFit(slide, fits, safe);
    slide.style.setProperty('--fit', String(fit));
    slide.dataset.fit = String(fit);
  }
}

/**
 * The largest factor that `fits`, from the `safe` one up (found by halving, to a thousandth): the body widens as it
 * shrinks, and its text reflowed onto fewer lines (a wide table's wrapped names) may leave room for a larger one.
 */
function largestFit(slide: HTMLElement, fits: (f: number) => boolean, safe: number): number {
  let [lo, hi] = [safe, 1];
  for (let i = 0; i < 10; i++) {
    const mid = (lo + hi) / 2;
    slide.style.setProperty('--fit', String(mid));
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return Math.max(safe, Math.floor(lo * 1000) / 1000);
}
