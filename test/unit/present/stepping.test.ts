// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyStep, stepAt, stepCount, stepsIn } from '../../../src/present/stepping';

const MAP = [
  { mode: 'highlight', keys: ['A', 'B'], label: 'Lowest 2' },
  { mode: 'highlight', keys: ['C'], label: 'Your region' },
];
const ROWS = [
  { mode: 'show', keys: ['r1'], label: 'Row 1' },
  { mode: 'show', keys: ['r2'], label: 'Row 2' },
];

function slide(): HTMLElement {
  const s = document.createElement('section');
  s.innerHTML = `
    <figure data-reveal='${JSON.stringify(MAP)}'><svg>
      <path data-region="A"/><path data-region="B"/><path data-region="C"/></svg></figure>
    <table data-reveal='${JSON.stringify(ROWS)}'>
      <tr><th>head</th></tr><tr data-key="r1"><td>1</td></tr><tr data-key="r2"><td>2</td></tr></table>`;
  return s;
}

/** Each keyed item as key + marks: "A+" lit, "A-" dimmed, "r1~" hidden, "C" plain. */
const marks = (s: Element) =>
  [...s.querySelectorAll('[data-region], [data-key]')]
    .map((e) => {
      const m = e.hasAttribute('data-lit') ? '+' : e.hasAttribute('data-dim') ? '-' : '';
      return (
        (e.getAttribute('data-region') ?? e.getAttribute('data-key')) + m + (e.hasAttribute('data-hidden') ? '~' : '')
      );
    })
    .join(' ');
const stepped = (s: Element) =>
  [...s.querySelectorAll('[data-step]')].map((e) => `${e.tagName}=${e.getAttribute('data-step')}`);

describe('stepping', () => {
  it('at step 0 nothing is lit and the rows a step reveals are hidden', () => {
    const s = slide();
    applyStep(s, 0);
    expect(marks(s)).toBe('A B C r1~ r2~');
    expect(stepped(s)).toEqual([]);
  });
  it('highlight steps light their keys and dim the others; the element of the step carries data-step', () => {
    const s = slide();
    applyStep(s, 1);
    expect(marks(s)).toBe('A+ B+ C- r1~ r2~');
    expect(stepped(s)).toEqual(['FIGURE=1']);
    applyStep(s, 2);
    expect(marks(s)).toBe('A- B- C+ r1~ r2~');
  });
  it('steps go on to the next element in document order, the earlier one keeping its last step', () => {
    const s = slide();
    applyStep(s, 3);
    expect(marks(s)).toBe('A- B- C+ r1 r2~');
    expect(stepped(s)).toEqual(['TABLE=3']);
    applyStep(s, 4);
    expect(marks(s)).toBe('A- B- C+ r1 r2');
  });
  it('going back undoes the marks', () => {
    const s = slide();
    applyStep(s, 4);
    applyStep(s, 0);
    expect(marks(s)).toBe('A B C r1~ r2~');
  });
  it('stepCount reads data-steps, else counts the steps; stepAt finds step k over the elements', () => {
    const s = slide();
    expect(stepCount(s)).toBe(4);
    s.setAttribute('data-steps', '3');
    expect(stepCount(s)).toBe(3);
    expect(stepAt(s, 3)?.label).toBe('Row 1');
    expect([stepAt(s, 0), stepAt(s, 9)]).toEqual([null, null]);
  });
  it('stepsIn ignores malformed JSON and entries that are not steps', () => {
    const el = document.createElement('div');
    el.setAttribute('data-reveal', '{not json');
    expect(stepsIn(el)).toEqual([]);
    el.setAttribute('data-reveal', JSON.stringify([{ mode: 'fly', keys: [] }, ROWS[0], 'x']));
    expect(stepsIn(el)).toEqual([ROWS[0]]);
  });
});
