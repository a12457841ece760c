import type { Lang } from '../core/lang';
import type { Row } from '../core/sql';
import { tipLines } from '../charts/labels';
import { formatCount, formatNumber, formatValue, unitDigits } from '../i18n/format';
import { type T, textOr, translator } from '../i18n/t';
import type { IndicatorRow } from '../indicators/rows';
import type { BaseRules } from '../indicators/status';
import { indicatorRows, regionName } from './cells/indicator';
import { type NotebookEnv, cachedIndicators } from './env';
import { type InlineToken, inlineTokens } from './inline';
import type { InlineValue, Notebook, ResultTable, Scalar } from './types';

/** How a value reads: the reader's language and the small-base rules. */
export interface Reading {
  lang: Lang;
  rules: BaseRules;
}

/** A value with its interval and flags, as tables print it: `57.3% (95% CI: 54.1–60.5; small base)`. */
function withInterval(value: string, lo: unknown, hi: unknown, flags: string[], digits: number, lang: Lang, t: T) {
  const parts: string[] = [];
  if (typeof lo === 'number' && typeof hi === 'number')
    parts.push(`${t('tip.ci')}: ${formatNumber(lo, lang, digits)}–${formatNumber(hi, lang, digits)}`);
  parts.push(...flags.map((f) => textOr(t, `flag.${f}`, f)));
  return parts.length ? `${value} (${parts.join('; ')})` : value;
}

/** What a value that is not printed says instead: suppressed (n below the minimum) or no data. */
function notPrinted(status: string, r: Reading, t: T): InlineValue {
  const text =
    status === 'suppressed'
      ? t('status.suppressed', { minN: r.rules.minN })
      : textOr(t, `status.${status}`, t('status.no_data'));
  return { text, status: status === 'suppressed' ? 'suppressed' : 'missing', title: text };
}

/** An indicator's row as an inline value (the region's name titles its tooltip). */
export function indicatorValue(row: IndicatorRow | undefined, place: string, r: Reading): InlineValue {
  const t = translator(r.lang);
  if (!row || row.estimate === null || row.status !== 'ok') return notPrinted(row?.status ?? 'no_data', r, t);
  const text = withInterval(
    formatValue(row.estimate, row.unit, r.lang),
    row.ci_low,
    row.ci_high,
    row.flags,
    unitDigits(row.unit),
    r.lang,
    t,
  );
  const title = tipLines(place, row, t, r.lang, r.rules).join('\n');
  return { text, status: row.flags.length ? 'flagged' : 'ok', title };
}

/** Columns that hold an estimate: printed with the row's interval and flags. */
const ESTIMATES = new Set(['estimate', 'percent', 'mean', 'pct']);

/** A column of a result row as an inline value: numbers formatted, estimates with their CI, flags and status. */
export function resultValue(row: Row | undefined, column: string, r: Reading): InlineValue {
  const t = translator(r.lang);
  if (!row) return notPrinted('no_data', r, t);
  if (!Object.hasOwn(row, column)) return { text: column, status: 'error', title: `unknown column: ${column}` };
  const status = typeof row.status === 'string' ? row.status : 'ok';
  const v = row[column];
  if (ESTIMATES.has(column) && status !== 'ok') return notPrinted(status, r, t);
  if (v === null || v === undefined) return notPrinted('no_data', r, t);
  if (typeof v !== 'number') return { text: String(v), status: 'ok', title: String(v) };
  const flags = ESTIMATES.has(column) && typeof row.flags === 'string' ? row.flags.split(';').filter(Boolean) : [];
  const unit = typeof row.unit === 'string' ? row.unit : column === 'percent' || column === 'pct' ? 'percent' : '';
  const digits = unit ? unitDigits(unit) : Number.isInteger(v) ? 0 : 1;
  const value = unit
    ? formatValue(v, unit, r.lang)
    : digits === 0
      ? formatCount(v, r.lang)
      : formatNumber(v, r.lang, 1);
  const text = ESTIMATES.has(column) ? withInterval(value, row.ci_low, row.ci_high, flags, digits, r.lang, t) : value;
  return { text, status: flags.length ? 'flagged' : 'ok', title: text };
}

/** `$name` as the parameter's value, anything else as written. */
const param = (x: string, params: Record<string, Scalar>) => (x.startsWith('$') ? String(params[x.slice(1)] ?? x) : x);

/** The row of a result a token reads: the first, or the first whose column has the value. */
function rowFor(tok: Extract<InlineToken, { kind: 'result' }>, table: ResultTable, params: Record<string, Scalar>) {
  const { where } = tok;
  if (!where) return table.rows[0];
  const value = param(where.value, params);
  return table.rows.find((row) => row[where.column] !== null && String(row[where.column]) === value);
}

async function valueOf(
  tok: InlineToken,
  env: NotebookEnv,
  params: Record<string, Scalar>,
  results: ReadonlyMap<string, ResultTable>,
): Promise<InlineValue> {
  const reading = { lang: env.lang, rules: env.rules };
  if (tok.kind === 'result') {
    const table = results.get(tok.name);
    if (!table) return { text: tok.raw, status: 'error', title: `unknown result: ${tok.name}` };
    return resultValue(rowFor(tok, table, params), tok.column, reading);
  }
  const region = param(tok.region, params);
  const wave = Number(param(tok.wave, params));
  try {
    const [row] = await indicatorRows(env, tok.entry, { region, wave: Number.isInteger(wave) ? wave : null });
    return indicatorValue(row, regionName(region, env), reading);
  } catch (e) {
    return { text: tok.raw, status: 'error', title: e instanceof Error ? e.message : String(e) };
  }
}

/** Every inline value of a notebook's prose and notes, by the token as written. */
export async function inlineValues(
  nb: Notebook,
  env: NotebookEnv,
  params: Record<string, Scalar>,
  results: ReadonlyMap<string, ResultTable>,
): Promise<Record<string, InlineValue>> {
  const out: Record<string, InlineValue> = {};
  const memo = { ...env, indicators: cachedIndicators(env.indicators) };
  for (const block of nb.blocks) {
    if (block.type === 'cell') continue;
    for (const tok of inlineTokens(block.text)) {
      if (!Object.hasOwn(out, tok.raw)) out[tok.raw] = await valueOf(tok, memo, params, results);
    }
  }
  return out;
}
