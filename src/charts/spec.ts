import type { Lang } from '../core/lang';

/** One Plot mark as data: `type` names a Plot mark function; options use field names, never functions. */
export interface MarkSpec {
  type: 'geo' | 'dot' | 'ruleX' | 'ruleY' | 'text' | 'link' | 'barX' | 'line' | 'cell' | 'arrow';
  data: Record<string, unknown>[];
  options: Record<string, unknown>;
  /** Put `data-<name>` (e.g. data-region) on each drawn element, from this field of its datum. */
  attr?: { name: 'region' | 'key'; field: string };
}

/** A chart as plain data: what `render` turns into SVG, plus the tooltip lines per key. */
export interface ChartSpec {
  kind:
    | 'map'
    | 'tilegrid'
    | 'ranking'
    | 'bars'
    | 'trend'
    | 'slope'
    | 'distribution'
    | 'scatter'
    | 'timeline'
    | 'hexbin'
    | 'points';
  level?: 'region' | 'district';
  /** The UI language: numbers on the axes are written in its format. */
  lang: Lang;
  ariaLabel: string;
  /** Height as a share of the width (maps), or a fixed height in px. */
  aspect?: number;
  height?: number;
  /** The widest the chart is drawn (maps, so that they fit on a screen); otherwise as wide as its box. */
  maxWidth?: number;
  plot: Record<string, unknown>;
  marks: MarkSpec[];
  tips: Record<string, string[]>;
}

/** The fill of flagged (hatched) and suppressed (grey hatched) values, the same in every chart and export. */
export const HATCH = 'url(#cw-hatch)';
export const HATCH_GREY = 'url(#cw-hatch-grey)';

/** The SVG patterns behind HATCH and HATCH_GREY. */
export const PATTERNS =
  '<pattern id="cw-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">\n' +
  '<line x1="0" y1="0" x2="0" y2="6" stroke="#222" stroke-width="1.4"/></pattern>\n' +
  '<pattern id="cw-hatch-grey" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">\n' +
  '<rect width="6" height="6" fill="#e0e0e0"/>' +
  '<line x1="0" y1="0" x2="0" y2="6" stroke="#777" stroke-width="1.6"/></pattern>';
