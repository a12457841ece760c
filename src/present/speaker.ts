import type { Labels } from './labels';
import { SPEAKER_CSS } from './speaker-css';

/** What the speaker window shows: the slide on screen, what comes next (null at the end), notes, where we are. */
export interface SpeakerView {
  current: HTMLElement;
  next: HTMLElement | null;
  notes: string;
  count: string;
  step: string;
  theme: string | null;
}

/** A speaker window the presenter updates. */
export interface Speaker {
  update(view: SpeakerView): void;
  focus(): void;
  close(): void;
  readonly closed: boolean;
}

const NAME = 'civic-speaker';
const FEATURES = 'popup,width=1280,height=760';

/** Elapsed time as m:ss, or h:mm:ss from an hour on. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(sec)}` : `${pad(m)}:${pad(sec)}`;
}

/** Every style rule the page has (the slides' looks), for the speaker window's copy of the slides. */
function pageCss(doc: Document): string {
  const rules = (sheet: CSSStyleSheet) => {
    try {
      return [...sheet.cssRules].map((r) => r.cssText).join('\n');
    } catch {
      return '';
    }
  };
  return [...doc.styleSheets].map(rules).join('\n');
}

/**
 * Opens the speaker view: an empty window whose document is built from here (so it works from a `file://` page
 * too), with `onKey` listening to its keys. Returns null when the browser blocks the window.
 */
export function openSpeaker(opener: Window, labels: Labels, onKey: (e: KeyboardEvent) => void): Speaker | null {
  const w = opener.open('', NAME, FEATURES);
  if (!w) return null;
  const doc = w.document;
  doc.title = labels.speaker;
  doc.documentElement.lang = opener.document.documentElement.lang;
  const style = doc.createElement('style');
  style.textContent = `${pageCss(opener.document)}\n${SPEAKER_CSS}`;
  doc.head.replaceChildren(style);
  const parts = layout(doc, labels);
  doc.body.replaceChildren(parts.root);
  let started = Date.now();
  let last: SpeakerView | null = null;
  const tick = () => (w.closed ? clearInterval(timer) : (parts.clock.textContent = clock(Date.now() - started)));
  const timer = setInterval(tick, 1000);
  parts.clock.addEventListener('click', () => ((started = Date.now()), tick()));
  doc.addEventListener('keydown', onKey);
  w.addEventListener('resize', () => last && draw(parts, last));
  tick();
  return {
    update: (view) => !w.closed && draw(parts, (last = view)),
    focus: () => w.focus(),
    close() {
      clearInterval(timer);
      w.close();
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
