import type { Labels } from './labels';
import { SPEAKER_CSS } from './speaker-css';
import { clock, type SpeakerView } from './speaker-view';

/** A speaker window the presenter updates. */
export interface Speaker {
  update(view: SpeakerView): void;
  focus(): void;
  close(): void;
  /** Stops updating the window without closing it (before it is rebuilt). */
  stop(): void;
  readonly closed: boolean;
}

const NAME = 'civic-speaker';
const FEATURES = 'popup,width=1280,height=760';

/**
 * The page's styles (the slides' looks) for the speaker window: its stylesheet files linked by their full address
 * (their relative URLs then resolve as on the page), its inline styles copied, the speaker's own layout last.
 */
function stylesFor(doc: Document, from: Document): HTMLElement[] {
  const copy = (sheet: CSSStyleSheet): HTMLElement => {
    if (sheet.href) return Object.assign(doc.createElement('link'), { rel: 'stylesheet', href: sheet.href });
    const rules = (() => {
      try {
        return [...sheet.cssRules].map((r) => r.cssText).join('\n');
      } catch {
        return '';
      }
    })();
    return Object.assign(doc.createElement('style'), { textContent: rules });
  };
  const own = Object.assign(doc.createElement('style'), { textContent: SPEAKER_CSS });
  return [...[...from.styleSheets].map(copy), own];
}

/** When the speaker's clock started (ms); kept by the presenter so that reopening the window keeps the time. */
export interface ClockStart {
  ms: number;
}

/**
 * Opens the speaker view: an empty window whose document is built from here (so it works from a `file://` page
 * too), with `onKey` listening to its keys; an open one is rebuilt (new labels). Null when the browser blocks it.
 */
export function openSpeaker(
  opener: Window,
  labels: Labels,
  onKey: (e: KeyboardEvent) => void,
  started: ClockStart,
): Speaker | null {
  const w = opener.open('', NAME, FEATURES);
  if (!w) return null;
  const doc = w.document;
  // A blank window's document is in quirks mode (tables would not inherit the slide's colour and size).
  doc.open();
  doc.write('<!doctype html><html><head></head><body></body></html>');
  doc.close();
  doc.documentElement.lang = opener.document.documentElement.lang;
  doc.head.replaceChildren(...stylesFor(doc, opener.document));
  doc.title = labels.speaker;
  const parts = layout(doc, labels);
  doc.body.replaceChildren(parts.root);
  let last: SpeakerView | null = null;
  const tick = () => (w.closed ? clearInterval(timer) : (parts.clock.textContent = clock(Date.now() - started.ms)));
  const timer = setInterval(tick, 1000);
  parts.clock.addEventListener('click', () => ((started.ms = Date.now()), tick()));
  doc.addEventListener('keydown', onKey);
  const redraw = () => last && draw(parts, last);
  w.addEventListener('resize', redraw);
  tick();
  return {
    update: (view) => !w.closed && draw(parts, (last = view)),
    focus: () => w.focus(),
    close() {
      clearInterval(timer);
      w.removeEventListener('resize', redraw);
      w.close();
    },
    stop() {
      clearInterval(timer);
      w.removeEventListener('resize', redraw);
    },
    get closed() {
      return w.closed;
    },
  };
}

type Parts = ReturnType<typeof layout>;

function layout(doc: Document, labels: Labels) {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '') => {
    const e = doc.createElement(tag);
    e.className = className;
    e.textContent = text;
    return e;
  };
  const root = el('div', 'speaker');
  const bar = el('div', 'speaker-bar');
  const clockEl = el('button', 'speaker-clock');
  clockEl.title = labels.resetTimer;
  const count = el('span', 'speaker-count');
  const step = el('span', 'speaker-step');
  bar.append(el('span', '', labels.elapsed), clockEl, count, step);
  const current = el('div', 'speaker-current');
  const next = el('div', 'speaker-next');
  const notes = el('div', 'speaker-notes');
  const side = el('div', 'speaker-side');
  side.append(el('h2', '', labels.next), next, el('h2', '', labels.notes), notes);
  current.setAttribute('aria-label', labels.current);
  root.append(bar, current, side);
  return { root, clock: clockEl, count, step, current, next, notes, labels, doc };
}

function draw(p: Parts, view: SpeakerView): void {
  const width = p.doc.defaultView?.innerWidth ?? 1280;
  p.count.textContent = view.count;
  p.step.textContent = view.step;
  p.notes.textContent = view.notes || p.labels.noNotes;
  p.current.replaceChildren(frame(p.doc, view.current, width * 0.6, view.theme));
  p.next.replaceChildren(
    view.next
      ? frame(p.doc, view.next, width * 0.36, view.theme)
      : Object.assign(p.doc.createElement('p'), { className: 'speaker-end', textContent: p.labels.end }),
  );
}

/** A copy of a slide scaled into a box `width` px wide, inside a deck root so the slide styles apply. */
function frame(doc: Document, slide: HTMLElement, width: number, theme: string | null): HTMLElement {
  const box = doc.createElement('div');
  box.setAttribute('data-deck', '');
  if (theme) box.setAttribute('data-theme', theme);
  const w = Math.max(160, Math.floor(width - 24));
  box.style.width = `${w}px`;
  box.style.height = `${Math.round((w * 9) / 16)}px`;
  box.style.setProperty('--deck-scale', String(w / 1920));
  const copy = doc.importNode(slide, true);
  copy.setAttribute('data-current', '');
  copy.removeAttribute('aria-hidden');
  copy.removeAttribute('inert');
  box.append(copy);
  return box;
}
