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
[data-deck] .slide h1 { font-size: 72px; line-height: 1.1; margin: 0; }
[data-deck] .slide h2 { font-size: 60px; line-height: 1.1; margin: 0; }
[data-deck] .slide h3 { font-size: 46px; line-height: 1.15; margin: 0; }
[data-deck] .slide p, [data-deck] .slide ul, [data-deck] .slide ol { margin: 0; }
[data-deck] .slide a { color: var(--deck-accent); }
[data-deck] .slide figure { margin: 0; min-height: 0; }
[data-deck] .slide figcaption, [data-deck] .slide small { font-size: 26px; color: var(--deck-muted); }
[data-deck] .slide svg { max-width: 100%; max-height: 820px; height: auto; overflow: visible; }
[data-deck] .slide table { border-collapse: collapse; font-size: 28px; }
[data-deck] .slide th, [data-deck] .slide td { padding: 6px 18px; border-bottom: 1px solid var(--deck-muted); }
[data-deck] .slide .notes { display: none; }
[data-deck][data-theme="contrast"] .slide svg { --plot-background: #000; background: transparent; }
[data-deck][data-theme="contrast"] .slide table, [data-deck][data-theme="contrast"] .slide th,
[data-deck][data-theme="contrast"] .slide td { background: transparent; color: #fff; }

[data-deck] [data-dim] { opacity: 0.22; transition: opacity 0.25s; }
[data-deck] [data-lit] { opacity: 1; stroke: var(--deck-lit); stroke-width: 4px; paint-order: stroke; }
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
.present-goto output { display: inline-block; min-width: 3ch; margin-left: 0.5em; border-bottom: 2px solid #fff; }
.present-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }

@media print {
  @page { size: 1920px 1080px; margin: 0; }
  html, body { margin: 0; padding: 0; background: #fff; }
  [data-deck], [data-deck][data-overview] { position: static; overflow: visible; background: none; }
  [data-deck] .slide, [data-deck][data-overview] .slide {
    position: relative; left: auto; top: auto; margin: 0; transform: none; visibility: visible; outline: none;
    break-after: page; break-inside: avoid;
  }
  [data-deck] .slide:last-of-type { break-after: auto; }
  [data-deck][data-black]::after, .present-ui { display: none; }
  [data-deck] [data-dim] { opacity: 1; }
  [data-deck] [data-hidden] { visibility: visible; }
}
`;
