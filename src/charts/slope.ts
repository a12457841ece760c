import type { Lang } from '../core/lang';
import { type ChartSpec, HATCH } from './spec';

/** A region's two values for the dumbbell chart. */
export interface DumbbellLine {
  code: string;
  name: string;
  earlier: number | null;
  later: number | null;
  direction: 'up' | 'down' | 'same' | null;
  look: 'solid' | 'flagged' | 'suppressed' | 'missing';
  tip: string[];
}

export const CHANGE_COLORS = { up: '#5e3c99', same: '#8c8c8c', down: '#e66101' } as const;

/**
 * Change between two waves as a dumbbell per region (sorted by change): the earlier value hollow, the later one
 * filled (hatched when flagged), joined by an arrow coloured by significant rise, fall or no significant change.
 */
export function dumbbellChart(
  lines: DumbbellLine[],
  opts: {
    lang: Lang;
    ariaLabel: string;
    xLabel: string;
    earlierLabel: string;
    laterLabel: string;
    selected?: string | null;
  },
): ChartSpec {
  const data = lines
    .filter((l) => l.earlier !== null && l.later !== null)
    .map((l) => ({
      ...l,
      stroke: CHANGE_COLORS[l.direction ?? 'same'],
      fill: l.look === 'flagged' ? HATCH : CHANGE_COLORS[l.direction ?? 'same'],
    }));
  const sel = data.filter((d) => d.code === opts.selected);
  const keys = [
    { x: 'earlier', text: opts.earlierLabel },
    { x: 'later', text: opts.laterLabel },
  ];
  return {
    kind: 'slope',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    height: 60 + 24 * Math.max(1, data.length),
    plot: {
      marginLeft: 250,
      marginTop: 36,
      marginRight: 20,
      x: { label: opts.xLabel, grid: true },
      y: { domain: data.map((d) => d.name), label: null, tickSize: 0 },
      color: { type: 'identity' },
    },
    marks: [
      { type: 'ruleY', data: sel, options: { y: 'name', stroke: '#ffe08a', strokeWidth: 20, strokeOpacity: 0.6 } },
      {
        type: 'arrow',
        data,
        options: {
          x1: 'earlier',
          x2: 'later',
          y1: 'name',
          y2: 'name',
          stroke: 'stroke',
          strokeWidth: 2,
          headLength: 6,
        },
      },
      {
        type: 'dot',
        data,
        options: { x: 'earlier', y: 'name', r: 4.5, fill: 'white', stroke: 'stroke', strokeWidth: 1.5 },
      },
      {
        type: 'dot',
        data,
        options: { x: 'later', y: 'name', r: 5, fill: 'fill', stroke: 'stroke', strokeWidth: 1.5 },
        attr: { name: 'key', field: 'code' },
      },
      {
        type: 'text',
        data: data
          .slice(0, 1)
          .flatMap((d) => keys.map((k) => ({ x: d[k.x as 'earlier' | 'later'], y: d.name, text: k.text }))),
        options: { x: 'x', y: 'y', text: 'text', dy: -14, fill: '#333' },
      },
    ],
    tips: Object.fromEntries(data.map((d) => [d.code, d.tip])),
  };
}
