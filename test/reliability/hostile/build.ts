import { strToU8, zipSync } from 'fflate';

const enc = new TextEncoder();
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((o, p) => (out.set(p, o), o + p.length), 0);
  return out;
};

/** A minimal .xlsx: one sheet's XML, optional shared strings and extra parts. */
export function xlsx(sheetXml: string, opts: { shared?: string; parts?: Record<string, Uint8Array> } = {}) {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      '<workbook xmlns:r="r"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${sheetXml}</sheetData></worksheet>`),
    ...(opts.shared ? { 'xl/sharedStrings.xml': strToU8(opts.shared) } : {}),
    ...opts.parts,
  };
  return zipSync(files, { level: 6 });
}

/** Rows of inline-string and number cells as sheet XML. */
export function sheetRows(rows: (string | number)[][]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">` +
        r
          .map((v) => (typeof v === 'number' ? `<c><v>${v}</v></c>` : `<c t="inlineStr"><is><t>${esc(v)}</t></is></c>`))
          .join('') +
        '</row>',
    )
    .join('');
}

/** A minimal SPSS system file: numeric variables, raw (uncompressed) cases, and extra dictionary records. */
export function sav(opts: {
  names: string[];
  cases: number[][];
  records?: Uint8Array;
  header?: Partial<{ ncases: number }>;
}) {
  const head = new DataView(new ArrayBuffer(176));
  enc.encodeInto('$FL2@(#) hostile test file', new Uint8Array(head.buffer));
  head.setInt32(64, 2, true);
  head.setInt32(68, opts.names.length, true);
  head.setInt32(72, 0, true);
  head.setInt32(80, opts.header?.ncases ?? opts.cases.length, true);
  head.setFloat64(84, 100, true);
  const vars = opts.names.map((n) => {
    const v = new DataView(new ArrayBuffer(32));
    v.setInt32(0, 2, true);
    v.setInt32(16, 0x050802, true);
    v.setInt32(20, 0x050802, true);
    new Uint8Array(v.buffer, 24, 8).set(enc.encode(n.padEnd(8).slice(0, 8)));
    return new Uint8Array(v.buffer);
  });
  const end = new DataView(new ArrayBuffer(8));
  end.setInt32(0, 999, true);
  const data = new DataView(new ArrayBuffer(opts.cases.length * opts.names.length * 8));
  opts.cases.flat().forEach((x, i) => data.setFloat64(i * 8, x, true));
  return cat(
    new Uint8Array(head.buffer),
    ...vars,
    opts.records ?? new Uint8Array(),
    new Uint8Array(end.buffer),
    new Uint8Array(data.buffer),
  );
}

/** Little-endian int32s as bytes (for hand-made dictionary records). */
export const ints = (...xs: number[]) => {
  const v = new DataView(new ArrayBuffer(xs.length * 4));
  xs.forEach((x, i) => v.setInt32(i * 4, x, true));
  return new Uint8Array(v.buffer);
};

export { cat, enc };
