import { isLang } from '../core/lang';
import { createChrome } from './chrome';
import { actionOf, digitOf, type Action } from './keys';
import { fill, labelsFor, type Labels } from './labels';
import { back, clampTo, first, last, next, slideNumbered, type Position } from './navigation';
import { clearLayout, layOut } from './overview';
import { PRESENT_CSS } from './present-css';
import { openSpeaker, type Speaker } from './speaker';
import { applyStep, stepAt, stepCount } from './stepping';

/** How a presenter starts and whom it tells. */
export interface PresenterOptions {
  /** The language of the runtime's own labels (ru by default). */
  lang?: string;
  /** Labels to use instead of the runtime's table. */
  labels?: Partial<Labels>;
  start?: Position;
  /** Start in the high-contrast theme. */
  contrast?: boolean;
  /** Called after every change: a slide or step, the overview, black screen, the theme. */
  onChange?(state: PresenterState): void;
  /** Called on Esc (the app leaves presentation mode; a deck file has nothing to leave to). */
  onLeave?(): void;
}

/** Where the presenter is and which of its modes are on. */
export interface PresenterState extends Position {
  slides: number;
  steps: number;
  overview: boolean;
  black: boolean;
  contrast: boolean;
}

/** A running presenter. */
export interface Presenter {
  go(slide: number, step?: number): void;
  /** Does what a key would (for the app's buttons: 'contrast', 'speaker', 'fullscreen', …). */
  act(action: Action): void;
  state(): PresenterState;
  destroy(): void;
}

const STYLE_ID = 'present-css';

/** Adds the presenter's styles to a document, once. */
export function injectCss(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = PRESENT_CSS;
  doc.head.append(style);
}

/** Is a key meant for a text field? (The target may come from the speaker window, another realm: no instanceof.) */
const isTyping = (t: EventTarget | null) =>
  typeof (t as Element | null)?.closest === 'function' &&
  !!(t as Element).closest('input, textarea, select, [contenteditable]');

/**
 * Drives the slides (`[data-slide]`) under `root` with the keyboard as reveal.js users know it: steps and slides,
 * overview (O), go to slide (G, digits, Enter), black screen (B or .), full screen (F), speaker view (S),
 * high contrast (C), Esc to leave.
 */
export function startPresenter(root: HTMLElement, opts: PresenterOptions = {}): Presenter {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  injectCss(doc);
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slide]')];
  const steps = slides.map(stepCount);
  const labels = labelsFor(isLang(opts.lang) ? opts.lang : 'ru', opts.labels);
  const chrome = createChrome(doc, labels);
  let at = clampTo(opts.start ?? first(), steps);
  let typed: string | null = null;
  let cols = 1;
  let speaker: Speaker | null = null;
  if (opts.contrast) root.setAttribute('data-theme', 'contrast');

  const mode = (name: string) => root.hasAttribute(`data-${name}`);
  const state = (): PresenterState => ({
    ...at,
    slides: slides.length,
    steps: steps[at.slide] ?? 0,
    overview: mode('overview'),
    black: mode('black'),
    contrast: root.getAttribute('data-theme') === 'contrast',
  });
  const stepText = () => {
    const label = stepAt(slides[at.slide], at.step)?.label;
    return at.step ? fill(labels.step, { n: at.step, total: steps[at.slide] }) + (label ? `: ${label}` : '') : '';
  };

  function show(): void {
    if (!slides.length) return;
    const overview = mode('overview');
    slides.forEach((s, i) => {
      s.toggleAttribute('data-current', i === at.slide);
      s.toggleAttribute('inert', i !== at.slide && !overview);
      s.setAttribute('aria-hidden', String(i !== at.slide && !overview));
    });
    applyStep(slides[at.slide], at.step);
    root.setAttribute('data-current-slide', String(at.slide));
    root.setAttribute('data-current-step', String(at.step));
    const count = `${at.slide + 1} / ${slides.length}`;
    chrome.announce(`${count} ${stepText()}`.trim());
    updateSpeaker(count);
    opts.onChange?.(state());
  }

  function updateSpeaker(count: string): void {
    if (!speaker || speaker.closed) return;
    const after = next(at, steps);
    const upcoming = after === at ? null : (slides[after.slide].cloneNode(true) as HTMLElement);
    if (upcoming) applyStep(upcoming, after.step);
    const notes = [...slides[at.slide].querySelectorAll('.notes')].map((n) => n.textContent?.trim() ?? '');
    const theme = root.getAttribute('data-theme');
    speaker.update({
      current: slides[at.slide],
      next: upcoming,
      notes: notes.join('\n\n'),
      count,
      step: stepText(),
      theme,
    });
  }

  function go(to: Position): void {
    at = clampTo(to, steps);
    show();
  }

  function fit(): void {
    const { width, height } = root.getBoundingClientRect();
    const [w, h] = width && height ? [width, height] : [win.innerWidth, win.innerHeight];
    root.style.setProperty('--deck-scale', String(Math.min(w / 1920, h / 1080)));
    if (mode('overview')) cols = layOut(root, slides, root.clientWidth || w);
  }

  function toggle(name: 'overview' | 'black', on = !mode(name)): void {
    root.toggleAttribute(`data-${name}`, on);
    if (name === 'overview') {
      if (on) fit();
      else clearLayout(root, slides);
      slides[at.slide]?.scrollIntoView?.({ block: 'nearest' });
    }
    show();
  }

  function openSpeakerView(): void {
    if (speaker && !speaker.closed) return speaker.focus();
    speaker = openSpeaker(win, labels, onKey);
    if (!speaker) chrome.toast(labels.popupBlocked);
    show();
  }

  function fullscreen(): void {
    if (doc.fullscreenElement) void doc.exitFullscreen?.().catch(() => {});
    else void doc.documentElement.requestFullscreen?.().catch(() => {});
  }

  function act(action: Action): void {
    if (mode('black') && action !== 'black' && action !== 'leave') return;
    if (mode('overview')) return actInOverview(action);
    const moves: Partial<Record<Action, () => Position>> = {
      next: () => next(at, steps),
      back: () => back(at, steps),
      first,
      last: () => last(steps),
    };
    const move = moves[action];
    if (move) return go(move());
    if (action === 'overview' || action === 'black') return toggle(action);
    if (action === 'goto') return chrome.goto((typed = ''));
    if (action === 'speaker') return openSpeakerView();
    if (action === 'fullscreen') return fullscreen();
    if (action === 'contrast') {
      root.setAttribute('data-theme', root.getAttribute('data-theme') === 'contrast' ? 'default' : 'contrast');
      return show();
    }
    if (action === 'leave') return mode('black') ? toggle('black', false) : opts.onLeave?.();
  }

  function actInOverview(action: Action, key = ''): void {
    const by = key === 'ArrowUp' ? -cols : key === 'ArrowDown' ? cols : action === 'next' ? 1 : -1;
    if (action === 'next' || action === 'back') go({ slide: at.slide + by, step: 0 });
    else if (action === 'first' || action === 'last') go(action === 'first' ? first() : { slide: Infinity, step: 0 });
    else if (action === 'overview' || action === 'leave' || action === 'enter') toggle('overview', false);
    else if (action === 'contrast' || action === 'fullscreen' || action === 'speaker') {
      toggle('overview', false);
      act(action);
    }
  }

  function typeGoto(e: KeyboardEvent): boolean {
    const digit = digitOf(e);
    if (digit !== null) typed = `${typed}${digit}`.slice(-4);
    else if (e.key === 'Backspace') typed = typed!.slice(0, -1);
    else if (e.key === 'Enter') {
      if (typed) go(slideNumbered(Number(typed), steps));
      typed = null;
    } else if (e.key === 'Escape' || actionOf(e) === 'goto') typed = null;
    else return false;
    chrome.goto(typed);
    return true;
  }

  function onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || isTyping(e.target)) return;
    if (typed !== null && typeGoto(e)) return e.preventDefault();
    if (typed !== null) chrome.goto((typed = null));
    const action = actionOf(e);
    if (!action) return;
    e.preventDefault();
    if (mode('overview') && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) return actInOverview(action, e.key);
    act(action);
  }

  function onClick(e: MouseEvent): void {
    const slide = mode('overview') && (e.target as Element | null)?.closest?.('[data-slide]');
    if (!slide) return;
    at = clampTo({ slide: slides.indexOf(slide as HTMLElement), step: 0 }, steps);
    toggle('overview', false);
  }

  const closeSpeaker = () => speaker?.close();
  doc.addEventListener('keydown', onKey);
  root.addEventListener('click', onClick);
  win.addEventListener('resize', fit);
  win.addEventListener('pagehide', closeSpeaker);
  fit();
  show();

  return {
    go: (slide, step = 0) => go({ slide, step }),
    act,
    state,
    destroy() {
      doc.removeEventListener('keydown', onKey);
      root.removeEventListener('click', onClick);
      win.removeEventListener('resize', fit);
      win.removeEventListener('pagehide', closeSpeaker);
      closeSpeaker();
      chrome.remove();
      clearLayout(root, slides);
      for (const name of ['overview', 'black', 'current-slide', 'current-step']) root.removeAttribute(`data-${name}`);
    },
  };
}
