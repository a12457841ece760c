import { type ExportOptions, type ExportTable, tableCsv } from '../views/export-table';

export { svgText } from './chart-svg';

/** Save text or a blob as a file through a temporary link (no network involved). */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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

const bytesBlob = (bytes: Uint8Array, type: string) => new Blob([bytes.slice().buffer], { type });

/**
 * Save a table as CSV in the chosen dialect (UTF-8 with BOM, formula injection neutralised); with notes, the CSV
 * and a notes file together in one zip (the zip writer is loaded only when a user exports).
 */
export async function saveCsv(table: ExportTable, notes: string[], fileBase: string, options: ExportOptions) {
  const csv = tableCsv(table, options.dialect);
  if (!notes.length) return saveBlob(new Blob(['\ufeff' + csv], { type: 'text/csv' }), `${fileBase}.csv`);
  const { zipTexts } = await import('../data/zip');
  const files = { [`${fileBase}.csv`]: csv, [`${fileBase}-notes.txt`]: notes.join('\r\n') + '\r\n' };
  saveBlob(bytesBlob(zipTexts(files), 'application/zip'), `${fileBase}.zip`);
}

/** Save a table as an XLSX sheet, with the notes on a second sheet (the writer is loaded only when a user exports). */
export async function saveXlsx(
  table: ExportTable,
  notes: string[],
  fileBase: string,
  names: { sheet: string; notes: string },
) {
  const { xlsxBook } = await import('../data/xlsx-export');
  const sheets = [{ name: names.sheet, rows: [...table.headers, ...table.rows] }];
  if (notes.length) sheets.push({ name: names.notes, rows: notes.map((n) => [n]) });
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  saveBlob(bytesBlob(xlsxBook(sheets), type), `${fileBase}.xlsx`);
}
