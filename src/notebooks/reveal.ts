import type { ChartSpec } from '../charts/spec';
import type { Lang } from '../core/lang';
import type { Row } from '../core/sql';
import { translator } from '../i18n/t';
import { listOf } from './cells/shared';
import { MAX_ROWS, rowKey } from './report-table';
import type { Cell, CellResult, RevealStep, Scalar } from './types';

/** The words a `reveal` step starts with. */
export const REVEAL_WORDS = ['lowest', 'highest', 'region', 'significant', 'rows'] as const;
export type RevealWord = (typeof REVEAL_WORDS)[number];

/** The most regions `lowest N`/`highest N` light, and rows `rows N` shows at once. */
export const MAX_REVEAL_N = 20;

/** One step as written: `lowest 3`, `highest 5`, `region KZ-75`, `region $region`, `significant`, `rows`, `rows 2`. */
export interface RevealSpec {
  word: RevealWord;
  n: number;
  /** `region`'s code or `$param`. */
  region: string;
}

/** What a chart or table a step lights: regions (map, tile grid, ranking, bars), a change (slope), or table rows. */
export type RevealTarget = 'regions' | 'change' | 'table';

/** The targets each word applies to. */
export const REVEAL_TARGETS: Record<RevealWord, readonly RevealTarget[]> = {
  lowest: ['regions'],
  highest: ['regions'],
  region: ['regions', 'change', 'table'],
  significant: ['change', 'table'],
  rows: ['table'],
};

const TARGET_OF: Record<string, RevealTarget> = {
  map: 'regions',
  tilegrid: 'regions',
  ranking: 'regions',
  bars: 'regions',
  slope: 'change',
  table: 'table',
  scorecard: 'table',
  matrix: 'table',
};

/** What a cell's reveal steps light (null: a chart kind steps cannot apply to, e.g. a trend). */
export function revealTarget(cell: Cell): RevealTarget | null {
  if (cell.kind === 'table') return 'table';
  if (cell.kind !== 'chart') return null;
  return TARGET_OF[String(cell.options.kind)] ?? null;
}

/** A step's text read, or why it cannot be (`bad_reveal`). */
export function parseRevealStep(text: string): RevealSpec | null {
  const [word, arg, ...rest] = text.trim().split(/\s+/);
  if (rest.length || !(REVEAL_WORDS as readonly string[]).includes(word)) return null;
  const w = word as RevealWord;
  if (w === 'significant') return arg === undefined ? { word: w, n: 0, region: '' } : null;
  if (w === 'region') return arg && /^\$?[A-Za-z0-9_-]+$/.test(arg) ? { word: w, n: 0, region: arg } : null;
  if (w === 'rows' && arg === undefined) return { word: w, n: 1, region: '' };
  const n = Number(arg);
  return Number.isInteger(n) && n >= 1 && n <= MAX_REVEAL_N ? { word: w, n, region: '' } : null;
}

/** The steps of a `reveal` option as written (a YAML list or one comma-separated text), unreadable ones left out. */
export const revealSpecs = (value: unknown): RevealSpec[] => listOf(value).flatMap((s) => parseRevealStep(s) ?? []);

/** What revealOf needs besides the cell: the run's parameter values and the language of the labels. */
export interface RevealContext {
  params: Record<string, Scalar>;
  /** The notebook's language (`nb.front.lang`): the steps' labels are read with its prose. */
  lang: Lang;
}

/** The drawn shapes of a chart that carry a key (`data-region`/`data-key`): each key with its value and name. */
function keyedShapes(chart: ChartSpec): { key: string; value: number; name: string }[] {
  const mark = chart.marks.find((m) => m.attr);
  if (!mark?.attr) return [];
  const { field } = mark.attr;
  const valueField = [mark.options.fill, mark.options.x].find(
    (f): f is string => typeof f === 'string' && mark.data.some((d) => typeof d[f] === 'number'),
  );
  return mark.data
    .filter((d) => !['suppressed', 'missing'].includes(String(d.look)))
    .map((d) => ({
      key: String(d[field]),
      value: Number(valueField ? d[valueField] : NaN),
      name: String(d.name ?? ''),
    }))
    .filter((d) => Number.isFinite(d.value));
}

/** The N regions of lowest (or highest) value; ties in code order, each region once. */
function extremes(chart: ChartSpec, n: number, highest: boolean): string[] {
  const sorted = keyedShapes(chart).sort(
    (a, b) => (highest ? b.value - a.value : a.value - b.value) || a.key.localeCompare(b.key),
  );
  return [...new Set(sorted.map((d) => d.key))].slice(0, n);
}

/** A region's name as the result gives it (its table's `region` beside `region_code`, a shape's name or tip). */
function regionName(code: string, r: CellResult): string {
  const row = r.table?.rows.find((x: Row) => x.region_code === code);
  if (typeof row?.region === 'string') return row.region;
  const mark = r.chart?.marks.find((m) => m.attr);
  const shape = mark?.data.find((d) => d[mark.attr!.field] === code);
  if (typeof shape?.name === 'string') return shape.name;
  return r.chart?.tips[code]?.[0] ?? code;
}

const tableRows = (r: CellResult) => (r.table?.rows ?? []).slice(0, MAX_ROWS);

/** The keys a `region` step lights: the region's shapes, or the table rows of that region. */
function regionKeys(code: string, r: CellResult, target: RevealTarget): string[] {
  if (target !== 'table') return keyedShapes(r.chart!).some((d) => d.key === code) ? [code] : [];
  return tableRows(r).flatMap((x, i) => (x.region_code === code || x.region === code ? [rowKey(i)] : []));
}

/** The keys of significant changes: a dumbbell's rises and falls, or the table rows marked `significant`. */
function significantKeys(r: CellResult, target: RevealTarget): string[] {
  if (target === 'table') return tableRows(r).flatMap((x, i) => (x.significant === true ? [rowKey(i)] : []));
  const mark = r.chart!.marks.find((m) => m.attr);
  return (mark?.data ?? []).filter((d) => d.direction === 'up' || d.direction === 'down').map((d) => String(d.code));
}

/** A `rows N` step as `show` steps of N rows each, in order. */
function rowSteps(n: number, r: CellResult, t: ReturnType<typeof translator>): RevealStep[] {
  const count = tableRows(r).length;
  const steps: RevealStep[] = [];
  for (let from = 0; from < count; from += n) {
    const to = Math.min(from + n, count);
    const keys = Array.from({ length: to - from }, (_, i) => rowKey(from + i));
    const label = to - from === 1 ? t('reveal.row', { n: to }) : t('reveal.rows', { from: from + 1, to });
    steps.push({ mode: 'show', keys, label });
  }
  return steps;
}

/** A `region` step's code: written, or a parameter's value (none when the parameter is empty or the country). */
function regionCode(spec: RevealSpec, params: Record<string, Scalar>): string | null {
  const v = spec.region.startsWith('$') ? params[spec.region.slice(1)] : spec.region;
  return v === null || v === undefined || v === '' || v === 'KZ' ? null : String(v);
}

/**
 * A chart's or table's step reveal on a slide, from its `reveal` option and its result: the keys (region codes of a
 * chart's shapes, row keys of a table's rows) each step lights or shows, labelled in the notebook's language. Steps
 * that would light nothing (a region the chart does not draw, a dumbbell with no significant change) are left out, as
 * are steps that do not apply to the cell (validation reports those).
 */
export function revealOf(cell: Cell, result: CellResult, { params, lang }: RevealContext): RevealStep[] {
  const target = revealTarget(cell);
  if (!target || result.status !== 'ok' || !('reveal' in cell.options)) return [];
  if (target !== 'table' && !result.chart) return [];
  const t = translator(lang);
  const steps: RevealStep[] = [];
  for (const spec of revealSpecs(cell.options.reveal)) {
    if (!REVEAL_TARGETS[spec.word].includes(target)) continue;
    if (spec.word === 'rows') {
      steps.push(...rowSteps(spec.n, result, t));
      continue;
    }
    const step = oneStep(spec, result, target, params, t);
    if (step.keys.length) steps.push(step);
  }
  return steps;
}

function oneStep(
  spec: RevealSpec,
  r: CellResult,
  target: RevealTarget,
  params: Record<string, Scalar>,
  t: ReturnType<typeof translator>,
): RevealStep {
  if (spec.word === 'significant')
    return { mode: 'highlight', keys: significantKeys(r, target), label: t('reveal.significant') };
  if (spec.word === 'region') {
    const code = regionCode(spec, params);
    const keys = code ? regionKeys(code, r, target) : [];
    return { mode: 'highlight', keys, label: t('reveal.region', { name: code ? regionName(code, r) : '' }) };
  }
  const highest = spec.word === 'highest';
  const keys = extremes(r.chart!, spec.n, highest);
  return { mode: 'highlight', keys, label: t(highest ? 'reveal.highest' : 'reveal.lowest', { n: spec.n }) };
}
