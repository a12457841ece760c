/**
 * The deck file's own styles: what is on a slide (title, prose, figures side by side, tables, legends, pinned notes)
 * at projector sizes on the 1920×1080 canvas. The canvas itself, stepping and print come with the runtime.
 */
export const DECK_CSS = `
html,body{margin:0;background:#111}
body{font-family:system-ui,sans-serif;color:#111}
.deck .slide{box-sizing:border-box;width:1920px;height:1080px;padding:48px 80px 64px;overflow:hidden;
background:#fff;position:relative;font-size:28px;line-height:1.35}
.slide-body{transform-origin:0 0;transform:scale(var(--fit,1));width:calc(100% / var(--fit,1))}
.slide h1{font-size:56px;margin:0 0 12px;line-height:1.15}.slide .author{color:#555;margin:0 0 16px}
.slide h2{font-size:44px;margin:0 0 16px;line-height:1.2}.slide h3{font-size:30px;margin:0 0 8px}
.slide p,.slide ul,.slide ol,.slide blockquote{margin:0 0 14px}
.slide blockquote{border-left:6px solid #ccc;padding-left:18px;color:#333}
.slide code{font-size:.9em}
.row{display:flex;gap:40px;align-items:flex-start;justify-content:center;margin:8px 0 16px}
.row figure{margin:0;flex:0 0 auto}
figure svg{display:block;max-width:none;height:auto}
.slide table{border-collapse:collapse;font-size:22px;margin:8px 0 12px}
.slide th,.slide td{border-bottom:1px solid #ddd;padding:4px 12px;text-align:left}
.slide td{font-variant-numeric:tabular-nums}
td.flagged,.value.flagged{background:repeating-linear-gradient(45deg,#fff 0 3px,#ddd 3px 5px)}
td.suppressed{background:repeating-linear-gradient(45deg,#eee 0 3px,#bbb 3px 5px);color:#555}
.value{font-weight:600}.value.missing,.value.error{color:#a00}
.legend{display:flex;flex-wrap:wrap;gap:4px 18px;margin:6px 0;padding:0;list-style:none;font-size:20px}
.legend i{display:inline-block;width:20px;height:16px;border:1px solid #888;margin-right:6px;vertical-align:-2px}
.legend i.flagged{background:repeating-linear-gradient(45deg,#fff 0 2px,#222 2px 3px)}
.legend i.suppressed{background:repeating-linear-gradient(45deg,#e0e0e0 0 2px,#777 2px 3px)}
.pins{list-style:none;margin:6px 0;padding:0;font-size:22px}
.pins li{background:#fff8d6;border-left:5px solid #e0b400;padding:4px 10px;margin:4px 0;max-width:60em}
.problem{color:#a00;border-left:4px solid #a00;padding-left:12px}
.more{color:#555;font-size:20px}
.synthetic{position:absolute;left:80px;bottom:16px;margin:0;font-size:20px;color:#6b5200}
.slide>.number{position:absolute;right:80px;bottom:16px;margin:0;font-size:20px;color:#555}
.notes{display:none}
`;
