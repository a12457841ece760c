import type { Lang } from '../core/lang';
import type { Row } from '../core/sql';
import type { ChartSpec } from '../charts/spec';

/** The kinds of fenced cell a notebook may hold (the fence's first word). */
export const CELL_KINDS = [
  'sql',
  'estimate',
  'crosstab',
  'change',
  'indicator',
  'sae',
  'plan',
  'transform',
  'chart',
  'table',
] as const;
export type CellKind = (typeof CELL_KINDS)[number];

/** Kinds whose result is a named table later cells can read. */
export const NAMED_KINDS: readonly CellKind[] = [
  'sql',
  'estimate',
  'crosstab',
  'change',
  'indicator',
  'sae',
  'plan',
  'transform',
];

/** The chart vocabulary a `chart` cell draws from. */
export const CHART_KINDS = [
  'map',
  'tilegrid',
  'ranking',
  'trend',
  'slope',
  'bars',
  'distribution',
  'table',
  'scorecard',
  'matrix',
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** A value a parameter or an option may hold. */
export type Scalar = number | string | boolean | null;

/** What a notebook says of a dataset it was written for: its size and a hash of its column names. */
export interface Fingerprint {
  rows: number;
  columns: number;
  hash: string;
}

/** The YAML front matter. */
export interface FrontMatter {
  title: string;
  author: string | null;
  /** The notebook's own language (its prose); the UI language is the reader's. */
  lang: Lang;
  description: string | null;
  /** The datasets the notebook reads, by the name its cells use, with the fingerprint it was written against. */
  datasets: Record<string, Fingerprint | null>;
  /** Parameters (e.g. wave, region) and their default values; `$name` in SQL and options refers to them. */
  params: Record<string, Scalar>;
}

/** A fenced cell as written. */
export interface Cell {
  kind: CellKind;
  /** The `id=` given, or `cell-<n>` (n: the cell's position, from 1). */
  id: string;
  /** Whether the id was given (only named cells can be read by later cells). */
  named: boolean;
  /** Options from the fence's info string and the YAML body merged (sql cells: info string only). */
  options: Record<string, unknown>;
  /** The body as written (the SQL of a sql cell). */
  source: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
  /** 1-based line of the body's first line. */
  bodyLine: number;
  /** The slide the cell is on (0 for the first; `---` lines between blocks start a new one). */
  slide: number;
}

/** Prose, a cell, or speaker notes, in file order. */
export type Block =
  | { type: 'prose'; text: string; line: number; slide: number }
  | { type: 'notes'; text: string; line: number; slide: number }
  | { type: 'cell'; cell: Cell };

export interface Notebook {
  front: FrontMatter;
  blocks: Block[];
  cells: Cell[];
  /** The file's text, unchanged (a notebook is saved and exported as it was read). */
  source: string;
}

/** Why a notebook cannot be read or run: a code (translated by ui and cli), the line, the cell, a detail. */
export interface NotebookError {
  code: string;
  line: number;
  cell: string | null;
  detail: string;
}

/** A column of a result: its name and how it is printed. */
export interface ResultColumn {
  name: string;
  type: 'number' | 'string' | 'boolean' | 'other';
  /** The header a table cell gives it (default: the name). */
  label?: string;
  /** Decimals a table cell asks numbers to be printed with. */
  decimals?: number;
}

/** A cell's result as a table. */
export interface ResultTable {
  columns: ResultColumn[];
  rows: Row[];
}

/** What running one cell gave. */
export interface CellResult {
  id: string;
  kind: CellKind;
  line: number;
  status: 'ok' | 'error' | 'skipped';
  error: NotebookError | null;
  /** Named results, tables and the data behind a chart. */
  table: ResultTable | null;
  /** Chart cells: the chart as plain data, drawn by src/charts/render.ts (tables, scorecards and matrices: null). */
  chart: ChartSpec | null;
  /** A hash of the result, to tell which cells changed between two runs. */
  digest: string;
}

/** An inline value in prose, printed like a table cell: the value, its interval and flags. */
export interface InlineValue {
  text: string;
  status: 'ok' | 'flagged' | 'suppressed' | 'missing' | 'error';
  title: string;
}

/** A whole run: each cell's result, the inline values of the prose, and the datasets it read. */
export interface NotebookRun {
  params: Record<string, Scalar>;
  cells: CellResult[];
  /** By the token as written in the prose (e.g. `{sci.KZ-75.2025}`, `${by_region.mean}`). */
  values: Record<string, InlineValue>;
  /** For each dataset the notebook names: what it was written for and what this workspace has. */
  datasets: Record<string, { expected: Fingerprint | null; actual: Fingerprint | null }>;
  error: NotebookError | null;
}

/**
 * One step of a chart's or table's step reveal on a slide. `highlight`: the shapes and rows whose key is in `keys`
 * are lit and the others dimmed (e.g. the lowest three regions, then your region); `show`: rows are shown, this step's
 * and every earlier step's (a table's rows). Keys are region codes (`data-region`) or row keys (`data-key`).
 */
export interface RevealStep {
  mode: 'highlight' | 'show';
  keys: string[];
  /** What the step shows, in the notebook's language (e.g. "Lowest 3"), for the speaker view and the overview. */
  label: string;
}

/** A workshop note a trainer pinned on a cell's chart or table; kept in the workspace with the notebook. */
export interface PinnedNote {
  cell: string;
  text: string;
  /** When it was pinned (ISO 8601); also what tells two notes on one cell apart. */
  at: string;
}
