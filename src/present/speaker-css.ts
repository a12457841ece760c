/** The speaker window's layout: the current slide large, the next one and the notes beside it, the clock on top. */
export const SPEAKER_CSS = `
html, body { margin: 0; height: 100%; background: #202124; color: #f1f1f1; font: 20px/1.4 system-ui, sans-serif; }
.speaker { display: grid; grid-template-columns: 62fr 38fr; grid-template-rows: auto 1fr; gap: 16px;
  padding: 16px; box-sizing: border-box; height: 100%; }
.speaker-bar { grid-column: 1 / -1; display: flex; gap: 32px; align-items: baseline; }
.speaker-bar button { font: 700 36px/1 ui-monospace, monospace; background: none; color: inherit; border: 0;
  padding: 0; cursor: pointer; font-variant-numeric: tabular-nums; }
.speaker-count { font-size: 32px; font-weight: 700; }
.speaker-step { color: #ffd88a; }
.speaker-side { display: flex; flex-direction: column; gap: 12px; min-height: 0; }
.speaker-side > h2 { font-size: 16px; text-transform: uppercase; letter-spacing: 0.06em; color: #aaa; margin: 0 0 6px; }
.speaker-notes { white-space: pre-wrap; font-size: 24px; overflow-y: auto; min-height: 0; flex: 1; }
.speaker-end { color: #aaa; }
.speaker [data-deck] { position: relative; inset: auto; z-index: auto; overflow: hidden; background: #000; }
`;
