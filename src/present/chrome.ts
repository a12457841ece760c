import type { Labels } from './labels';

/** The presenter's own bits of screen: the go-to box, a passing message, and a live region for screen readers. */
export interface Chrome {
  /** Shows the go-to box with the digits typed so far, or hides it (null). */
  goto(typed: string | null): void;
  /** Shows a message for a few seconds. */
  toast(text: string): void;
  /** Tells screen readers where the presenter is. */
  announce(text: string): void;
  remove(): void;
}

const TOAST_MS = 6000;

/** Builds the chrome at the end of the page's body (outside the deck root, whose children the app may own). */
export function createChrome(doc: Document, labels: Labels): Chrome {
  const ui = doc.createElement('div');
  ui.className = 'present-ui';
  const box = doc.createElement('div');
  box.className = 'present-goto';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', labels.goto);
  box.hidden = true;
  const typed = doc.createElement('output');
  box.append(labels.goto, typed);
  const toast = doc.createElement('div');
  toast.className = 'present-toast';
  toast.setAttribute('role', 'alert');
  toast.hidden = true;
  const live = doc.createElement('div');
  live.className = 'present-live';
  live.setAttribute('aria-live', 'polite');
  ui.append(box, toast, live);
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
    announce(text) {
      live.textContent = text;
    },
    remove() {
      clearTimeout(timer);
      ui.remove();
    },
  };
}
