/** One Plot mark as data: `type` names a Plot mark function; options use field names, never functions. */
export interface MarkSpec {
  type: 'geo' | 'dot' | 'ruleX' | 'ruleY' | 'text' | 'link' | 'barX' | 'line';
  data: Record<string, unknown>[];
  options: Record<string, unknown>;
  /** Put `data-<name>` (e.g. data-region) on each drawn element, from this field of its datum. */
  attr?: { name: 'region' | 'key'; field: string };
}

/** A chart as plain data: what `render` turns into SVG, plus the tooltip lines per key. */
export interface ChartSpec {
  kind: 'map' | 'ranking' | 'bars' | 'trend';
  level?: 'region' | 'district';
  ariaLabel: string;
  /** Height as a share of the width (maps), or a fixed height in px. */
  aspect?: number;
  height?: number;
  plot: Record<string, unknown>;
  marks: MarkSpec[];
  tips: Record<string, string[]>;
}
