import { quoteIdent } from '../../core/sql';
import { INITIATIVES, type Project, REPORTS } from '../../indicators/catalogue/atameken-parts';

/**
 * A dataset of located rows the Atameken map draws: its date, the column it is filtered by and the one it is
 * coloured by.
 */
export interface MapLayer {
  id: 'initiatives' | 'reports';
  dataset: string;
  /** The date a row is placed in time by (the time slider). */
  date: string;
  /** The column a user narrows the map to one value of (theme, topic). */
  category: string;
  /** The column points are coloured by, with its values in order (the first is "open", the last "finished"). */
  state: string;
  states: string[];
  /** Under the privacy rule: small counts, and the points behind them, are withheld. */
  private: boolean;
  /** The catalogue entry counting the layer's rows (by month for the dynamics, by district in a notebook). */
  entry: 'initiatives_count' | 'reports_filed';
}

const isPrivate = (p: Project) => p.smallBase.rule === 'privacy';

/** The two located datasets: the map of civic initiatives and citizens' reports (civic control). */
export const LAYERS: Record<MapLayer['id'], MapLayer> = {
  initiatives: {
    id: 'initiatives',
    dataset: INITIATIVES.dataset,
    date: 'date_proposed',
    category: 'theme',
    state: 'stage',
    states: ['citizens_initiative', 'in_progress', 'completed'],
    private: isPrivate(INITIATIVES),
    entry: 'initiatives_count',
  },
  reports: {
    id: 'reports',
    dataset: REPORTS.dataset,
    date: 'date_filed',
    category: 'topic',
    state: 'status',
    states: ['in_work', 'done'],
    private: isPrivate(REPORTS),
    entry: 'reports_filed',
  },
};

/** The months a map shows: those up to `end` (`YYYY-MM`), the last `span` of them (null: all up to `end`). */
export interface MapWindow {
  end: string;
  span: number | null;
  /** Only rows with this value of the layer's category (null: all). */
  category: string | null;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** The month `k` months after `month` (`YYYY-MM`; k may be negative). */
export function addMonths(month: string, k: number): string {
  const [, y, m] = MONTH.exec(month) ?? [];
  if (!y) throw new Error(`not a month: ${month}`);
  const i = Number(y) * 12 + Number(m) - 1 + k;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, both included. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last && out.length < 1200; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** SQL: the row's date as a DATE (null when it does not read as one). */
export const dateOf = (layer: MapLayer) => `TRY_CAST(${quoteIdent(layer.date)} AS DATE)`;

/** SQL: the first day after the window (its end). */
export const windowEnd = (w: MapWindow) => `DATE '${addMonths(w.end, 1)}-01'`;

/** SQL: the rows of a layer inside a window (dates and the category value go in as parameters `$1`). */
export function windowWhere(layer: MapLayer, w: MapWindow): { sql: string; params: string[] } {
  const date = dateOf(layer);
  const parts = [`${date} < ${windowEnd(w)}`];
  if (w.span !== null) parts.push(`${date} >= DATE '${addMonths(w.end, 1 - w.span)}-01'`);
  if (w.category === null) return { sql: parts.join(' AND '), params: [] };
  parts.push(`CAST(${quoteIdent(layer.category)} AS VARCHAR) = $1`);
  return { sql: parts.join(' AND '), params: [w.category] };
}
