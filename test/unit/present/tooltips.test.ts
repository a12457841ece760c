// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { attachTooltips, tipFor, tipsIn } from '../../../src/present/tooltips';

const TIPS = { 'KZ-11': ['Akmola', 'Trust: 18%'], r1: ['Row <b>1</b>'] };

function figure(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<figure data-tips='${JSON.stringify(TIPS)}'><svg>
    <g data-region="KZ-11"><path id="inner"/></g><path data-region="KZ-15"/><text id="label">A</text></svg>
    <table><tr data-key="r1"><td id="cell">1</td></tr></table></figure>`;
  document.body.append(root);
  return root;
}

afterEach(() => document.body.replaceChildren());

describe('tooltips', () => {
  it('tipFor finds the lines of the keyed shape under the pointer, or null', () => {
    const root = figure();
    expect(tipFor(root.querySelector('#inner'))).toEqual(['Akmola', 'Trust: 18%']);
    expect(tipFor(root.querySelector('#cell'))).toEqual(['Row <b>1</b>']);
    expect(tipFor(root.querySelector('[data-region="KZ-15"]'))).toBeNull();
    expect(tipFor(root.querySelector('#label'))).toBeNull();
  });
  it('tipsIn keeps only lists of text and survives malformed JSON', () => {
    const el = document.createElement('figure');
    el.setAttribute('data-tips', JSON.stringify({ a: ['x', 1], b: 'y' }));
    expect(tipsIn(el)).toEqual({ a: ['x'] });
    el.setAttribute('data-tips', '[');
    expect(tipsIn(el)).toEqual({});
  });
  it('attachTooltips shows the lines as text on hover and removes itself', () => {
    const root = figure();
    const detach = attachTooltips(root);
    root
      .querySelector('#cell')!
      .dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: 10, clientY: 10 }));
    const tip = document.querySelector<HTMLElement>('.present-tip')!;
    expect(tip.hidden).toBe(false);
    expect(tip.innerHTML).toBe('<div>Row &lt;b&gt;1&lt;/b&gt;</div>');
    root.querySelector('#label')!.dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    expect(tip.hidden).toBe(true);
    detach();
    expect(document.querySelector('.present-tip')).toBeNull();
  });
});
