/**
 * The deck file's own styles, beside the runtime's PRESENT_CSS (canvas, headings, stepping, print): what only a
 * deck's slides hold — the body that shrinks to fit, charts side by side, legends, hatched cells, pinned notes.
 */
export const DECK_CSS = `
html,body{margin:0;background:#1b1b1b;font-family:system-ui,sans-serif}
.slide-body{transform-origin:0 0;transform:scale(var(--fit,1));width:calc(100% / var(--fit,1));
display:flex;flex-direction:column;gap:24px}
.slide-body>*{margin:0}
.slide blockquote{margin:0;border-left:6px solid var(--deck-muted);padding-left:20px}
.slide .author{color:var(--deck-muted)}
.row{display:flex;gap:40px;align-items:flex-start;justify-content:center}
.row figure{flex:0 0 auto}
[data-deck] .slide figure h3,[data-deck] .slide .cell h3{font-size:34px;margin:0 0 8px}
.slide figure svg{display:block}
td{font-variant-numeric:tabular-nums}
td.flagged,.value.flagged{background:repeating-linear-gradient(45deg,transparent 0 3px,#9994 3px 5px)}
td.suppressed{background:repeating-linear-gradient(45deg,transparent 0 3px,#9996 3px 5px)}
.value{font-weight:600}.value.missing,.value.error{color:#c00}
.legend{display:flex;flex-wrap:wrap;gap:4px 20px;margin:8px 0 0;padding:0;list-style:none;font-size:22px}
.legend i{display:inline-block;width:22px;height:18px;border:1px solid #888;margin-right:8px;vertical-align:-2px}
.legend i.flagged{background:repeating-linear-gradient(45deg,#fff 0 2px,#222 2px 3px)}
.legend i.suppressed{background:repeating-linear-gradient(45deg,#e0e0e0 0 2px,#777 2px 3px)}
.pins{border-left:6px solid var(--deck-accent);padding:4px 14px;margin:10px 0 0;font-size:26px}
[data-deck] .slide .pins ul{margin:0;padding-left:30px}
.problem{color:#c00;border-left:5px solid #c00;padding-left:14px}
.more{color:var(--deck-muted);font-size:22px}
`;
