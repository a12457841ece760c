import { LANGS } from '../../core/lang';
import { BREAKDOWNS, DIRECTIONS, type Formula, SMALL_BASE_RULES, SOURCE_KINDS, TASKS, UNITS } from './types';

/** Fields of each formula kind that hold SQL expressions (required unless marked optional with `?`). */
const SQL_FIELDS: Record<Formula['kind'], string[]> = {
  survey_share: ['yes', 'valid', 'domain?'],
  survey_mean: ['value', 'domain?'],
  count: ['where?'],
  sum: ['value'],
  rate: ['value?'],
  row_share: ['yes', 'valid?'],
  row_mean: ['value'],
  ratio_of_sums: ['num', 'den'],
  district_share: [],
  district_population_share: [],
  km_median: ['start', 'end'],
  composite: [],
  unavailable: [],
};
/** Census formulas whose denominator is a region's population or districts: breakdowns that split those do not apply. */
const AREA_ONLY: Formula['kind'][] = ['rate', 'district_share', 'district_population_share'];
const SPLITS_POPULATION = ['district', 'settlement', 'sex', 'age_group', 'language'];

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isOneOf = <T extends string>(list: readonly T[], x: unknown): x is T =>
  typeof x === 'string' && (list as readonly string[]).includes(x);
const isText = (x: unknown) => typeof x === 'string' && x.trim() !== '';

function checkText(v: unknown, path: string, errors: string[]) {
  if (!isObj(v)) return void errors.push(`${path}: must be an object with ru, kk and en texts`);
  for (const lang of LANGS) if (!isText(v[lang])) errors.push(`${path}.${lang}: missing text`);
}

function checkSql(v: unknown, path: string, errors: string[]) {
  if (!isText(v)) errors.push(`${path}: must be a non-empty SQL expression`);
  else if (/;|--|\/\*/.test(v as string)) errors.push(`${path}: one expression only (no ";" or comments)`);
}

function checkFormula(f: unknown, e: Obj, path: string, ids: Set<string>, errors: string[]) {
  const kinds = Object.keys(SQL_FIELDS) as Formula['kind'][];
  const kind = isObj(f) ? f.kind : undefined;
  if (!isObj(f) || !isOneOf(kinds, kind)) return void errors.push(`${path}.kind: must be one of ${kinds.join(', ')}`);
  for (const field of SQL_FIELDS[kind]) {
    const name = field.replace('?', '');
    if (!field.endsWith('?') || f[name] !== undefined) checkSql(f[name], `${path}.${name}`, errors);
  }
  if (kind === 'rate' && f.per !== 10000 && f.per !== 100000) errors.push(`${path}.per: must be 10000 or 100000`);
  if (kind === 'composite') checkComponents(f.of, e.id, `${path}.of`, ids, errors);
  if (kind === 'unavailable') checkText(e.needs, path.replace(/formula$/, 'needs'), errors);
  else if (kind !== 'composite' && !isText(e.dataset))
    errors.push(`${path.replace(/formula$/, 'dataset')}: a computed entry names its dataset`);
  if (kind.startsWith('survey_') && e.smallBase && (e.smallBase as Obj).rule !== 'survey')
    errors.push(`${path.replace(/formula$/, 'smallBase')}.rule: a survey estimate uses the survey rule`);
  if (AREA_ONLY.includes(kind) && Array.isArray(e.breakdowns)) {
    (e.breakdowns as string[]).forEach(
      (b, j) =>
        SPLITS_POPULATION.includes(b) &&
        errors.push(`${path.replace(/formula$/, 'breakdowns')}[${j}]: "${b}" has no population denominator`),
    );
  }
}

function checkComponents(of: unknown, self: unknown, path: string, ids: Set<string>, errors: string[]) {
  if (!Array.isArray(of) || of.length < 2)
    return void errors.push(`${path}: a composite needs at least two components`);
  of.forEach((c, i) => {
    const p = `${path}[${i}]`;
    if (!isObj(c)) return void errors.push(`${p}: must be an object`);
    if (c.id === self || !ids.has(String(c.id))) errors.push(`${p}.id: unknown entry "${String(c.id)}"`);
    if (!(typeof c.weight === 'number' && c.weight >= 0)) errors.push(`${p}.weight: must be a number ≥ 0`);
    if (!(typeof c.min === 'number' && typeof c.max === 'number' && c.max > c.min))
      errors.push(`${p}: max must be above min`);
  });
}

function checkEntry(e: unknown, path: string, ids: Set<string>, errors: string[]) {
  if (!isObj(e)) return void errors.push(`${path}: must be an object`);
  if (!(typeof e.id === 'string' && /^[a-z][a-z0-9_]*$/.test(e.id)))
    errors.push(`${path}.id: lower-case letters, digits and _`);
  if (!isOneOf(TASKS, e.task)) errors.push(`${path}.task: must be one of ${TASKS.join(', ')}`);
  checkText(e.name, `${path}.name`, errors);
  checkText(e.definition, `${path}.definition`, errors);
  if (!isOneOf(UNITS, e.unit)) errors.push(`${path}.unit: unknown unit "${String(e.unit)}"`);
  if (!isOneOf(DIRECTIONS, e.direction)) errors.push(`${path}.direction: ${DIRECTIONS.join(', ')}`);
  if (!isOneOf(SOURCE_KINDS, e.source)) errors.push(`${path}.source: unknown kind of data "${String(e.source)}"`);
  if (!Array.isArray(e.columns) || !e.columns.every(isText)) errors.push(`${path}.columns: a list of column names`);
  if (!Array.isArray(e.breakdowns)) errors.push(`${path}.breakdowns: a list`);
  else
    e.breakdowns.forEach(
      (b, j) => !isOneOf(BREAKDOWNS, b) && errors.push(`${path}.breakdowns[${j}]: unknown breakdown "${String(b)}"`),
    );
  checkSmallBase(e, `${path}.smallBase`, errors);
  checkFormula(e.formula, e, `${path}.formula`, ids, errors);
}

/** The small-base rule: one of the rules; `privacy` with a whole minimum ≥ 1 and on exact figures only. */
function checkSmallBase(e: Obj, path: string, errors: string[]) {
  const sb = isObj(e.smallBase) ? e.smallBase : {};
  if (!isOneOf(SMALL_BASE_RULES, sb.rule)) return void errors.push(`${path}.rule: ${SMALL_BASE_RULES.join(', ')}`);
  if (sb.rule !== 'privacy') return;
  if (!(Number.isInteger(sb.min) && (sb.min as number) >= 1)) errors.push(`${path}.min: a whole number ≥ 1`);
  // A survey formula under any rule but `survey` is reported with the formula.
  if (isObj(e.formula) && e.formula.kind === 'composite')
    errors.push(`${path}.rule: a composite takes its parts' rules, not the privacy rule`);
}

/** Check a catalogue: every entry's fields, unique ids, composites that name existing entries. Errors carry their path. */
export function validateCatalogue(entries: unknown): string[] {
  if (!Array.isArray(entries)) return ['catalogue: must be a list of entries'];
  const errors: string[] = [];
  const ids = new Set(entries.map((e) => (isObj(e) ? String(e.id) : '')));
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    checkEntry(e, `catalogue[${i}]`, ids, errors);
    const id = isObj(e) ? String(e.id) : '';
    if (seen.has(id)) errors.push(`catalogue[${i}].id: duplicate id "${id}"`);
    seen.add(id);
  });
  return errors;
}
