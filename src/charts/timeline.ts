import type { Lang } from '../core/lang';
import type { CellState } from '../reports/measures/plan';
import type { ChartSpec } from './spec';

/** One cell of the plan-against-fact timeline, labelled: its key (`<measure>-<year>`), row label and year. */
export interface TimelineDatum {
  key: string;
  row: string;
  year: number;
  state: CellState;
  planned: boolean;
  late: boolean;
}

/**
 * How each state is drawn: a fill, a symbol and the symbol's colour. Blue for done, orange for partly, dark red for
 * not done (a diverging pair readable with red–green colour blindness), grey for a past plan with no fact; the
 * symbols say the same without colour.
 */
export const STATE_LOOK: Record<CellState, { fill: string; symbol: string; ink: string }> = {
  done: { fill: '#2166ac', symbol: '✓', ink: '#ffffff' },
  partly: { fill: '#fdb863', symbol: '◐', ink: '#222222' },
  not_done: { fill: '#b2182b', symbol: '✗', ink: '#ffffff' },
  no_fact: { fill: '#d4d4d4', symbol: '?', ink: '#222222' },
  not_yet_due: { fill: '#eef3f9', symbol: '○', ink: '#3a5a80' },
  none: { fill: '#fafafa', symbol: '', ink: '#222222' },
};

/** The outline of a late cell (planned in a year that is over, not done). */
export const LATE_STROKE = '#5c0a12';

const ROW_HEIGHT = 30;

/**
 * The measures × years grid: a cell per measure and year coloured by its state, late cells outlined and marked "!",
 * facts entered outside the plan outlined with a dashed line. Rows in the order given, years as columns.
 */
export function timelineChart(
  data: TimelineDatum[],
  opts: { lang: Lang; ariaLabel: string; rows: string[]; tips: Record<string, string[]> },
): ChartSpec {
  const drawn = data.map((d) => ({
    ...d,
    column: String(d.year),
    fill: STATE_LOOK[d.state].fill,
    ink: STATE_LOOK[d.state].ink,
    symbol: `${STATE_LOOK[d.state].symbol}${d.late ? '!' : ''}`,
  }));
  const pos = { x: 'column', y: 'row' };
  return {
    kind: 'timeline',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    height: 40 + ROW_HEIGHT * opts.rows.length,
    maxWidth: 980,
    plot: {
      marginLeft: 340,
      marginTop: 30,
      marginBottom: 6,
      x: { axis: 'top', label: null, domain: [...new Set(drawn.map((d) => d.column))].sort(), padding: 0 },
      y: { label: null, domain: opts.rows, padding: 0 },
      color: { type: 'identity' },
    },
    marks: [
      {
        type: 'cell',
        data: drawn,
        options: { ...pos, fill: 'fill', stroke: '#ffffff', strokeWidth: 2 },
        attr: { name: 'key', field: 'key' },
      },
      {
        type: 'cell',
        data: drawn.filter((d) => d.late),
        options: { ...pos, fill: 'none', stroke: LATE_STROKE, strokeWidth: 2.5, inset: 3, pointerEvents: 'none' },
      },
      {
        type: 'cell',
        data: drawn.filter((d) => !d.planned && d.state !== 'none'),
        options: { ...pos, fill: 'none', stroke: '#333333', strokeDasharray: '3,2', inset: 3, pointerEvents: 'none' },
      },
      {
        type: 'text',
        data: drawn.filter((d) => d.symbol),
        options: { ...pos, text: 'symbol', fill: 'ink', fontSize: 15, fontWeight: 600, pointerEvents: 'none' },
      },
    ],
    tips: opts.tips,
  };
}
