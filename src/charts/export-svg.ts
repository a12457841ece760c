import { PATTERNS } from './spec';

/** One entry of an exported legend: a colour or a pattern and what it means. */
export interface ExportLegendItem {
  fill: string;
  label: string;
  pattern?: 'hatch' | 'hatch-grey';
}

/** What an exported chart states around the drawing: title, subtitle, legend and the notes (source, base, flags). */
export interface ExportMeta {
  title: string;
  subtitle?: string;
  legend?: ExportLegendItem[];
  notes: string[];
}

const PAD = 12;
/** The narrowest export: room for a title and a legend beside a small chart. */
const MIN_WIDTH = 480;
/**
 * Generous average glyph widths, in ems, of system-ui text (Cyrillic in DejaVu Sans, the widest fallback, included),
 * regular and bold: wrapped text never runs over.
 */
const EM = 0.66;
const EM_BOLD = 0.75;

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The estimated width of a text in pixels at a font size. */
export const textWidth = (text: string, fontSize: number) => text.length * fontSize * EM;

/** A text as lines of at most `max` characters, broken at spaces (a longer word keeps a line of its own). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

function size(svg: string): { width: number; height: number } {
  const head = svg.slice(0, svg.indexOf('>'));
  const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(head)?.[1] ?? 0);
  return { width: num('width') || 640, height: num('height') || 400 };
}

function nested(chartSvg: string, top: number, width: number, height: number): string {
  const start = chartSvg.indexOf('<svg') + 4;
  const end = chartSvg.indexOf('>', start);
  const attrs = chartSvg.slice(start, end).replace(/\s(width|height|x|y)="[^"]*"/g, '');
  return `<svg x="0" y="${top}" width="${width}" height="${height}"${attrs}${chartSvg.slice(end)}`;
}

/** Lays out text blocks top to bottom: each call wraps a text to the width and moves down by its lines. */
class Column {
  parts: string[] = [];
  constructor(
    public y: number,
    readonly width: number,
  ) {}
  text(text: string, fontSize: number, attrs = '', gap = 6) {
    const em = attrs.includes('font-weight') ? EM_BOLD : EM;
    const max = Math.max(10, Math.floor((this.width - 2 * PAD) / (fontSize * em)));
    for (const line of wrapText(text, max)) {
      this.y += fontSize + gap;
      this.parts.push(`<text x="${PAD}" y="${this.y}" font-size="${fontSize}"${attrs}>${esc(line)}</text>`);
    }
  }
  /** Legend items side by side, wrapping to a new row when the next would run past the width (a long label wraps). */
  legend(items: ExportLegendItem[]) {
    const room = this.width - 2 * PAD;
    let x = PAD;
    this.y += 20;
    for (const item of items) {
      const lines = wrapText(item.label, Math.floor((room - 20) / (12 * EM)));
      const w = 20 + Math.max(...lines.map((l) => textWidth(l, 12)));
      if (x > PAD && x + w > this.width - PAD) [x, this.y] = [PAD, this.y + 20];
      const fill = item.pattern ? `url(#cw-${item.pattern})` : item.fill;
      this.parts.push(`<rect x="${x}" y="${this.y - 11}" width="14" height="12" fill="${esc(fill)}" stroke="#888"/>`);
      lines.forEach((line, i) => {
        if (i) this.y += 16;
        this.parts.push(`<text x="${x + 20}" y="${this.y}" font-size="12">${esc(line)}</text>`);
      });
      x = lines.length > 1 ? this.width : x + w + 16;
    }
  }
}

/**
 * A standalone SVG of drawn charts (one, or small multiples stacked, each under its caption) with the title,
 * subtitle, legend and notes (source, base, "synthetic demo data"): long texts wrapped to the width, every text from
 * data escaped, nothing linked from outside.
 */
export function composeSvg(charts: string | string[], meta: ExportMeta & { captions?: string[] }): string {
  const boxes = (Array.isArray(charts) ? charts : [charts]).map((svg) => ({ svg, ...size(svg) }));
  const width = Math.max(MIN_WIDTH, ...boxes.map((b) => b.width));
  const col = new Column(PAD - 4, width);
  col.text(meta.title, 17, ' font-weight="600"');
  if (meta.subtitle) col.text(meta.subtitle, 13, ' fill="#444"');
  col.y += 8;
  boxes.forEach((box, i) => {
    const caption = meta.captions?.[i];
    if (caption) col.text(caption, 14, ' font-weight="600"');
    col.y += caption ? 4 : 0;
    col.parts.push(nested(box.svg, col.y, box.width, box.height));
    col.y += box.height + 8;
  });
  if (meta.legend?.length) col.legend(meta.legend);
  for (const note of meta.notes) col.text(note, 12, ' fill="#333"');
  const total = Math.ceil(col.y + PAD);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" ` +
    `viewBox="0 0 ${width} ${total}" font-family="system-ui, sans-serif">` +
    `<defs>${PATTERNS}</defs><rect width="100%" height="100%" fill="#fff"/>${col.parts.join('')}</svg>`
  );
}
