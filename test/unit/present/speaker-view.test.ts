// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clock, speakerView } from '../../../src/present/speaker-view';

function slides(): HTMLElement[] {
  const root = document.createElement('div');
  const reveal = JSON.stringify([{ mode: 'highlight', keys: ['A'], label: 'A' }]);
  root.innerHTML = `
    <section data-slide="0"><figure data-reveal='${reveal}'><svg><path data-region="A"/></svg></figure>
      <aside class="notes"> First. </aside><aside class="notes">Second.</aside></section>
    <section data-slide="1"><h2>Two</h2></section>`;
  return [...root.querySelectorAll<HTMLElement>('section')];
}

describe('speakerView', () => {
  it('shows as next what the next key brings: the next step of the slide, as a copy', () => {
    const s = slides();
    const view = speakerView(s, [1, 0], { slide: 0, step: 0 }, '', null);
    expect(view.next).not.toBe(s[0]);
    expect(view.next?.querySelector('[data-lit]')?.getAttribute('data-region')).toBe('A');
    expect(s[0].querySelector('[data-lit]')).toBeNull();
    expect([view.count, view.notes]).toEqual(['1 / 2', 'First.\n\nSecond.']);
  });
  it('then the next slide, then nothing at the end', () => {
    const s = slides();
    expect(speakerView(s, [1, 0], { slide: 0, step: 1 }, '', null).next?.getAttribute('data-slide')).toBe('1');
    expect(speakerView(s, [1, 0], { slide: 1, step: 0 }, '', null)).toMatchObject({
      next: null,
      notes: '',
      count: '2 / 2',
    });
  });
});

describe('clock', () => {
  it('reads mm:ss, and h:mm:ss from an hour on', () => {
    expect([clock(0), clock(61_999), clock(59 * 60_000), clock(3_725_000), clock(-5)]).toEqual([
      '00:00',
      '01:01',
      '59:00',
      '1:02:05',
      '00:00',
    ]);
  });
});
