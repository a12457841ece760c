/**
 * Shrink the content of each slide that holds more than the canvas fits (a notebook written as a document):
 * `--fit` scales its `.slide-body` down and `data-fit` records the factor. Slides must be laid out (not hidden).
 */
export function fitSlides(root: HTMLElement): void {
  for (const slide of root.querySelectorAll<HTMLElement>('.slide')) {
    const body = slide.querySelector<HTMLElement>('.slide-body');
    if (!body) continue;
    const style = getComputedStyle(slide);
    const room = slide.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const need = body.scrollHeight;
    if (!room || need <= room) continue;
    // Widening the body as it shrinks reflows its text onto fewer lines, so the first factor is on the safe side.
    const fit = Math.floor((room / need) * 1000) / 1000;
    slide.style.setProperty('--fit', String(fit));
    slide.dataset.fit = String(fit);
  }
}
