import { unzlibSync } from 'fflate';
import { DataError } from '../errors';
import type { ColumnData } from './columns';

/** What an SPSS file says about one variable. */
export interface SavVariable {
  name: string;
  label: string | null;
  /** 0 numeric, else string width in bytes. */
  width: number;
  measure: 'nominal' | 'ordinal' | 'scale' | null;
  values: Record<string, string>;
  userMissing: number[];
  /** A user-missing range (lo, hi) when the file declares one. */
  missingRange: [number, number] | null;
  format: number;
}

/** A whole .sav/.zsav file: variables, the declared character encoding, and the data as columns. */
export interface SavFile {
  encoding: string;
  compressed: 'none' | 'bytecode' | 'zlib';
  variables: SavVariable[];
  columns: ColumnData[];
}

const CODE_PAGES: Record<number, string> = {
  65001: 'utf-8',
  1251: 'windows-1251',
  1252: 'windows-1252',
  20127: 'utf-8',
  2: 'utf-8',
  3: 'utf-8',
};
const DATE_FORMATS = new Set([20, 23, 24, 28, 29, 30, 38, 39]);
const DATETIME_FORMATS = new Set([22, 41]);
const MEASURES = [null, 'nominal', 'ordinal', 'scale'] as const;
/** Days from the SPSS epoch (14 Oct 1582) to 1 Jan 1970. */
const EPOCH_DAYS = 141428;

/** A cursor over the file's bytes with the file's byte order. */
class Reader {
  pos = 0;
  le = true;
  constructor(
    readonly view: DataView,
    readonly file: string,
  ) {}
  need(n: number) {
    if (n < 0 || this.pos + n > this.view.byteLength)
      throw new DataError({
        code: 'unreadable',
        file: this.file,
        detail: `the SPSS file ends early (byte ${this.pos})`,
      });
  }
  int() {
    this.need(4);
    const v = this.view.getInt32(this.pos, this.le);
    this.pos += 4;
    return v;
  }
  f64() {
    this.need(8);
    const v = this.view.getFloat64(this.pos, this.le);
    this.pos += 8;
    return v;
  }
  i64() {
    this.need(8);
    const v = Number(this.view.getBigInt64(this.pos, this.le));
    this.pos += 8;
    return v;
  }
  bytes(n: number) {
    this.need(n);
    const b = new Uint8Array(this.view.buffer, this.view.byteOffset + this.pos, n);
    this.pos += n;
    return b;
  }
  skip(n: number) {
    this.need(n);
    this.pos += n;
  }
  /** A count read from the file, checked against the bytes left (each entry taking at least `each` bytes). */
  count(each: number, what: string) {
    const at = this.pos;
    const n = this.int();
    if (n < 0 || n * each > this.view.byteLength - this.pos)
      throw new DataError({
        code: 'unreadable',
        file: this.file,
        detail: `${n} ${what} at byte ${at}, more than the file holds`,
      });
    return n;
  }
}

interface Slot {
  var: number;
  width: number;
}
interface RawVar {
  name: Uint8Array;
  label: Uint8Array | null;
  type: number;
  missing: number[];
  nMissing: number;
  format: number;
  rawMissing: Uint8Array[];
}

function readHeader(r: Reader) {
  const magic = new TextDecoder().decode(r.bytes(4));
  if (magic !== '$FL2' && magic !== '$FL3')
    throw new DataError({ code: 'unreadable', file: r.file, detail: 'not an SPSS system file' });
  r.skip(60);
  r.need(4);
  const layout = r.view.getInt32(r.pos, true);
  r.le = layout === 2 || layout === 3;
  r.int();
  r.int();
  const compression = r.int();
  r.int();
  const ncases = r.int();
  const bias = r.f64();
  r.skip(9 + 8 + 64 + 3);
  return { zsav: magic === '$FL3', compression, ncases, bias };
}

/** Read the dictionary: variable records, value labels, extension records, up to the 999 record. */
function readDictionary(r: Reader) {
  const raw: RawVar[] = [];
  const labelSets: { labels: [Uint8Array, Uint8Array][]; vars: number[] }[] = [];
  const ext: { subtype: number; data: Uint8Array; size: number; count: number }[] = [];
  for (;;) {
    const type = r.int();
    if (type === 2) {
      const vtype = r.int(),
        hasLabel = r.int(),
        nMissing = r.int(),
        format = r.int();
      r.int();
      const name = r.bytes(8);
      let label: Uint8Array | null = null;
      if (hasLabel) {
        const len = r.int();
        label = r.bytes(len);
        r.skip((4 - (len % 4)) % 4);
      }
      if (Math.abs(nMissing) > 3)
        throw new DataError({
          code: 'unreadable',
          file: r.file,
          detail: `${nMissing} missing values at byte ${r.pos - 24}`,
        });
      const rawMissing = Array.from({ length: Math.abs(nMissing) }, () => r.bytes(8));
      const missing = rawMissing.map((b) => new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, r.le));
      raw.push({ name, label, type: vtype, missing, nMissing, format, rawMissing });
    } else if (type === 3) {
      const n = r.count(9, 'value labels');
      const labels: [Uint8Array, Uint8Array][] = [];
      for (let i = 0; i < n; i++) {
        const value = r.bytes(8);
        const len = r.bytes(1)[0];
        labels.push([value, r.bytes(len)]);
        r.skip((8 - ((len + 1) % 8)) % 8);
      }
      if (r.int() !== 4)
        throw new DataError({ code: 'unreadable', file: r.file, detail: 'value labels without their variables' });
      const vars = Array.from({ length: r.count(4, 'labelled variables') }, () => r.int());
      labelSets.push({ labels, vars });
    } else if (type === 6) {
      r.skip(r.count(80, 'document lines') * 80);
    } else if (type === 7) {
      const subtype = r.int(),
        size = r.count(0, 'bytes per element'),
        count = r.count(size, 'elements');
      ext.push({ subtype, size, count, data: r.bytes(size * count) });
    } else if (type === 999) {
      r.int();
      return { raw, labelSets, ext };
    } else {
      throw new DataError({
        code: 'unreadable',
        file: r.file,
        detail: `unknown record type ${type} at byte ${r.pos - 4}`,
      });
    }
  }
}

function encodingOf(ext: { subtype: number; data: Uint8Array }[], le: boolean): string {
  const enc = ext.find((e) => e.subtype === 20);
  if (enc) return new TextDecoder().decode(enc.data).trim().toLowerCase();
  const info = ext.find((e) => e.subtype === 3);
  if (!info || info.data.length < 32) return 'windows-1252';
  const code = new DataView(info.data.buffer, info.data.byteOffset).getInt32(28, le);
  return CODE_PAGES[code] ?? `windows-${code}`;
}

/** Decode the file's bytes into variables and columns. */
export function readSav(bytes: Uint8Array, file: string): SavFile {
  const r = new Reader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
  const head = readHeader(r);
  const dict = readDictionary(r);
  const encoding = encodingOf(dict.ext, r.le);
  let dec: TextDecoder;
  try {
    dec = new TextDecoder(encoding);
  } catch {
    dec = new TextDecoder('windows-1252');
  }
  const str = (b: Uint8Array) => dec.decode(b).replace(/[\s\0]+$/, '');
  const { variables, slots, slotOfVar } = buildVariables(dict, str, r.le);
  const data = head.compression === 2 ? zlibData(r, bytes) : bytes.subarray(r.pos);
  const cases =
    head.compression === 0 ? rawCases(data, slots.length, r.le) : bytecodeCases(data, slots.length, head.bias, r.le);
  const columns = toColumns(file, variables, slotOfVar, cases, str, r.le);
  return {
    encoding,
    compressed: (['none', 'bytecode', 'zlib'] as const)[head.compression] ?? 'bytecode',
    variables,
    columns,
  };
}

function buildVariables(dict: ReturnType<typeof readDictionary>, str: (b: Uint8Array) => string, le: boolean) {
  const slots: Slot[] = [];
  const slotOfVar: number[] = [];
  const variables: SavVariable[] = [];
  const varOfSlot = new Map<number, number>();
  dict.raw.forEach((v, i) => {
    if (v.type === -1) return void slots.push({ var: variables.length - 1, width: -1 });
    varOfSlot.set(i + 1, variables.length);
    slotOfVar.push(slots.length);
    slots.push({ var: variables.length, width: v.type });
    const fmtType = (v.format >> 16) & 0xff;
    const range: [number, number] | null = v.nMissing < -1 ? [v.missing[0], v.missing[1]] : null;
    const discrete = v.nMissing < -1 ? v.missing.slice(2) : v.missing;
    variables.push({
      name: str(v.name),
      label: v.label ? str(v.label) : null,
      width: v.type,
      measure: null,
      values: {},
      userMissing: v.type === 0 ? discrete : [],
      missingRange: v.type === 0 ? range : null,
      format: fmtType,
    });
  });
  for (const set of dict.labelSets) {
    for (const idx of set.vars) {
      const v = variables[varOfSlot.get(idx) ?? -1];
      if (!v) continue;
      for (const [value, label] of set.labels) {
        const key =
          v.width === 0 ? String(new DataView(value.buffer, value.byteOffset, 8).getFloat64(0, le)) : str(value);
        v.values[key] = str(label);
      }
    }
  }
  applyExtensions(dict.ext, variables, str, le);
  return { variables, slots, slotOfVar };
}

function applyExtensions(
  ext: { subtype: number; data: Uint8Array; size: number; count: number }[],
  variables: SavVariable[],
  str: (b: Uint8Array) => string,
  le: boolean,
) {
  for (const e of ext) {
    if (e.subtype === 13) {
      const byShort = new Map(variables.map((v) => [v.name.toUpperCase(), v]));
      for (const pair of str(e.data).split('\t')) {
        const [short, long] = pair.split('=');
        const v = byShort.get(short?.toUpperCase());
        if (v && long) v.name = long;
      }
    } else if (e.subtype === 11) {
      const dv = new DataView(e.data.buffer, e.data.byteOffset, e.data.byteLength);
      const per = Math.floor(e.count / variables.length);
      if (per < 1) continue;
      variables.forEach((v, i) => (v.measure = MEASURES[dv.getInt32(i * per * 4, le)] ?? null));
    }
  }
}

function* rawCases(data: Uint8Array, width: number, le: boolean): Generator<Uint8Array[]> {
  const n = width ? Math.floor(data.length / (width * 8)) : 0;
  for (let c = 0; c < n; c++)
    yield Array.from({ length: width }, (_, s) => data.subarray((c * width + s) * 8, (c * width + s + 1) * 8));
  void le;
}

const SYSMIS = new Uint8Array(8).fill(0xff);
const SPACES = new Uint8Array(8).fill(0x20);

/** Decode bytecode-compressed cases: each slot is one 8-byte value, from a code or from the raw data that follows. */
function* bytecodeCases(data: Uint8Array, width: number, bias: number, le: boolean): Generator<Uint8Array[]> {
  let pos = 0;
  let codes: Uint8Array = new Uint8Array(0);
  let k = 8;
  let row: Uint8Array[] = [];
  const num = (x: number) => {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, x, le);
    return b;
  };
  while (pos <= data.length) {
    if (k === 8) {
      if (pos + 8 > data.length) break;
      codes = data.subarray(pos, pos + 8);
      pos += 8;
      k = 0;
    }
    const code = codes[k++];
    if (code === 0) continue;
    if (code === 252) break;
    if (code === 253) {
      if (pos + 8 > data.length) break;
      row.push(data.subarray(pos, pos + 8));
      pos += 8;
    } else row.push(code === 254 ? SPACES : code === 255 ? SYSMIS : num(code - bias));
    if (row.length === width) {
      yield row;
      row = [];
    }
  }
}

const MAX_ZLIB_BYTES = 1024 ** 3;

/** Decompress the zlib blocks of a .zsav file (listed in its trailer) into bytecode. */
function zlibData(r: Reader, bytes: Uint8Array): Uint8Array {
  r.i64();
  const trailerOfs = r.i64();
  r.i64();
  if (!(trailerOfs >= 0 && trailerOfs <= bytes.byteLength))
    throw new DataError({
      code: 'unreadable',
      file: r.file,
      detail: `zlib trailer at byte ${trailerOfs}, past the end`,
    });
  const t = new Reader(
    new DataView(bytes.buffer, bytes.byteOffset + trailerOfs, bytes.byteLength - trailerOfs),
    r.file,
  );
  t.le = r.le;
  t.i64();
  t.i64();
  t.int();
  const n = t.int();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    t.i64();
    const cOfs = t.i64();
    const uSize = t.int();
    const cSize = t.int();
    total += uSize;
    if (uSize < 0 || total > MAX_ZLIB_BYTES)
      throw new DataError({
        code: 'unreadable',
        file: r.file,
        detail: `zlib blocks unpack to more than 1 GiB (block ${i})`,
      });
    try {
      parts.push(unzlibSync(bytes.subarray(cOfs, cOfs + cSize), { out: new Uint8Array(uSize) }));
    } catch (e) {
      throw new DataError({
        code: 'unreadable',
        file: r.file,
        detail: `zlib block at byte ${cOfs}: ${(e as Error).message}`,
      });
    }
  }
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  parts.reduce((o, p) => (out.set(p, o), o + p.length), 0);
  return out;
}

function toColumns(
  file: string,
  variables: SavVariable[],
  slotOfVar: number[],
  cases: Iterable<Uint8Array[]>,
  str: (b: Uint8Array) => string,
  le: boolean,
): ColumnData[] {
  const values: (string | number | null)[][] = variables.map(() => []);
  for (const row of cases) {
    variables.forEach((v, i) => {
      const s = slotOfVar[i];
      if (s + Math.max(1, Math.ceil(v.width / 8)) > row.length)
        throw new DataError({
          code: 'unreadable',
          file,
          row: values[i].length + 1,
          column: v.name,
          detail: `the variable needs more 8-byte slots than a case has (${row.length})`,
        });
      if (v.width > 0) {
        const n = Math.ceil(v.width / 8);
        const buf = new Uint8Array(n * 8);
        for (let k = 0; k < n; k++) buf.set(row[s + k], k * 8);
        const text = str(buf.subarray(0, v.width));
        values[i].push(text === '' ? null : text);
      } else {
        const b = row[s];
        const x = new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, le);
        values[i].push(b === SYSMIS || Number.isNaN(x) || x <= -1.7976931348623157e308 ? null : x);
      }
    });
  }
  return variables.map((v, i) => {
    if (v.width > 0) return { name: v.name, values: values[i], type: 'VARCHAR' };
    const time = DATETIME_FORMATS.has(v.format);
    if (time || DATE_FORMATS.has(v.format)) {
      const dates = values[i].map((x, row) =>
        x === null ? null : (isoDate(x as number, time) ?? badDate(file, v, row)),
      );
      return { name: v.name, values: dates, type: time ? 'TIMESTAMP' : 'DATE' };
    }
    return { name: v.name, values: values[i] };
  });
}

function badDate(file: string, v: SavVariable, row: number): never {
  throw new DataError({ code: 'bad_value', file, row: row + 1, column: v.name, detail: 'a date past the year 9999' });
}

/** An SPSS date (seconds since 14 Oct 1582) as an ISO date or timestamp; null past the year 9999. */
function isoDate(secs: number, time: boolean): string | null {
  const ms = (secs / 86400 - EPOCH_DAYS) * 86400000;
  if (!(Math.abs(ms) <= 253402300799999)) return null;
  const iso = new Date(ms).toISOString();
  return time ? iso.slice(0, 19).replace('T', ' ') : iso.slice(0, 10);
}
