import { flatten, toCsv } from '../data/csv-export';

/** Save text or a blob as a file through a temporary link (no network involved). */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The first SVG of a chart container as standalone SVG text. */
export function svgText(container: Element): string | null {
  const svg = container.querySelector('svg');
  if (!svg) return null;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(copy);
}

/** Rasterise SVG text to PNG at twice its size. */
export async function pngBlob(svg: string): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    img.src = url;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.width * 2, height: img.height * 2 });
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise((ok, fail) =>
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG export failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Save records as CSV (UTF-8 with BOM, so spreadsheets read Cyrillic; formula injection neutralised). */
export function saveCsv(records: Record<string, unknown>[], fileBase: string) {
  saveBlob(new Blob(['\ufeff' + toCsv(records)], { type: 'text/csv' }), `${fileBase}.csv`);
}

/** Save records as an XLSX sheet (the writer is loaded only when a user exports). */
export async function saveXlsx(records: Record<string, unknown>[], fileBase: string, sheet: string) {
  const { recordsToRows, xlsxBytes } = await import('../data/xlsx-export');
  const bytes = xlsxBytes(recordsToRows(records.map(flatten)), sheet.slice(0, 31));
  saveBlob(
    new Blob([bytes.slice().buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    `${fileBase}.xlsx`,
  );
}
