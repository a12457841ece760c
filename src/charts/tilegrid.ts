import type { Lang } from '../core/lang';
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

// "Северо-Казахстанская область" → СКО, "Солтүстік Қазақстан облысы" → СҚО: the abbreviations in use.
const KAZAKHSTAN = { ru: /^(\S)\S*-Казахстанская область$/, kk: /^(\S)\S* Қазақстан облысы$/ } as const;
const GENERIC: Record<Lang, RegExp> = {
  ru: /^область\s+|\s+область$/,
  kk: /\s+облысы$/,
  en: /\s+Region$/,
};

/**
 * Short names of regions for the tile grid: the generic word dropped ("Кызылординская", "Абай", "Pavlodar"),
 * СКО/ЗКО/ВКО (СҚО/БҚО/ШҚО) for the three "…-Kazakhstan" regions ("N. Kazakhstan" in English), and the full name
 * where dropping the word would give a region the name of a city (Алматы облысы, Almaty Region).
 */
export function tileLabels(names: Record<string, string>, lang: Lang): Record<string, string> {
  const bare = (name: string) => {
    const abbr = lang === 'en' ? null : KAZAKHSTAN[lang].exec(name);
    if (abbr) return `${abbr[1]}${lang === 'ru' ? 'К' : 'Қ'}О`;
    return name.replace(GENERIC[lang], '').replace(/^(North|South|East|West) (?=Kazakhstan$)/, (w) => `${w[0]}. `);
  };
  const full = new Set(Object.values(names));
  return Object.fromEntries(
    Object.entries(names).map(([code, name]) => {
      const short = bare(name);
      return [code, full.has(short) ? name : short];
    }),
  );
}

/** The tile-grid cartogram: the same classes, hatching and selection as the map, one square per region. */
export function tilegridChart(
  tiles: Tile[],
  shades: Shade[],
  classes: Classes | null,
  opts: { lang: Lang; ariaLabel: string; selected?: string | null },
): ChartSpec {
  const byCode = new Map(shades.map((s) => [s.code, s]));
  const data = tiles.map((tile) => ({
    ...tile,
    value: byCode.get(tile.code)?.value ?? NaN,
    look: byCode.get(tile.code)?.look ?? 'missing',
  }));
  const rows = Math.max(...tiles.map((d) => d.row)) + 1;
  const cols = Math.max(...tiles.map((d) => d.col)) + 1;
  const pos = { x: 'col', y: 'row', inset: 3 };
  return {
    kind: 'tilegrid',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    aspect: rows / cols,
    plot: {
      x: { axis: null, domain: Array.from({ length: cols }, (_, i) => i), padding: 0 },
      y: { axis: null, domain: Array.from({ length: rows }, (_, i) => i), padding: 0 },
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
          pointerEvents: 'none',
        },
      },
    ],
    tips: Object.fromEntries(shades.map((s) => [s.code, s.tip])),
  };
}
