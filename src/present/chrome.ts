import type { Labels } from './labels';

/** The presenter's own bits of screen: the go-to box, a passing message, and a live region for screen readers. */
export interface Chrome {
  /** Shows the go-to box with the digits typed so far, or hides it (null). */
  goto(typed: string | null): void;
  /** Shows a message for a few seconds. */
  toast(text: string): void;
  /** Shows the list of keys (each row: keys, what they do), or hides it (null). */
  help(rows: [string, string][] | null): void;
  /** Is the list of keys showing? (Any key closes it.) */
  helping(): boolean;
  /** Tells screen readers where the presenter is. */
  announce(text: string): void;
  remove(): void;
}

const TOAST_MS = 6000;

/** A `div` of the chrome with its class and attributes, hidden until shown unless `hidden` is false. */
function part(doc: Document, className: string, attrs: Record<string, string>, hidden = true): HTMLDivElement {
  const el = doc.createElement('div');
  el.className = className;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.hidden = hidden;
  return el;
}

/** Builds the chrome at the end of the page's body (outside the deck root, whose children the app may own). */
export function createChrome(doc: Document, labels: Labels): Chrome {
  const ui = part(doc, 'present-ui', {}, false);
  const box = part(doc, 'present-goto', { role: 'dialog', 'aria-label': labels.goto });
  const typed = doc.createElement('output');
  box.append(labels.goto, typed);
  const toast = part(doc, 'present-toast', { role: 'alert' });
  const help = part(doc, 'present-help', { role: 'dialog', 'aria-label': labels.help });
  const live = part(doc, 'present-live', { 'aria-live': 'polite' }, false);
  ui.append(box, toast, help, live);
  doc.body.append(ui);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    goto(digits) {
      box.hidden = digits === null;
      typed.textContent = digits ?? '';
    },
    toast(text) {
      toast.textContent = text;
      toast.hidden = false;
      clearTimeout(timer);
      timer = setTimeout(() => (toast.hidden = true), TOAST_MS);
    },
    help(rows) {
      help.hidden = !rows;
      help.replaceChildren(...(rows ? [textEl(doc, 'h2', labels.help), keyTable(doc, rows)] : []));
    },
    helping: () => !help.hidden,
    announce(text) {
      live.textContent = text;
    },
    remove() {
      clearTimeout(timer);
      ui.remove();
    },
  };
}

const textEl = (doc: Document, tag: string, content: string) =>
  Object.assign(doc.createElement(tag), { textContent: content });

function keyTable(doc: Document, rows: [string, string][]): HTMLElement {
  const table = doc.createElement('table');
  for (const [keys, what] of rows) {
    const tr = doc.createElement('tr');
    tr.append(textEl(doc, 'th', keys), textEl(doc, 'td', what));
    table.append(tr);
  }
  return table;
}

/** Full screen on, or off when it is on (a browser that refuses says nothing: the slides go on as they are). */
export function toggleFullscreen(doc: Document): void {
  if (doc.fullscreenElement) void doc.exitFullscreen?.().catch(() => {});
  else void doc.documentElement.requestFullscreen?.().catch(() => {});
}
