import { unzipSync } from 'fflate';
import { DataError } from '../errors';
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
const MAX_ZIP_BYTES = 2 * 1024 ** 3;

/** Workbook parts as text, by path; a zip bomb or a non-zip is a DataError. */
function unzip(bytes: Uint8Array, file: string): Record<string, string> {
  let total = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_ZIP_BYTES) throw new Error('the workbook unpacks to more than 2 GiB');
        return /\.(xml|rels)$/.test(f.name);
      },
    });
  } catch (e) {
    throw new DataError({ code: 'unreadable', file, detail: `not an Excel workbook (${(e as Error).message})` });
  }
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

/** "BC12" → zero-based [row, col]. */
export function cellRef(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) ?? ['', 'A', '1'];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, col - 1];
}

/** Excel serial day → ISO date (1900 system, with its phantom 29 Feb 1900). */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
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

function readRows(sheetXml: string, shared: string[], dates: Set<number>): Pick<Sheet, 'rows' | 'merges'> {
  const ws = kid(parseXml(sheetXml), 'worksheet');
  const rows: Cell[][] = [];
  for (const r of kids(kid(ws, 'sheetData'), 'row')) {
    const cells = kids(r, 'c');
    cells.forEach((c, j) => {
      const [ri, ci] = c.attrs.r ? cellRef(c.attrs.r) : [Number(r.attrs.r) - 1, j];
      (rows[ri] ??= [])[ci] = cellValue(c, shared, dates);
    });
  }
  const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const dense = Array.from(rows, (r) => Array.from({ length: width }, (_, j) => r?.[j] ?? null));
  const merges = kids(kid(ws, 'mergeCells'), 'mergeCell').map((m) => {
    const [a, b = a] = m.attrs.ref.split(':');
    const [r0, c0] = cellRef(a),
      [r1, c1] = cellRef(b);
    return { ref: m.attrs.ref, row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  });
  return { rows: dense, merges };
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
  const rels = new Map(relations.map((r) => [r.attrs.Id, resolve(r.attrs.Target)]));
  const sheets = kids(kid(kid(parseXml(wbXml), 'workbook'), 'sheets'), 'sheet').map((s) => ({
    name: s.attrs.name,
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
      return { name: s.name, ...readRows(parts[s.path], shared, dates) };
    },
  };
}
