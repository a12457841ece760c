import { gunzipSync } from 'fflate';
import { type FileMetaData, snappyUncompress } from 'hyparquet';

/**
 * The pages of a Parquet file checked against what they claim, before hyparquet decodes them: a page header whose
 * value counts or sizes lie can send its decoder into a loop that never ends (a dictionary page with bit width 0
 * and a negative run length). Returns what is wrong, with the byte where it is, or null.
 */
export function pageProblem(bytes: Uint8Array, meta: FileMetaData): string | null {
  const flat = meta.schema.slice(1).every((e) => !e.num_children);
  if (!flat) return null;
  for (const group of meta.row_groups) {
    for (const [j, chunk] of group.columns.entries()) {
      const m = chunk.meta_data;
      if (!m) continue;
      const optional = meta.schema[j + 1]?.repetition_type === 'OPTIONAL';
      const problem = chunkProblem(bytes, m, optional, Number(group.num_rows));
      if (problem) return `column "${m.path_in_schema.join('.')}": ${problem}`;
    }
  }
  return null;
}

type ColumnMeta = NonNullable<FileMetaData['row_groups'][number]['columns'][number]['meta_data']>;

function chunkProblem(bytes: Uint8Array, m: ColumnMeta, optional: boolean, rows: number): string | null {
  const start = Number(m.dictionary_page_offset ?? m.data_page_offset);
  const end = start + Number(m.total_compressed_size);
  if (!(start >= 0 && end <= bytes.length && start < end)) return `pages at bytes ${start}–${end}, outside the file`;
  if (Number(m.num_values) > rows) return `${m.num_values} values in a row group of ${rows} rows`;
  let seen = 0;
  for (let pos = start; pos < end && seen < Number(m.num_values);) {
    let next: { end: number; size: number; problem: string | null };
    try {
      next = pageAt(bytes, pos, end, m, optional, Number(m.num_values) - seen);
    } catch (e) {
      next = { end, size: 0, problem: (e as Error).message };
    }
    if (next.problem) return `the page at byte ${pos}: ${next.problem}`;
    seen += next.size;
    pos = next.end;
  }
  return null;
}

/** The page starting at `pos`: where it ends, how many values it holds, and what is wrong with it. */
function pageAt(bytes: Uint8Array, pos: number, end: number, m: ColumnMeta, optional: boolean, left: number) {
  const r = new Thrift(bytes, pos);
  const h = r.struct();
  const size = num(h[3]);
  const at = r.pos;
  if (!(size >= 0 && at + size <= end)) return { end, size: 0, problem: 'it runs past its column' };
  const data = (h[5] ?? h[8]) as Fields | undefined;
  const problem = pageCheck(bytes.subarray(at, at + size), h, m.codec, optional, left);
  return { end: at + size, size: data ? num(data[1]) : 0, problem };
}

type Fields = Record<number, unknown>;
const num = (x: unknown) => (typeof x === 'number' ? x : typeof x === 'bigint' ? Number(x) : NaN);
const DICTIONARY = new Set([2, 8]);

function pageCheck(page: Uint8Array, h: Fields, codec: string, optional: boolean, left: number): string | null {
  const v1 = h[5] as Fields | undefined;
  const v2 = h[8] as Fields | undefined;
  const header = v1 ?? v2;
  if (!header) return null;
  const values = num(header[1]);
  if (!(values >= 0 && values <= left)) return `${header[1]} values where ${left} are left`;
  const encoding = num(v1 ? v1[2] : v2![4]);
  const [rep, def] = v2 ? [num(v2[6]), num(v2[5])] : [0, 0];
  if (v2 && optional && (def > page.length || runsProblem(page.subarray(rep, rep + def), 0, values, 1)))
    return 'its definition levels do not add up';
  const compressed = v1 ? true : v2![7] !== false;
  const body = compressed ? inflate(page.subarray(rep + def), codec, num(h[2]) - rep - def) : page.subarray(rep + def);
  if (!body) return null;
  let pos = 0;
  if (v1 && optional) {
    if (body.length < 4) return 'it ends before its definition levels';
    pos = 4 + new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true);
    const levels = runsProblem(body.subarray(4, pos), 0, values, 1);
    if (levels) return `definition levels: ${levels}`;
  }
  if (!DICTIONARY.has(encoding) || pos >= body.length) return null;
  const width = body[pos];
  if (width > 32) return `a bit width of ${width}`;
  return runsProblem(body, pos + 1, values, width);
}

function inflate(data: Uint8Array, codec: string, size: number): Uint8Array | null {
  if (codec === 'UNCOMPRESSED') return data;
  if (!(size >= 0 && size < 1 << 30)) throw new Error(`a page claims ${size} bytes`);
  if (codec === 'SNAPPY') {
    const out = new Uint8Array(size);
    snappyUncompress(data, out);
    return out;
  }
  return codec === 'GZIP' ? gunzipSync(data) : null;
}

/** Runs of the RLE/bit-packed hybrid: their lengths must add up to no more than the page's values. */
function runsProblem(body: Uint8Array, start: number, values: number, width: number): string | null {
  const r = new Thrift(body, start);
  for (let seen = 0; seen < values && r.pos < body.length;) {
    const head = r.varint();
    const run = head % 2 ? Math.floor(head / 2) * 8 : Math.floor(head / 2);
    if (run > values - seen + 7) return `a run of ${run} values where ${values - seen} are left`;
    if (run === 0 && width === 0) return 'an empty run';
    r.pos += head % 2 ? Math.floor(head / 2) * width : Math.ceil(width / 8);
    seen += run;
  }
  return null;
}

/** Just enough of Thrift's compact protocol to read a page header. */
class Thrift {
  constructor(
    readonly b: Uint8Array,
    public pos: number,
  ) {}
  byte(): number {
    if (this.pos >= this.b.length) throw new Error(`a page header runs past byte ${this.pos}`);
    return this.b[this.pos++];
  }
  varint(): number {
    let v = 0;
    for (let shift = 1; ; shift *= 128) {
      const x = this.byte();
      v += (x & 0x7f) * shift;
      if (!(x & 0x80) || shift > 2 ** 56) return v;
    }
  }
  zigzag(): number {
    const v = this.varint();
    return v % 2 ? -(v + 1) / 2 : v / 2;
  }
  value(type: number, depth: number): unknown {
    if (depth > 16) throw new Error('a page header nests too deep');
    if (type === 1 || type === 2) return type === 1;
    if (type === 3) return this.byte();
    if (type >= 4 && type <= 6) return this.zigzag();
    if (type === 7) return void (this.pos += 8);
    if (type === 8) return void (this.pos += this.varint());
    if (type === 9 || type === 10) {
      const head = this.byte();
      const n = head >> 4 === 15 ? this.varint() : head >> 4;
      for (let i = 0; i < n; i++) this.value(head & 15, depth + 1);
      return undefined;
    }
    if (type === 11) {
      const n = this.varint();
      const kv = n ? this.byte() : 0;
      for (let i = 0; i < n; i++) {
        this.value(kv >> 4, depth + 1);
        this.value(kv & 15, depth + 1);
      }
      return undefined;
    }
    if (type === 12) return this.struct(depth + 1);
    throw new Error(`a page header holds an unknown type ${type} at byte ${this.pos}`);
  }
  struct(depth = 0): Fields {
    const out: Fields = {};
    for (let id = 0; ;) {
      const head = this.byte();
      if (head === 0) return out;
      id = head >> 4 ? id + (head >> 4) : this.zigzag();
      out[id] = this.value(head & 15, depth);
    }
  }
}
