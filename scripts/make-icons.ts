// `npx tsx scripts/make-icons.ts` writes the app's icons to public/icons/: drawn here from three bars and a sun
// (the workbench's charts under the flag's sun) in the header's colours, encoded as PNG with node:zlib. No image
// editor, font or outside artwork is involved, so the output is the same byte for byte on every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const NAVY: Rgba = [0x12, 0x35, 0x5b, 255];
const GOLD: Rgba = [0xf2, 0xc1, 0x4e, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Bars of the foreground in a unit box: [left, right, top] (all end at the box's bottom). */
const BARS = [
  [0.04, 0.28, 0.6],
  [0.38, 0.62, 0.36],
  [0.72, 0.96, 0.48],
];

/** The colour at a point of the unit square; `inset` is the foreground's margin, `rounded` clips the corners. */
function colourAt(x: number, y: number, inset: number, rounded: boolean): Rgba {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (rounded && (x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  const u = (x - inset) / (1 - 2 * inset);
  const v = (y - inset) / (1 - 2 * inset);
  if (BARS.some(([a, b, top]) => u >= a && u <= b && v >= top && v <= 1)) return WHITE;
  if ((u - 0.2) ** 2 + (v - 0.2) ** 2 <= 0.15 ** 2) return GOLD;
  return NAVY;
}

/** RGBA pixels of a size × size icon, each the average of 4 × 4 samples (smooth edges). */
function draw(size: number, inset: number, rounded: boolean): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const n = 4;
  for (let j = 0; j < size; j++)
    for (let i = 0; i < size; i++) {
      const sum = [0, 0, 0, 0];
      for (let s = 0; s < n * n; s++) {
        const c = colourAt(
          (i + ((s % n) + 0.5) / n) / size,
          (j + (Math.floor(s / n) + 0.5) / n) / size,
          inset,
          rounded,
        );
        for (let k = 0; k < 3; k++) sum[k] += c[k] * c[3];
        sum[3] += c[3];
      }
      const o = (j * size + i) * 4;
      for (let k = 0; k < 3; k++) px[o + k] = sum[3] ? Math.round(sum[k] / sum[3]) : 0;
      px[o + 3] = Math.round(sum[3] / (n * n));
    }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => (bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8), -1) ^ -1) >>> 0;

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A PNG file of RGBA pixels (8 bits per channel, no filtering). */
export function png(size: number, px: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) rows.set(px.subarray(j * size * 4, (j + 1) * size * 4), j * (size * 4 + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = deflateSync(rows, { level: 9 });
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', new Uint8Array())]);
}

/** The icons: "any" ones with rounded corners, maskable ones full-bleed with the drawing in the safe circle. */
export const ICONS = [
  { file: 'icon-192.png', size: 192, inset: 0.14, rounded: true },
  { file: 'icon-512.png', size: 512, inset: 0.14, rounded: true },
  { file: 'icon-maskable-192.png', size: 192, inset: 0.24, rounded: false },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.24, rounded: false },
];

/** The PNG file of one of the ICONS. */
export const iconPng = ({ size, inset, rounded }: (typeof ICONS)[number]) => png(size, draw(size, inset, rounded));

if (process.argv[1]?.endsWith('make-icons.ts')) {
  mkdirSync('public/icons', { recursive: true });
  for (const icon of ICONS) writeFileSync(`public/icons/${icon.file}`, iconPng(icon));
}
