import { PATTERNS } from './spec';

/** What an exported chart states around the drawing: title, subtitle, legend and the notes (source, base, flags). */
export interface ExportMeta {
  title: string;
  subtitle?: string;
  legend?: { fill: string; label: string; pattern?: 'hatch' | 'hatch-grey' }[];
  notes: string[];
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

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

/**
 * A standalone SVG of drawn charts (one, or small multiples stacked, each under its caption) with the title,
 * subtitle, legend and notes (source, base, "synthetic demo data"): every text from data escaped, nothing linked
 * from outside.
 */
export function composeSvg(charts: string | string[], meta: ExportMeta & { captions?: string[] }): string {
  const list = Array.isArray(charts) ? charts : [charts];
  const pad = 12;
  const line = 18;
  let y = pad + 16;
  const parts: string[] = [`<text x="${pad}" y="${y}" font-size="17" font-weight="600">${esc(meta.title)}</text>`];
  if (meta.subtitle)
    parts.push(`<text x="${pad}" y="${(y += line)}" font-size="13" fill="#444">${esc(meta.subtitle)}</text>`);
  y += 8;
  let width = 0;
  list.forEach((svg, i) => {
    const caption = meta.captions?.[i];
    if (caption)
      parts.push(`<text x="${pad}" y="${(y += line)}" font-size="14" font-weight="600">${esc(caption)}</text>`);
    const box = size(svg);
    parts.push(nested(svg, y + (caption ? 4 : 0), box.width, box.height));
    y += box.height + (caption ? 4 : 0) + 8;
    width = Math.max(width, box.width);
  });
  for (const item of meta.legend ?? []) {
    y += line;
    const fill = item.pattern ? `url(#cw-${item.pattern})` : item.fill;
    const swatch = `<rect x="${pad}" y="${y - 11}" width="14" height="12" fill="${esc(fill)}" stroke="#888"/>`;
    const label = `<text x="${pad + 20}" y="${y}" font-size="12">${esc(item.label)}</text>`;
    parts.push(swatch + label);
  }
  for (const note of meta.notes)
    parts.push(`<text x="${pad}" y="${(y += line)}" font-size="12" fill="#333">${esc(note)}</text>`);
  const total = y + pad;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" ` +
    `viewBox="0 0 ${width} ${total}" font-family="system-ui, sans-serif">` +
    `<defs>${PATTERNS}</defs><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`
  );
}
