import { DataError } from '../errors';
import { unzipParts } from '../zip';
import { type XmlNode, kid, kids, parseXml } from './xml';

/** A cell value as read from a sheet: text, number, boolean, an ISO date, or empty. */
export type Cell = string | number | boolean | null;

/** One sheet: its rows of cells (ragged rows padded), and merged ranges that touch the first rows. */
export interface Sheet {
  name: string;
  rows: Cell[][];
  merges: { ref: string; row: number; col: number; rows: number; cols: number }[];
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
/** Excel's own limits, and the cells (rows × columns) a sheet may span here: each becomes a value in memory. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_CELLS = 20_000_000;

/** Workbook parts as text, by path; a zip bomb or a non-zip is a DataError. */
function unzip(bytes: Uint8Array, file: string): Record<string, string> {
  const parts = unzipParts(bytes, file, (name) => /\.(xml|rels)$/.test(name));
  const dec = new TextDecoder();
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, dec.decode(v)]));
}

/** Text of a shared or inline string: its runs, without phonetic hints. */
function stringText(n: XmlNode | undefined): string {
  if (!n) return '';
  if (n.name === 't') return n.text;
  return n.children
    .filter((c) => c.name !== 'rPh')
    .map(stringText)
    .join('');
}

/** Style indexes whose number format is a date. */
function dateStyles(stylesXml: string | undefined): Set<number> {
  if (!stylesXml) return new Set();
  const root = parseXml(stylesXml);
  const ss = kid(root, 'styleSheet');
  const custom = new Map(
    kids(kid(ss, 'numFmts'), 'numFmt').map((f) => [Number(f.attrs.numFmtId), f.attrs.formatCode ?? '']),
  );
  const isDate = (id: number) =>
    BUILTIN_DATE_FORMATS.has(id) ||
    (custom.has(id) && /[dmy]/i.test(custom.get(id)!.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')));
  const out = new Set<number>();
  kids(kid(ss, 'cellXfs'), 'xf').forEach((xf, i) => isDate(Number(xf.attrs.numFmtId ?? 0)) && out.add(i));
  return out;
}

/** "BC12" → zero-based [row, col]; null for a reference outside Excel's grid. */
export function cellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  return row >= 1 && row <= MAX_ROWS && col <= MAX_COLS ? [row - 1, col - 1] : null;
}

/** Excel serial day → ISO date (1900 system, with its phantom 29 Feb 1900); a serial past year 9999 stays a number. */
export function serialToIso(serial: number): string | number {
  const ms = Math.round((serial - 25569) * 86400000);
  if (!(Math.abs(ms) <= 253402300799999)) return serial;
  const iso = new Date(ms).toISOString();
  return serial % 1 === 0 ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

function cellValue(c: XmlNode, shared: string[], dates: Set<number>): Cell {
  const t = c.attrs.t ?? 'n';
  const v = kid(c, 'v')?.text;
  if (t === 'inlineStr') return stringText(kid(c, 'is'));
  if (v === undefined || v === '') return null;
  if (t === 's') return shared[Number(v)] ?? null;
  if (t === 'b') return v === '1';
  if (t === 'str' || t === 'e') return v;
  const num = Number(v);
  return dates.has(Number(c.attrs.s ?? 0)) ? serialToIso(num) : num;
}

/** Where a cell goes: its own reference, else its row's and its place in the row. */
function cellPlace(c: XmlNode, r: XmlNode, j: number, at: (detail: string) => DataError): [number, number] {
  const ref = c.attrs.r ?? `${colName(j)}${r.attrs.r ?? ''}`;
  const place = cellRef(ref);
  if (!place) throw at(`cell reference "${ref.slice(0, 20)}" is outside the sheet`);
  return place;
}

const colName = (j: number): string =>
  (j < 26 ? '' : colName(Math.floor(j / 26) - 1)) + String.fromCharCode(65 + (j % 26));

function readMerges(ws: XmlNode | undefined): Sheet['merges'] {
  return kids(kid(ws, 'mergeCells'), 'mergeCell').flatMap((m) => {
    const [a, b = a] = (m.attrs.ref ?? '').split(':');
    const [p0, p1] = [cellRef(a), cellRef(b)];
    if (!p0 || !p1 || p1[0] < p0[0] || p1[1] < p0[1]) return [];
    return [{ ref: m.attrs.ref, row: p0[0], col: p0[1], rows: p1[0] - p0[0] + 1, cols: p1[1] - p0[1] + 1 }];
  });
}

function readRows(
  sheetXml: string,
  shared: string[],
  dates: Set<number>,
  at: (detail: string) => DataError,
): Pick<Sheet, 'rows' | 'merges'> {
  const ws = kid(parseXml(sheetXml), 'worksheet');
  const rows: Cell[][] = [];
  let width = 0;
  for (const r of kids(kid(ws, 'sheetData'), 'row')) {
    kids(r, 'c').forEach((c, j) => {
      const [ri, ci] = cellPlace(c, r, j, at);
      width = Math.max(width, ci + 1);
      if (width * Math.max(rows.length, ri + 1) > MAX_CELLS)
        throw at(`cell ${c.attrs.r ?? colName(ci) + (ri + 1)} makes the sheet more than ${MAX_CELLS} cells`);
      (rows[ri] ??= [])[ci] = cellValue(c, shared, dates);
    });
  }
  const dense = Array.from(rows, (r) => Array.from({ length: width }, (_, j) => r?.[j] ?? null));
  return { rows: dense, merges: readMerges(ws) };
}

/** An opened workbook: its sheet names, and a reader per sheet. */
export interface Workbook {
  sheets: string[];
  sheet(name?: string): Sheet;
}

const resolve = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`).replace(/\/\.\//g, '/');

/** Open an .xlsx workbook from its bytes. */
export function openXlsx(bytes: Uint8Array, file: string): Workbook {
  const parts = unzip(bytes, file);
  const wbXml = parts['xl/workbook.xml'];
  if (!wbXml) throw new DataError({ code: 'unreadable', file, detail: 'no xl/workbook.xml: not an Excel workbook' });
  const relsXml = parseXml(parts['xl/_rels/workbook.xml.rels'] ?? '');
  const relations = kids(kid(relsXml, 'Relationships'), 'Relationship');
  const rels = new Map(relations.map((r) => [r.attrs.Id, resolve(r.attrs.Target ?? '')]));
  const sheets = kids(kid(kid(parseXml(wbXml), 'workbook'), 'sheets'), 'sheet').map((s, i) => ({
    name: s.attrs.name ?? `Sheet${i + 1}`,
    path: rels.get(s.attrs.id) ?? '',
  }));
  const sst = parts['xl/sharedStrings.xml'];
  const shared = sst ? kids(kid(parseXml(sst), 'sst'), 'si').map(stringText) : [];
  const dates = dateStyles(parts['xl/styles.xml']);
  return {
    sheets: sheets.map((s) => s.name),
    sheet(name) {
      const s = name === undefined ? sheets[0] : sheets.find((x) => x.name === name);
      if (!s || !parts[s.path])
        throw new DataError({ code: 'no_sheet', file, detail: name ?? 'the workbook has no sheets' });
      const at = (detail: string) => new DataError({ code: 'parse', file, detail: `sheet "${s.name}": ${detail}` });
      return { name: s.name, ...readRows(parts[s.path], shared, dates, at) };
    },
  };
}
