// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPresenter, type Presenter, type PresenterState } from '../../../src/present/presenter';

const REVEAL = JSON.stringify([
  { mode: 'highlight', keys: ['A'], label: 'Lowest' },
  { mode: 'highlight', keys: ['B'], label: 'Yours' },
]);

/** A three-slide deck: a title, a map with two reveal steps and notes, a closing slide. */
function deck(): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('data-deck', '');
  root.innerHTML = `
    <section class="slide" data-slide="0" data-steps="0"><h1>Title</h1><aside class="notes">Say hello.</aside></section>
    <section class="slide" data-slide="1" data-steps="2"><h2>Map</h2>
      <figure data-reveal='${REVEAL}'><svg><path data-region="A"/><path data-region="B"/></svg></figure>
      <aside class="notes">Point at A, then B.</aside></section>
    <section class="slide" data-slide="2" data-steps="0"><h2>End</h2></section>`;
  document.body.append(root);
  return root;
}

const press = (key: string, target: EventTarget = document, more: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...more }));
const where = (p: Presenter) => `${p.state().slide}.${p.state().step}`;

let presenter: Presenter | undefined;
afterEach(() => {
  presenter?.destroy();
  document.body.replaceChildren();
  document.getElementById('present-css')?.remove();
});

describe('startPresenter', () => {
  it('injects its styles once and shows only the current slide', () => {
    const root = deck();
    presenter = startPresenter(root, { lang: 'en' });
    startPresenter(deck()).destroy();
    expect(document.querySelectorAll('style#present-css')).toHaveLength(1);
    expect([...root.querySelectorAll('[data-current]')].map((s) => s.getAttribute('data-slide'))).toEqual(['0']);
    expect(root.style.getPropertyValue('--deck-scale')).not.toBe('');
  });
  it('keys move through steps and slides, lighting the regions of each step', () => {
    const root = deck();
    const changes: PresenterState[] = [];
    presenter = startPresenter(root, { onChange: (s) => changes.push(s) });
    const seen = [where(presenter)];
    for (const key of ['ArrowRight', ' ', 'PageDown', 'ArrowRight', 'ArrowRight']) {
      press(key);
      seen.push(where(presenter));
    }
    expect(seen).toEqual(['0.0', '1.0', '1.1', '1.2', '2.0', '2.0']);
    for (const key of ['ArrowLeft', 'PageUp']) press(key);
    expect(where(presenter)).toBe('1.1');
    const lit = [...root.querySelectorAll('[data-lit]')].map((e) => e.getAttribute('data-region'));
    expect(lit).toEqual(['A']);
    expect(root.getAttribute('data-current-slide')).toBe('1');
    expect(changes.at(-1)).toMatchObject({ slide: 1, step: 1, slides: 3, steps: 2 });
    press('End');
    expect(where(presenter)).toBe('2.0');
    press('Home');
    expect(where(presenter)).toBe('0.0');
  });
  it('G, digits and Enter go to a slide; Esc closes the box without moving', () => {
    presenter = startPresenter(deck());
    for (const key of ['g', '3', 'Enter']) press(key);
    expect(where(presenter)).toBe('2.0');
    for (const key of ['g', '1', 'Escape']) press(key);
    expect(where(presenter)).toBe('2.0');
    expect((document.querySelector('.present-goto') as HTMLElement).hidden).toBe(true);
    for (const key of ['g', '9', 'Backspace', '2']) press(key);
    expect(document.querySelector('.present-goto output')?.textContent).toBe('2');
    press('Enter');
    expect(where(presenter)).toBe('1.0');
  });
  it('O opens the overview, arrows pick a slide, O or Esc close it; a click on a thumbnail goes there', () => {
    const root = deck();
    const onLeave = vi.fn();
    presenter = startPresenter(root, { onLeave });
    press('o');
    expect(root.hasAttribute('data-overview')).toBe(true);
    expect(root.style.getPropertyValue('--overview-scale')).not.toBe('');
    press('ArrowRight');
    press('Escape');
    expect([root.hasAttribute('data-overview'), where(presenter), onLeave.mock.calls.length]).toEqual([
      false,
      '1.0',
      0,
    ]);
    press('O');
    root.querySelector<HTMLElement>('[data-slide="2"] h2')!.click();
    expect([root.hasAttribute('data-overview'), where(presenter)]).toEqual([false, '2.0']);
    press('Escape');
    expect(onLeave).toHaveBeenCalledTimes(1);
  });
  it('B and . black the screen and hold the slide until pressed again; C switches the contrast theme (not when held)', () => {
    const root = deck();
    presenter = startPresenter(root);
    press('b');
    press('ArrowRight');
    expect([root.hasAttribute('data-black'), where(presenter)]).toEqual([true, '0.0']);
    press('.');
    press('ArrowRight');
    expect([root.hasAttribute('data-black'), where(presenter)]).toEqual([false, '1.0']);
    press('c');
    expect([root.getAttribute('data-theme'), presenter.state().contrast]).toEqual(['contrast', true]);
    press('c');
    expect(presenter.state().contrast).toBe(false);
    press('c', document, { repeat: true });
    expect(presenter.state().contrast).toBe(false);
  });
  it('? lists the keys (Esc only where it leaves); the next key closes the list and does nothing else', () => {
    presenter = startPresenter(deck(), { lang: 'en' });
    press('?');
    const help = document.querySelector<HTMLElement>('.present-help')!;
    expect(help.hidden).toBe(false);
    expect([...help.querySelectorAll('th')].map((th) => th.textContent)).not.toContain('Esc');
    expect(help.textContent).toContain('Black screen');
    press('ArrowRight');
    expect([help.hidden, where(presenter)]).toEqual([true, '0.0']);
    presenter.destroy();
    presenter = startPresenter(deck(), { onLeave: () => {} });
    press('?');
    expect(document.querySelector('.present-help')?.textContent).toContain('Выйти из показа');
  });
  it('leaves keys typed into a text field and Ctrl shortcuts alone', () => {
    const root = deck();
    presenter = startPresenter(root);
    const input = document.createElement('input');
    root.querySelector('[data-slide="0"]')!.append(input);
    press('ArrowRight', input);
    press('ArrowRight', document, { ctrlKey: true });
    expect(where(presenter)).toBe('0.0');
  });
  it('starts where asked and go() moves within the deck', () => {
    presenter = startPresenter(deck(), { start: { slide: 1, step: 2 } });
    expect(where(presenter)).toBe('1.2');
    presenter.go(5, 0);
    expect(where(presenter)).toBe('2.0');
  });
  it('reads the slides again on each move, so the app may re-render them', () => {
    const root = deck();
    presenter = startPresenter(root);
    const extra = root.querySelector('[data-slide="2"]')!.cloneNode(true) as HTMLElement;
    extra.setAttribute('data-slide', '3');
    root.append(extra);
    press('End');
    expect([where(presenter), presenter.state().slides]).toEqual(['3.0', 4]);
  });
  it('setLang switches the labels of the go-to box', () => {
    presenter = startPresenter(deck(), { lang: 'en' });
    presenter.setLang('kk');
    press('g');
    expect(document.querySelector('.present-goto')?.textContent).toBe('Слайдқа өту');
    expect(document.querySelectorAll('.present-ui')).toHaveLength(1);
  });
  it('destroy stops listening', () => {
    const p = startPresenter(deck());
    p.destroy();
    press('ArrowRight');
    expect(where(p)).toBe('0.0');
    expect(document.querySelector('.present-ui')).toBeNull();
  });
});

describe('speaker view', () => {
  it('S opens a window showing the current and next slide, notes, the count; its keys drive the presenter', () => {
    const popup = new JSDOM('<!doctype html><html><head></head><body></body></html>').window;
    const open = vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    presenter = startPresenter(deck(), { lang: 'en', start: { slide: 1, step: 0 } });
    press('s');
    expect(open).toHaveBeenCalledWith('', expect.any(String), expect.stringContaining('popup'));
    const doc = popup.document;
    const text = (sel: string) => doc.querySelector(sel)?.textContent;
    expect(text('.speaker-count')).toBe('2 / 3');
    expect(text('.speaker-notes')).toBe('Point at A, then B.');
    expect(text('.speaker-clock')).toMatch(/^00:0\d$/);
    expect(doc.querySelector('.speaker-current [data-slide="1"]')).not.toBeNull();
    expect(doc.compatMode).toBe('CSS1Compat');
    expect([...doc.querySelectorAll('style')].some((st) => st.textContent?.includes('[data-deck] .slide'))).toBe(true);
    expect(doc.querySelector('.speaker-next [data-slide="1"] [data-lit][data-region="A"]')).not.toBeNull();
    press('ArrowRight', doc);
    expect(where(presenter)).toBe('1.1');
    expect(text('.speaker-step')).toBe('Step 1 of 2: Lowest');
    press('End', doc);
    expect(text('.speaker-next')).toBe('End of the presentation');
    expect(text('.speaker-notes')).toBe('No notes');
    presenter.setLang('ru');
    expect([doc.title, text('.speaker-next'), text('.speaker-count')]).toEqual([
      'Окно докладчика',
      'Конец презентации',
      '3 / 3',
    ]);
    press('Home', doc);
    expect(where(presenter)).toBe('0.0');
    open.mockRestore();
  });
  it('says so when the browser blocks the window', () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    presenter = startPresenter(deck(), { lang: 'en' });
    press('s');
    expect(document.querySelector('.present-toast')?.textContent).toContain('allow pop-ups');
    open.mockRestore();
  });
});
