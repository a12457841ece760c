import { COVARIATES } from '../indicators/sae-covariates';
import { NAME } from './front';
import { inlineTokens } from './inline';
import { CELL_OPTIONS, type OptionType, TRANSFORM_VERBS } from './options';
import { parseNotebook } from './parse';
import { REVEAL_TARGETS, parseRevealStep, revealTarget } from './reveal';
import { listOf, topValue, weightOption, weightValue } from './cells/shared';
import { NEEDS } from '../reports/plan';
import type { Cell, Notebook, NotebookError } from './types';

interface Scope {
  datasets: Set<string>;
  params: Set<string>;
  results: Set<string>;
}

const PARAM_REF = /^\$([a-z_][a-z0-9_]*)$/;
const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** Why a value does not fit its option type ('' when it fits). */
function misfit(v: unknown, type: OptionType, scope: Scope): string {
  const ref = typeof v === 'string' ? PARAM_REF.exec(v) : null;
  if (ref && !scope.params.has(ref[1])) return 'unknown_param';
  if (Array.isArray(type)) return typeof v === 'string' && type.includes(v) ? '' : 'bad_value';
  switch (type) {
    case 'dataset':
      return !isText(v) ? 'bad_value' : scope.datasets.has(v as string) ? '' : 'unknown_dataset';
    case 'result':
      return !isText(v) ? 'bad_value' : scope.results.has(v as string) ? '' : 'unknown_result';
    case 'text':
      return isText(v) || typeof v === 'number' ? '' : 'bad_value';
    case 'scalar':
      return v === null || ['string', 'number', 'boolean'].includes(typeof v) ? '' : 'bad_value';
    case 'list':
      return isText(v) || (Array.isArray(v) && v.length > 0 && v.every(isText)) ? '' : 'bad_value';
    case 'int':
      return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 12 ? '' : 'bad_value';
    case 'mapping':
      return typeof v === 'object' && v !== null && !Array.isArray(v) ? '' : 'bad_value';
    default:
      return stepsMisfit(v);
  }
}

/** Transform steps: a list of one-key mappings `verb: arguments`, verbs from the allowed set. */
function stepsMisfit(v: unknown): string {
  if (!Array.isArray(v) || v.length === 0) return 'bad_value';
  for (const step of v) {
    if (typeof step !== 'object' || step === null || Array.isArray(step)) return 'bad_step';
    const keys = Object.keys(step);
    if (keys.length !== 1) return 'bad_step';
    if (!(TRANSFORM_VERBS as readonly string[]).includes(keys[0])) return 'unknown_verb';
  }
  return '';
}

function checkCell(cell: Cell, scope: Scope, err: (code: string, detail: string) => void): void {
  const specs = CELL_OPTIONS[cell.kind];
  for (const [key, value] of Object.entries(cell.options)) {
    const spec = specs[key];
    if (!spec) err('unknown_option', key);
    else {
      const why = misfit(value, spec.type, scope);
      if (why) err(why, `${key}: ${JSON.stringify(value)}`);
    }
  }
  for (const [key, spec] of Object.entries(specs))
    if (spec.required && !(key in cell.options)) err('missing_option', key);
  if (cell.kind === 'sql') {
    if (!cell.source.trim()) err('empty_sql', '');
    for (const m of cell.source.matchAll(/\$([a-z_][a-z0-9_]*)/g))
      if (!scope.params.has(m[1])) err('unknown_param', m[0]);
  }
  if (cell.kind === 'chart' && !('data' in cell.options) === !('indicator' in cell.options)) err('chart_source', '');
  if (cell.kind === 'sae' || cell.kind === 'plan')
    for (const c of listOf(cell.options.covariates))
      if (!c.startsWith('$') && !(COVARIATES as readonly string[]).includes(c)) err('unknown_covariate', c);
  if (cell.kind === 'plan') checkPlan(cell, err);
  if ('reveal' in cell.options) checkReveal(cell, scope, err);
}

/** A `plan` cell's weights (numbers ≥ 0) and `top` (a whole number ≥ 1), unless a `$param` holds them. */
function checkPlan(cell: Cell, err: (code: string, detail: string) => void): void {
  const literal = (v: unknown) => v !== undefined && !(typeof v === 'string' && PARAM_REF.test(v));
  for (const key of NEEDS.map(weightOption)) {
    const v = cell.options[key];
    if (literal(v) && weightValue(v) === null) err('bad_value', `${key}: ${JSON.stringify(v)}`);
  }
  const top = cell.options.top;
  if (literal(top) && topValue(top) === null) err('bad_value', `top: ${JSON.stringify(top)}`);
}

/** A `reveal` option's steps: each readable, for this kind of chart or table, its `$param` declared. */
function checkReveal(cell: Cell, scope: Scope, err: (code: string, detail: string) => void): void {
  const target = revealTarget(cell);
  for (const text of listOf(cell.options.reveal)) {
    const spec = parseRevealStep(text);
    if (!spec) err('bad_reveal', text);
    else if (!target || !REVEAL_TARGETS[spec.word].includes(target))
      err('reveal_not_applicable', `${text} (${String(cell.options.kind ?? cell.kind)})`);
    else if (spec.region.startsWith('$') && !scope.params.has(spec.region.slice(1))) err('unknown_param', spec.region);
  }
}

function checkId(cell: Cell, scope: Scope, seen: Set<string>, err: (code: string, detail: string) => void): void {
  if (!cell.named) return;
  if (!NAME.test(cell.id)) err('bad_name', cell.id);
  else if (seen.has(cell.id)) err('duplicate_id', cell.id);
  else if (scope.datasets.has(cell.id) || scope.params.has(cell.id)) err('name_taken', cell.id);
  seen.add(cell.id);
}

/** Problems with a parsed notebook's cells and prose: options, references (earlier cells only), ids, parameters. */
export function validateNotebook(nb: Notebook): NotebookError[] {
  const errors: NotebookError[] = [];
  const scope: Scope = {
    datasets: new Set(Object.keys(nb.front.datasets)),
    params: new Set(Object.keys(nb.front.params)),
    results: new Set(),
  };
  const seen = new Set<string>();
  for (const cell of nb.cells) {
    const err = (code: string, detail: string) => errors.push({ code, line: cell.line, cell: cell.id, detail });
    checkId(cell, scope, seen, err);
    checkCell(cell, scope, err);
    if (cell.named) scope.results.add(cell.id);
  }
  for (const b of nb.blocks) {
    if (b.type !== 'prose') continue;
    for (const t of inlineTokens(b.text)) {
      const line = b.line + b.text.slice(0, t.start).split('\n').length - 1;
      const refs = t.kind === 'result' ? [t.where?.value ?? ''] : [t.region, t.wave];
      for (const r of refs) {
        const m = PARAM_REF.exec(r);
        if (m && !scope.params.has(m[1])) errors.push({ code: 'unknown_param', line, cell: null, detail: t.raw });
      }
      if (t.kind === 'result' && !scope.results.has(t.name)) {
        errors.push({ code: 'unknown_result', line, cell: null, detail: t.raw });
      }
    }
  }
  return errors;
}

/** Parse and validate: the notebook and every problem found, in line order. */
export function checkNotebook(source: string): { notebook: Notebook; errors: NotebookError[] } {
  const { notebook, errors } = parseNotebook(source);
  const all = [...errors, ...validateNotebook(notebook)].sort((a, b) => a.line - b.line);
  return { notebook, errors: all };
}
