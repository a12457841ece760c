import type { Lang } from '../core/lang';
import type { ExportLegendItem } from './export-svg';
import { type ChartSpec, HATCH } from './spec';

/** A ranked line: the same numbers as the comparison table. */
export interface RankedLine {
  code: string;
  name: string;
  group: string;
  estimate: number | null;
  ci_low: number | null;
  ci_high: number | null;
  look: 'solid' | 'flagged' | 'suppressed' | 'missing';
  rank: number | null;
  rank_low: number | null;
  rank_high: number | null;
  vs_national: 'above' | 'below' | 'same' | null;
  tip: string[];
}

/**
 * Colours of "above / not different from / below the national value" (PuOr ends: colour-blind safe)
 * and of groups (Okabe–Ito).
 */
export const VS_COLORS = { above: '#5e3c99', same: '#8c8c8c', below: '#e66101' } as const;
export const GROUP_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'];

/**
 * The legend of the ranking's colours without a breakdown: significantly above / not different from / below the
 * national value, and the hatch of estimates to interpret with care.
 */
export function rankingLegend(labels: {
  above: string;
  same: string;
  below: string;
  flagged: string;
}): ExportLegendItem[] {
  return [
    { fill: VS_COLORS.above, label: labels.above },
    { fill: VS_COLORS.same, label: labels.same },
    { fill: VS_COLORS.below, label: labels.below },
    { fill: '#ffffff', pattern: 'hatch', label: labels.flagged },
  ];
}

const rankText = (l: RankedLine) =>
  l.rank === null ? '' : l.rank_low === l.rank_high ? `${l.rank}` : `${l.rank} (${l.rank_low}–${l.rank_high})`;

/**
 * Regions ranked by estimate with 95% CIs and the national value as a dashed line. Without a breakdown, dots are
 * coloured above / not different from / below the national value and each row states its rank interval; with one,
 * each group gets a colour and a small offset. Flagged estimates are hatched; the selected region is bold.
 */
export function rankingChart(
  lines: RankedLine[],
  national: { estimate: number; label: string } | null,
  opts: {
    lang: Lang;
    ariaLabel: string;
    xLabel: string;
    selected?: string | null;
    groupLabels?: Record<string, string>;
  },
): ChartSpec {
  const ok = lines.filter((l) => l.estimate !== null && (l.look === 'solid' || l.look === 'flagged'));
  const groups = [...new Set(ok.map((l) => l.group))];
  const order = [
    ...new Map(
      [...ok].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || b.estimate! - a.estimate!).map((l) => [l.name, l]),
    ).keys(),
  ];
  const faceted = groups.length > 1 || groups[0] !== '';
  const marks: ChartSpec['marks'] = [];
  if (national) {
    const nat = [{ estimate: national.estimate, text: national.label }];
    marks.push({ type: 'ruleX', data: nat, options: { x: 'estimate', stroke: '#555', strokeDasharray: '4,3' } });
    marks.push({
      type: 'text',
      data: nat,
      options: { x: 'estimate', text: 'text', frameAnchor: 'top', dy: -14, fill: '#333' },
    });
  }
  groups.forEach((g, i) => {
    const color = faceted ? GROUP_COLORS[i % GROUP_COLORS.length] : null;
    const dy = faceted ? (i - (groups.length - 1) / 2) * 5 : 0;
    const data = ok
      .filter((l) => l.group === g)
      .map((l) => ({
        ...l,
        stroke: color ?? VS_COLORS[l.vs_national ?? 'same'],
        fill: l.look === 'flagged' ? HATCH : (color ?? VS_COLORS[l.vs_national ?? 'same']),
        key: l.code,
        rankText: rankText(l),
      }));
    marks.push({
      type: 'ruleY',
      data,
      options: { y: 'name', x1: 'ci_low', x2: 'ci_high', stroke: 'stroke', strokeOpacity: 0.7, strokeWidth: 2, dy },
    });
    marks.push({
      type: 'dot',
      data,
      options: { x: 'estimate', y: 'name', r: 5, fill: 'fill', stroke: 'stroke', strokeWidth: 1.5, dy },
      attr: { name: 'key', field: 'code' },
    });
    if (!faceted)
      marks.push({
        type: 'text',
        data,
        options: { y: 'name', text: 'rankText', frameAnchor: 'right', textAnchor: 'start', dx: 8, fill: '#333' },
      });
  });
  const sel = ok
    .filter((l) => l.code === opts.selected)
    .slice(0, 1)
    .map((l) => ({ name: l.name }));
  if (sel.length)
    marks.unshift({
      type: 'ruleY',
      data: sel,
      options: { y: 'name', stroke: '#ffe08a', strokeWidth: 20, strokeOpacity: 0.6 },
    });
  return {
    kind: 'ranking',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    height: 50 + 24 * Math.max(1, order.length),
    plot: {
      marginLeft: 250,
      marginTop: 30,
      marginRight: faceted ? 20 : 80,
      x: { label: opts.xLabel, grid: true, nice: true },
      y: { domain: order, label: null, tickSize: 0 },
      color: { type: 'identity' },
    },
    marks,
    tips: Object.fromEntries(ok.map((l) => [l.code, l.tip])),
  };
}
