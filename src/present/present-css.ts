/**
 * The presenter's styles, injected once by the runtime (a deck file has no other stylesheet for them): the 1920×1080
 * canvas scaled by `--deck-scale`, the current slide only, the overview grid, black screen, the high-contrast theme,
 * the step reveal's marks, the go-to box, and print with one slide per page.
 */
export const PRESENT_CSS = `
[data-deck] {
  position: fixed; inset: 0; z-index: 50; overflow: hidden; background: #1b1b1b;
  --deck-scale: 1; --deck-bg: #fff; --deck-fg: #161616; --deck-muted: #4a4a4a; --deck-accent: #0b57d0;
  --deck-lit: #111; --deck-lit-row: #ffe98a;
}
[data-deck][data-theme="contrast"] {
  background: #000;
  --deck-bg: #000; --deck-fg: #fff; --deck-muted: #fff; --deck-accent: #ffd400;
  --deck-lit: #ffd400; --deck-lit-row: #5c4a00;
}
[data-deck] .slide {
  position: absolute; left: 50%; top: 50%; width: 1920px; height: 1080px; margin: -540px 0 0 -960px;
  box-sizing: border-box; padding: 64px 96px; overflow: hidden; visibility: hidden;
  transform: scale(var(--deck-scale)); transform-origin: 50% 50%;
  display: flex; flex-direction: column; gap: 28px;
  background: var(--deck-bg); color: var(--deck-fg); font-size: 34px; line-height: 1.35;
}
[data-deck] .slide[data-current] { visibility: visible; }
[data-deck] .slide > .synthetic, [data-deck] .slide > .number {
  position: absolute; bottom: 18px; margin: 0; font-size: 22px; color: var(--deck-muted);
}
[data-deck] .slide > .synthetic { left: 96px; }
[data-deck] .slide > .number { right: 96px; }
[data-deck] .slide h1 { font-size: 72px; line-height: 1.1; margin: 0; }
[data-deck] .slide h2 { font-size: 60px; line-height: 1.1; margin: 0; }
[data-deck] .slide h3 { font-size: 46px; line-height: 1.15; margin: 0; }
[data-deck] .slide p, [data-deck] .slide ul, [data-deck] .slide ol { margin: 0; }
[data-deck] .slide a { color: var(--deck-accent); }
[data-deck] .slide figure { margin: 0; min-height: 0; }
[data-deck] .slide figcaption, [data-deck] .slide small { font-size: 26px; color: var(--deck-muted); }
[data-deck] .slide svg { max-width: 100%; max-height: 820px; height: auto; overflow: visible; }
[data-deck] .slide table { border-collapse: collapse; font-size: 22px; line-height: 1.25; align-self: flex-start; }
[data-deck] .slide th, [data-deck] .slide td { padding: 4px 12px; border-bottom: 1px solid var(--deck-muted); }
[data-deck] .slide .notes { display: none; }
[data-deck][data-theme="contrast"] .slide svg { --plot-background: #000; background: transparent; }
[data-deck][data-theme="contrast"] .slide svg text { fill: #fff; }
[data-deck][data-theme="contrast"] .slide table, [data-deck][data-theme="contrast"] .slide th,
[data-deck][data-theme="contrast"] .slide td { background: transparent; color: #fff; }

[data-deck] [data-dim] { opacity: 0.22; }
[data-deck] [data-lit]:is(path, rect, circle, ellipse, polygon):not([fill="none"], [fill="none"] *),
[data-deck] [data-lit] :is(path, rect, circle, ellipse, polygon):not([fill="none"], [fill="none"] *) {
  stroke: var(--deck-lit); stroke-width: 6px; paint-order: stroke;
}
[data-deck] [data-lit]:is(line, polyline, path:is([fill="none"], [fill="none"] *)),
[data-deck] [data-lit] :is(line, polyline, path:is([fill="none"], [fill="none"] *)) { stroke-width: 6px; }
[data-deck] text[data-lit], [data-deck] [data-lit] text { font-weight: 700; }
[data-deck] tr[data-lit], [data-deck] li[data-lit] { background: var(--deck-lit-row); font-weight: 700; }
[data-deck] [data-hidden] { visibility: hidden; }

[data-deck][data-overview] { overflow-y: auto; }
[data-deck][data-overview] .slide {
  visibility: visible; left: 0; top: 0; margin: 0; cursor: pointer; transform-origin: 0 0;
  transform: translate(var(--overview-x), var(--overview-y)) scale(var(--overview-scale));
  outline: 12px solid transparent;
}
[data-deck][data-overview] .slide[data-current] { outline-color: var(--deck-accent, #0b57d0); }
[data-deck][data-overview] .slide * { pointer-events: none; }

[data-deck][data-black]::after { content: ""; position: fixed; inset: 0; z-index: 60; background: #000; }

.present-ui { position: fixed; z-index: 70; left: 50%; bottom: 6vh; transform: translateX(-50%);
  font: 600 28px/1.3 system-ui, sans-serif; }
.present-ui > [hidden] { display: none; }
.present-goto, .present-toast { background: #111; color: #fff; border: 2px solid #fff; border-radius: 10px;
  padding: 14px 24px; box-shadow: 0 6px 30px rgba(0, 0, 0, 0.45); }
.present-help { background: #111; color: #fff; border: 2px solid #fff; border-radius: 10px; padding: 16px 28px;
  font-size: 22px; font-weight: 400; }
.present-help h2 { margin: 0 0 8px; font-size: 24px; }
.present-help th { text-align: right; padding: 3px 20px 3px 0; font-family: ui-monospace, monospace;
  white-space: nowrap; }
.present-goto output { display: inline-block; min-width: 3ch; margin-left: 0.5em; border-bottom: 2px solid #fff; }
.present-tip { position: fixed; z-index: 80; max-width: 420px; pointer-events: none; background: #fff; color: #111;
  border: 1px solid #888; border-radius: 6px; padding: 8px 12px; font: 18px/1.35 system-ui, sans-serif;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25); }
[data-tips] svg text { pointer-events: none; }
.present-tip > :first-child { font-weight: 700; }
.present-tip[hidden] { display: none; }
.present-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }

@media print {
  @page { size: 1920px 1080px; margin: 0; }
  html, body { margin: 0; padding: 0; background: #fff; }
  :root:has([data-deck][data-current-slide]) body :not([data-deck], [data-deck] *, :has([data-deck])) {
    display: none !important;
  }
  [data-deck], [data-deck][data-overview] { position: static; overflow: visible; background: none; }
  [data-deck] .slide, [data-deck][data-overview] .slide {
    position: relative; left: auto; top: auto; margin: 0; transform: none; visibility: visible; outline: none;
    break-after: page; break-inside: avoid;
  }
  [data-deck] .slide:last-of-type { break-after: auto; }
  [data-deck][data-black]::after, .present-ui, .present-tip { display: none; }
  [data-deck] [data-dim] { opacity: 1; }
  [data-deck] [data-hidden] { visibility: visible; }
}
`;
const STYLE_ID = 'present-css';

/** Adds the presenter's styles to a document, once. */
export function injectCss(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = PRESENT_CSS;
  doc.head.append(style);
}
