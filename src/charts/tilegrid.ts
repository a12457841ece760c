import type { Classes } from './classing';
import { type Shade, classScale, overlays } from './map';
import type { ChartSpec } from './spec';

/** A region's square in the tile-grid cartogram (`kz-tilegrid.csv`): every region the same size, cities visible. */
export interface Tile {
  code: string;
  row: number;
  col: number;
  label: string;
}

/** Parse `code,row,col` of the tile grid. */
export function parseTilegrid(csv: string): { code: string; row: number; col: number }[] {
  return csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [code, row, col] = line.split(',');
      return { code, row: Number(row), col: Number(col) };
    });
}

/** A short label for a tile: the first word of the name, cut to 7 letters. */
export function tileLabel(name: string): string {
  const word = name.replace(/^(область|city of|город)\s+/i, '').split(/[\s-]/)[0];
  return word.length > 7 ? `${word.slice(0, 6)}.` : word;
}

/** The tile-grid cartogram: the same classes, hatching and selection as the map, one square per region. */
export function tilegridChart(
  tiles: Tile[],
  shades: Shade[],
  classes: Classes | null,
  opts: { ariaLabel: string; selected?: string | null },
): ChartSpec {
  const byCode = new Map(shades.map((s) => [s.code, s]));
  const data = tiles.map((tile) => ({
    ...tile,
    value: byCode.get(tile.code)?.value ?? NaN,
    look: byCode.get(tile.code)?.look ?? 'missing',
  }));
  const rows = Math.max(...tiles.map((d) => d.row)) + 1;
  const cols = Math.max(...tiles.map((d) => d.col)) + 1;
  const pos = { x: 'col', y: 'row', inset: 1.5 };
  return {
    kind: 'tilegrid',
    ariaLabel: opts.ariaLabel,
    aspect: rows / cols,
    plot: {
      x: { axis: null, domain: Array.from({ length: cols }, (_, i) => i) },
      y: { axis: null, domain: Array.from({ length: rows }, (_, i) => i) },
      color: classScale(classes),
      margin: 4,
    },
    marks: [
      { type: 'cell', data, options: { ...pos, fill: 'value', rx: 3 }, attr: { name: 'region', field: 'code' } },
      ...overlays(data, 'cell', { ...pos, rx: 3 }, opts.selected ?? null),
      {
        type: 'text',
        data,
        options: {
          x: 'col',
          y: 'row',
          text: 'label',
          fill: '#111',
          stroke: 'white',
          strokeWidth: 3,
          fontSize: 12,
          pointerEvents: 'none',
        },
      },
    ],
    tips: Object.fromEntries(shades.map((s) => [s.code, s.tip])),
  };
}
