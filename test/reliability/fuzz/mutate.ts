import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Prng } from './prng';

/** The shape of a target's inputs, which decides the structure-aware mutations it gets. */
export type Structure = 'binary' | 'text' | 'zip' | 'json';

/** Mutated inputs stay below this size, so that ten thousand of them run in minutes. */
const MAX_BYTES = 1 << 18;
const INTERESTING = [0, 1, 0x7f, 0x80, 0xff, 0x0a, 0x0d, 0x22, 0x2c, 0x3b, 0x3c, 0x26, 0x7b, 0x5b, 0xef, 0xfe];
const INTS = [0, -1, 1, 0x7fffffff, -0x80000000, 0xffff, 1e9, 2, 3, 999, 7, 65001];

const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((o, p) => (out.set(p, o), o + p.length), 0);
  return out;
};

type ByteMutator = (b: Uint8Array, r: Prng, samples: Uint8Array[]) => Uint8Array;

const BYTE_MUTATORS: ByteMutator[] = [
  function flipBits(b, r) {
    const out = b.slice();
    for (let k = 1 + r.int(8); k > 0 && out.length; k--) out[r.int(out.length)] ^= 1 << r.int(8);
    return out;
  },
  function insertBytes(b, r) {
    const at = r.int(b.length + 1);
    const ins = Uint8Array.from({ length: 1 + r.int(16) }, () => (r.next() < 0.5 ? r.pick(INTERESTING) : r.int(256)));
    return cat(b.subarray(0, at), ins, b.subarray(at));
  },
  function deleteBytes(b, r) {
    const at = r.int(b.length + 1);
    return cat(b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + r.int(64))));
  },
  function truncate(b, r) {
    return b.slice(0, r.int(b.length + 1));
  },
  function splice(b, r, samples) {
    const other = r.pick(samples);
    return cat(b.subarray(0, r.int(b.length + 1)), other.subarray(r.int(other.length + 1)));
  },
  function repeatChunk(b, r) {
    const at = r.int(b.length + 1);
    const chunk = b.subarray(at, at + 1 + r.int(256));
    const times = 1 + r.int(Math.max(1, Math.floor(MAX_BYTES / 2 / Math.max(1, chunk.length))));
    return cat(b.subarray(0, at), ...Array.from({ length: Math.min(times, 4096) }, () => chunk), b.subarray(at));
  },
  function overwriteInt(b, r) {
    if (b.length < 4) return b;
    const out = b.slice();
    const view = new DataView(out.buffer);
    const at = r.int(out.length - 3);
    if (r.next() < 0.2 && at + 8 <= out.length) view.setFloat64(at, r.pick([1e308, -1e308, NaN, 1e15, -0]), true);
    else view.setInt32(at, r.pick(INTS), r.next() < 0.8);
    return out;
  },
];

/** Text mutations that know a little XML, CSV and JSON: the places their parsers are most likely to trip. */
const TEXT_PIECES = [
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
  '<!ENTITY xxe SYSTEM "file:///etc/passwd">',
  '&b;',
  '&#x110000;',
  '&#0;',
  '<c r="XFD1048576" t="s"><v>999999</v></c>',
  '<c r="A0"><v>1</v></c>',
  '<c r="ZZZZZZZZ1"><v>1</v></c>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<row r="-1">',
  '<![CDATA[',
  '</worksheet>',
  '<si><t>',
  '"',
  '\n',
  '\r',
  '\uFEFF',
  '\u0000',
  '<script>alert(1)</script>',
  '=HYPERLINK("x")',
  '[[[[[[[[[[[[[[[[[[[[',
  '{"a":',
  '1e999',
  '-0',
  '\uD800',
];

function mutateText(s: string, r: Prng): string {
  const at = r.int(s.length + 1);
  switch (r.int(4)) {
    case 0:
      return s.slice(0, at) + r.pick(TEXT_PIECES) + s.slice(at);
    case 1: {
      // Duplicate an element or a line.
      const open = s.lastIndexOf('<', at);
      const close = s.indexOf('>', at);
      const piece = open >= 0 && close > open ? s.slice(open, close + 1) : s.slice(at, at + 40);
      return s.slice(0, at) + piece.repeat(1 + r.int(50)) + s.slice(at);
    }
    case 2:
      return s.slice(0, at) + s.slice(at + 1 + r.int(20));
    default: {
      const attr = /="[^"]*"/g;
      const hits = [...s.matchAll(attr)];
      if (!hits.length) return s + r.pick(TEXT_PIECES);
      const h = r.pick(hits);
      const v = r.pick(['"-1"', '"99999999"', '"A"', '""', '"XFD1048576"', '"1e308"', '"../../x"', '"NaN"']);
      return s.slice(0, h.index + 1) + v + s.slice(h.index + h[0].length);
    }
  }
}

function mutateZip(b: Uint8Array, r: Prng, samples: Uint8Array[]): Uint8Array {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(b, {
      filter: (f) => {
        if (f.originalSize > MAX_BYTES) throw new Error('too big to mutate');
        return true;
      },
    });
  } catch {
    return r.pick(BYTE_MUTATORS)(b, r, samples);
  }
  const names = Object.keys(files);
  if (!names.length) return b;
  const name = r.pick(names);
  const choice = r.int(10);
  if (choice === 0) delete files[name];
  else if (choice === 1) files[`${name}.moved`] = files[name];
  else if (/\.(xml|rels|json)$/.test(name) && choice < 7) {
    const text = strFromU8(files[name]);
    files[name] = strToU8(/\.json$/.test(name) ? mutateJsonText(text, r) : mutateText(text, r));
  } else files[name] = r.pick(BYTE_MUTATORS)(files[name], r, samples);
  try {
    return zipSync(files, { level: r.int(2) ? 0 : 6 });
  } catch {
    return b;
  }
}

const VALUES: unknown[] = [null, -1, 0, 1e308, 'x', '', [], {}, true, '<b>x</b>', '=1+1', 2 ** 53 + 1];

function mutateValue(v: unknown, r: Prng, depth = 0): unknown {
  if (depth > 6 || v === null || typeof v !== 'object' || r.next() < 0.3) return r.pick(VALUES);
  const entries: [string, unknown][] = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v);
  if (!entries.length) return r.pick(VALUES);
  const k = r.int(entries.length);
  const op = r.int(4);
  if (op === 0) entries.splice(k, 1);
  else if (op === 1) entries.push(entries[k]);
  else entries[k] = [entries[k][0], mutateValue(entries[k][1], r, depth + 1)];
  return Array.isArray(v) ? entries.map((e) => e[1]) : Object.fromEntries(entries);
}

function mutateJsonText(s: string, r: Prng): string {
  if (r.next() < 0.15) {
    const n = 1 + r.int(20_000);
    return '['.repeat(n) + ']'.repeat(r.next() < 0.5 ? n : 0);
  }
  try {
    return JSON.stringify(mutateValue(JSON.parse(s), r));
  } catch {
    return mutateText(s, r);
  }
}

/** One to four stacked mutations of a sample, structure-aware for zip and JSON inputs half the time. */
export function mutate(sample: Uint8Array, structure: Structure, r: Prng, samples: Uint8Array[]): Uint8Array {
  let b = sample;
  for (let k = 1 + r.int(4); k > 0; k--) {
    const aware = r.next() < 0.5;
    if (aware && structure === 'zip') b = mutateZip(b, r, samples);
    else if (aware && structure === 'json') b = strToU8(mutateJsonText(strFromU8(b, true), r));
    else if (aware && structure === 'text') b = strToU8(mutateText(new TextDecoder().decode(b), r));
    else b = r.pick(BYTE_MUTATORS)(b, r, samples);
    if (b.length > MAX_BYTES) b = b.slice(0, MAX_BYTES);
  }
  return b;
}
