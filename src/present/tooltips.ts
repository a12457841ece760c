import { injectCss } from './present-css';

/** A figure's tooltips: the lines shown for each key of its shapes. */
export type Tips = Record<string, string[]>;

const KEYED = '[data-tip], [data-region], [data-key]';
const OFFSET = 16;
const cache = new WeakMap<Element, Tips>();

/** The tooltips a figure's `data-tips` JSON holds (none when missing or malformed; lines that are not text dropped). */
export function tipsIn(el: Element): Tips {
  try {
    const raw: unknown = JSON.parse(el.getAttribute('data-tips') ?? '{}');
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
    const entries = Object.entries(raw as Record<string, unknown>).filter(([, v]) => Array.isArray(v));
    return Object.fromEntries(entries.map(([k, v]) => [k, (v as unknown[]).filter((x) => typeof x === 'string')]));
  } catch {
    return {};
  }
}

/** The tooltip lines for the shape under the pointer, or null: its key looked up in the nearest `data-tips`. */
export function tipFor(target: Element | null): string[] | null {
  const shape = target?.closest(KEYED);
  const figure = shape?.closest('[data-tips]');
  if (!shape || !figure) return null;
  const key = shape.getAttribute('data-tip') ?? shape.getAttribute('data-region') ?? shape.getAttribute('data-key');
  if (!cache.has(figure)) cache.set(figure, tipsIn(figure));
  const lines = cache.get(figure)![key ?? ''];
  return lines?.length ? lines : null;
}

/**
 * Hover tooltips for the pre-rendered charts under `root` (a deck file has no live charts): each shape with a
 * `data-tip`, `data-region` or `data-key` inside an element with `data-tips`. Returns a function that removes them.
 */
export function attachTooltips(root: HTMLElement): () => void {
  const doc = root.ownerDocument;
  injectCss(doc);
  const tip = doc.createElement('div');
  tip.className = 'present-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  doc.body.append(tip);
  const move = (e: PointerEvent) => {
    const lines = tipFor(e.target as Element | null);
    tip.hidden = !lines;
    if (!lines) return;
    tip.replaceChildren(...lines.map((line) => Object.assign(doc.createElement('div'), { textContent: line })));
    const view = doc.defaultView!;
    const x = Math.min(e.clientX + OFFSET, view.innerWidth - tip.offsetWidth - 4);
    const y =
      e.clientY + OFFSET + tip.offsetHeight > view.innerHeight
        ? e.clientY - OFFSET - tip.offsetHeight
        : e.clientY + OFFSET;
    tip.style.left = `${Math.max(4, x)}px`;
    tip.style.top = `${Math.max(4, y)}px`;
  };
  const hide = () => (tip.hidden = true);
  root.addEventListener('pointermove', move);
  root.addEventListener('pointerleave', hide);
  return () => {
    root.removeEventListener('pointermove', move);
    root.removeEventListener('pointerleave', hide);
    tip.remove();
  };
}
