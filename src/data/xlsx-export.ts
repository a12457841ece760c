import { strToU8, zipSync } from 'fflate';

/** One cell of a sheet: numbers stay numbers, text is an inline string, null an empty cell. */
export type XlsxCell = string | number | boolean | null | undefined;

const esc = (s: string) =>
  s
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    // XML 1.0 forbids most control characters; a spreadsheet cell never needs them.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

function column(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cell(v: XlsxCell, ref: string): string {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '';
  if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${+v}</v></c>`;
  // Text a spreadsheet could take for a formula when edited keeps a leading apostrophe, as in the CSV export.
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(text)}</t></is></c>`;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const OOXML = 'http://schemas.openxmlformats.org';
const SHEET_NS = `${OOXML}/spreadsheetml/2006/main`;
const PACKAGE_NS = `${OOXML}/package/2006`;
const REL = `${OOXML}/officeDocument/2006/relationships`;
const SPREADSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const CONTENT_TYPES =
  `${XML}<Types xmlns="${PACKAGE_NS}/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="${SPREADSHEET}.sheet.main+xml"/>`;
const sheetPart = (i: number) =>
  `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${SPREADSHEET}.worksheet+xml"/>`;

/** A document of relationships, each given as its type and target (ids rId1, rId2, … in order). */
const relationships = (...rels: [type: string, target: string][]) =>
  `${XML}<Relationships xmlns="${PACKAGE_NS}/relationships">` +
  rels
    .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('') +
  `</Relationships>`;

function sheetXml(rows: XlsxCell[][]): string {
  const body = rows
    .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(v, `${column(j)}${i + 1}`)).join('')}</row>`)
    .join('');
  return `${XML}<worksheet xmlns="${SHEET_NS}"><sheetData>${body}</sheetData></worksheet>`;
}

/** A sheet name Excel accepts: no []:*?/\\, at most 31 characters, never empty. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

/** A minimal .xlsx workbook with one sheet per entry, in order (OOXML SpreadsheetML, zipped with fflate). */
export function xlsxBook(sheets: { name: string; rows: XlsxCell[][] }[]): Uint8Array {
  const ids = sheets.map((_, i) => i + 1);
  const files: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES + ids.map(sheetPart).join('') + '</Types>',
    '_rels/.rels': relationships(['officeDocument', 'xl/workbook.xml']),
    'xl/workbook.xml':
      `${XML}<workbook xmlns="${SHEET_NS}" xmlns:r="${REL}"><sheets>` +
      sheets.map((s, i) => `<sheet name="${esc(sheetName(s.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': relationships(
      ...ids.map((i) => ['worksheet', `worksheets/sheet${i}.xml`] as [string, string]),
    ),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s.rows)));
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 6 });
}

/** A minimal .xlsx workbook with one sheet. */
export function xlsxBytes(rows: XlsxCell[][], name = 'Sheet1'): Uint8Array {
  return xlsxBook([{ name, rows }]);
}

/** Records (as the CSV export takes them) as sheet rows: a header, then one row per record. */
export function recordsToRows(records: Record<string, unknown>[]): XlsxCell[][] {
  const cols = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return [cols, ...records.map((r) => cols.map((c) => r[c] as XlsxCell))];
}
