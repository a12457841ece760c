// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fitSlides } from '../../../src/present/fit';

/** A deck of slides 1080 px tall with 64 px of padding top and bottom, whose bodies need the given heights. */
function deck(needs: number[]): HTMLElement {
  const root = document.createElement('div');
  for (const need of needs) {
    const slide = Object.assign(document.createElement('section'), { className: 'slide' });
    slide.style.padding = '64px 96px';
    Object.defineProperty(slide, 'clientHeight', { value: 1080 });
    const body = Object.assign(document.createElement('div'), { className: 'slide-body' });
    Object.defineProperty(body, 'scrollHeight', { value: need, configurable: true });
    slide.append(body);
    root.append(slide);
  }
  return root;
}

describe('fitSlides', () => {
  it('shrinks only the slides whose body needs more than the 952 px between the paddings, by room / need', () => {
    const root = deck([900, 952, 1904]);
    fitSlides(root);
    const slides = [...root.querySelectorAll<HTMLElement>('.slide')];
    expect(slides.map((s) => s.dataset.fit ?? null)).toEqual([null, null, '0.5']);
    expect(slides[2].style.getPropertyValue('--fit')).toBe('0.5');
    expect(slides[0].style.getPropertyValue('--fit')).toBe('');
  });

  it('rounds the factor down, so the shrunk body never ends past the canvas', () => {
    const root = deck([1000]);
    fitSlides(root);
    const fit = Number(root.querySelector<HTMLElement>('.slide')!.dataset.fit);
    expect(fit).toBe(0.952);
    expect(fit * 1000).toBeLessThanOrEqual(952);
  });

  it('takes a larger factor when the widened body reflows onto fewer lines', () => {
    const root = deck([1400]);
    const slide = root.querySelector<HTMLElement>('.slide')!;
    // Narrower than at a factor of 0.8, the body's text wraps: 1,400 px; wider, 1,000 px.
    const fitOf = () => Number(slide.style.getPropertyValue('--fit') || 1);
    Object.defineProperty(slide.firstElementChild, 'scrollHeight', { get: () => (fitOf() > 0.8 ? 1400 : 1000) });
    fitSlides(root);
    const fit = Number(slide.dataset.fit);
    expect(fit).toBeGreaterThan(0.79);
    expect(fit).toBeLessThanOrEqual(0.8);
    expect(1000 * fit).toBeLessThanOrEqual(952);
  });

  it('shrinks a slide whose table is wider than the body until the widened body holds it', () => {
    const root = deck([500]);
    const slide = root.querySelector<HTMLElement>('.slide')!;
    const body = slide.firstElementChild!;
    const fitOf = () => Number(slide.style.getPropertyValue('--fit') || 1);
    Object.defineProperty(body, 'scrollWidth', { value: 2000 });
    Object.defineProperty(body, 'clientWidth', { get: () => 1728 / fitOf() });
    fitSlides(root);
    const fit = Number(slide.dataset.fit);
    expect(fit).toBe(0.864);
    expect(1728 / fit).toBeGreaterThanOrEqual(2000);
  });
});
