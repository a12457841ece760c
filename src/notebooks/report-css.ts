/** The report's only styles (inline: the file stands alone): readable prose, plain tables, hatched flags. */
export const REPORT_CSS = `
body{font-family:system-ui,sans-serif;color:#111;margin:0;background:#fff}
main{max-width:860px;margin:0 auto;padding:24px 20px 48px;line-height:1.5}
h1{font-size:1.7rem;margin:0 0 4px}.author{color:#555;margin:0 0 16px}
.meta h2{font-size:1rem;margin:12px 0 4px}.meta ul{margin:0;padding-left:20px;color:#333}
.synthetic{background:#fff4ce;border:1px solid #e0c36a;padding:6px 10px;border-radius:4px}
table{border-collapse:collapse;font-size:.9rem;margin:8px 0 16px;width:100%}
th,td{border-bottom:1px solid #e3e3e3;padding:3px 8px;text-align:left}
td{font-variant-numeric:tabular-nums}.scroll{overflow-x:auto}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:4px 0;padding:0;list-style:none;font-size:.85rem}
.legend i{display:inline-block;width:14px;height:12px;border:1px solid #888;margin-right:5px;vertical-align:-1px}
.legend i.flagged{background:repeating-linear-gradient(45deg,#fff 0 2px,#222 2px 3px)}
.legend i.suppressed{background:repeating-linear-gradient(45deg,#e0e0e0 0 2px,#777 2px 3px)}
td.flagged,.value.flagged{background:repeating-linear-gradient(45deg,#fff 0 3px,#ddd 3px 5px)}
td.suppressed{background:repeating-linear-gradient(45deg,#eee 0 3px,#bbb 3px 5px);color:#555}
.value{font-weight:600}.value.missing,.value.error{color:#a00}
figure{margin:16px 0}figure svg{max-width:100%;height:auto}
.problem{color:#a00;border-left:3px solid #a00;padding-left:8px}
.more{color:#555;font-size:.85rem}
.pins{border-left:4px solid #e0a100;background:#fffaf0;padding:4px 10px;margin:0 0 16px;font-size:.9rem}
.pins ul{margin:2px 0;padding-left:20px}
footer{margin-top:32px;color:#444;font-size:.85rem;border-top:1px solid #ddd}
@media print{main{max-width:none}figure,table{break-inside:avoid}}
`;
