import { isLang } from '../core/lang';
import { createChrome, toggleFullscreen } from './chrome';
import { typeGoto } from './goto';
import { actionOf, helpRows, isTyping, type Action } from './keys';
import { fill, labelsFor, type Labels } from './labels';
import { back, clampTo, first, last, next, slideNumbered, type Position } from './navigation';
import { clearLayout, layOut, pickInOverview } from './overview';
import { injectCss } from './present-css';
import { openSpeaker, type Speaker } from './speaker';
import { speakerView } from './speaker-view';
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
  /** Switches the runtime's labels (and an open speaker window's) to another language. */
  setLang(lang: string, labels?: Partial<Labels>): void;
  state(): PresenterState;
  destroy(): void;
}

/**
 * Drives the slides (`[data-slide]`) under `root` with the keyboard as reveal.js users know it: steps and slides,
 * overview (O), go to slide (G, digits, Enter), black screen (B or .), full screen (F), speaker view (S),
 * high contrast (C), Esc to leave. Slides are read again on every move, so the app may re-render them.
 */
export function startPresenter(root: HTMLElement, opts: PresenterOptions = {}): Presenter {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  injectCss(doc);
  let slides: HTMLElement[] = [];
  let steps: number[] = [];
  let labels = labelsFor(isLang(opts.lang) ? opts.lang : 'ru', opts.labels);
  let chrome = createChrome(doc, labels);
  let typed: string | null = null;
  let cols = 1;
  let speaker: Speaker | null = null;
  const started = { ms: Date.now() };
  const read = () => {
    slides = [...root.querySelectorAll<HTMLElement>('[data-slide]')];
    steps = slides.map(stepCount);
  };
  read();
  let at = clampTo(opts.start ?? first(), steps);
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
    read();
    at = clampTo(at, steps);
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
    chrome.announce(`${at.slide + 1} / ${slides.length} ${stepText()}`.trim());
    if (speaker && !speaker.closed)
      speaker.update(speakerView(slides, steps, at, stepText(), root.getAttribute('data-theme')));
    opts.onChange?.(state());
  }

  function go(to: Position): void {
    read();
    at = clampTo(to, steps);
    show();
  }

  function fit(): void {
    const { width, height } = root.getBoundingClientRect();
    const [w, h] = width && height ? [width, height] : [win.innerWidth, win.innerHeight];
    root.style.setProperty('--deck-scale', String(Math.min(w / 1920, h / 1080)));
    if (mode('overview')) cols = layOut(root, slides, root.clientWidth || w, h);
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

  function openSpeakerView(rebuild = false): void {
    if (speaker && !speaker.closed && !rebuild) return speaker.focus();
    speaker?.stop();
    speaker = openSpeaker(win, labels, onKey, started);
    if (!speaker) chrome.toast(labels.popupBlocked);
    show();
  }

  const moves: Partial<Record<Action, () => Position>> = {
    next: () => next(at, steps),
    back: () => back(at, steps),
    first,
    last: () => last(steps),
  };

  function act(action: Action): void {
    read();
    if (mode('black') && action !== 'black' && action !== 'leave') return;
    if (mode('overview')) return actInOverview(action);
    const move = moves[action];
    if (move) return go(move());
    if (action === 'overview' || action === 'black') return toggle(action);
    if (action === 'goto') return chrome.goto((typed = ''));
    if (action === 'help') return chrome.help(helpRows(labels, !!opts.onLeave));
    if (action === 'speaker') return openSpeakerView();
    if (action === 'fullscreen') return toggleFullscreen(doc);
    if (action === 'contrast') {
      root.setAttribute('data-theme', root.getAttribute('data-theme') === 'contrast' ? 'default' : 'contrast');
      return show();
    }
    if (action === 'leave') return mode('black') ? toggle('black', false) : opts.onLeave?.();
  }

  function actInOverview(action: Action, key = ''): void {
    const to = pickInOverview(at.slide, action, key, cols);
    if (typeof to === 'number') return go({ slide: to, step: 0 });
    if (to !== 'close' && to !== 'then') return;
    toggle('overview', false);
    if (to === 'then') act(action);
  }

  function onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || isTyping(e.target)) return;
    if (chrome.helping()) {
      e.preventDefault();
      return chrome.help(null);
    }
    const typing = typed === null ? null : typeGoto(typed, e);
    if (typed !== null) chrome.goto((typed = typing ? typing.typed : null));
    if (typing) {
      e.preventDefault();
      return typing.slide === undefined ? undefined : go(slideNumbered(typing.slide, steps));
    }
    const action = actionOf(e);
    if (!action) return;
    e.preventDefault();
    if (e.repeat && action !== 'next' && action !== 'back') return;
    if (mode('overview')) return actInOverview(action, e.key);
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
    setLang(lang, given) {
      labels = labelsFor(isLang(lang) ? lang : 'ru', given ?? opts.labels);
      chrome.remove();
      chrome = createChrome(doc, labels);
      if (speaker && !speaker.closed) openSpeakerView(true);
    },
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
