import type { Design } from '../core/design';
import { looksLikeId } from '../data/role-suggest';
import type { CodebookVariable } from '../data/study';

/** Codebook roles of columns that describe the sample, not the respondent: never analysed. */
const DESIGN_ROLES = new Set(['id', 'psu', 'strata', 'weight', 'fpc', 'wave', 'district']);

/** The columns a design names (weights, strata, PSUs of every stage, fpc). */
function designColumns(design: Design | null | undefined): Set<string> {
  if (!design) return new Set();
  const terms = [design.weights, design.strata, design.ids, design.fpc].flatMap((x) => (x ?? '').split('+'));
  return new Set(terms.map((x) => x.trim()).filter((x) => x && x !== '1'));
}

/** Whether a variable may be analysed: not an id, a weight or a design column (by codebook role or the design). */
export function isAnalysable(v: CodebookVariable, design?: Design | null): boolean {
  return !DESIGN_ROLES.has(v.role ?? '') && v.level !== 'id' && !designColumns(design).has(v.name);
}

/** First words of names and labels that mark a breakdown (who answered), in ru, kk and en. */
const BREAKDOWN_WORDS = new Set(
  ['sex', 'gender', 'age', 'пол', 'жас', 'жыныс', 'жынысы', 'lang', 'language', 'язык', 'тіл', 'тілі'].concat([
    'city',
    'город',
    'қала',
    'urban',
    'rural',
  ]),
);
const BREAKDOWN_STEMS = [
  'educ',
  'образован',
  'білім',
  'возраст',
  'settle',
  'поселен',
  'region',
  'регион',
  'облыс',
  'област',
  'өңір',
  'marital',
  'семейн',
  'отбасы',
  'income',
  'доход',
  'табыс',
  'employ',
  'занят',
];

const firstWord = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .find(Boolean) ?? '';
const isBreakdownWord = (w: string) => BREAKDOWN_WORDS.has(w) || BREAKDOWN_STEMS.some((s) => w.startsWith(s));

/**
 * Whether a variable describes who answered (region, settlement type, sex, age, education…) rather than asking a
 * question of the survey: by role, else by the first word of its name or label. Items of a group or construct
 * are questions.
 */
export function isBreakdown(v: CodebookVariable): boolean {
  if (v.role === 'region' || v.role === 'settlement') return true;
  if (v.group || v.construct) return false;
  return [v.name, ...Object.values(v.label ?? {})].some((text) => isBreakdownWord(firstWord(text)));
}

/** A substantive question: analysable, not a breakdown and not named like a questionnaire number. */
export const isQuestion = (v: CodebookVariable, design?: Design | null) =>
  isAnalysable(v, design) && !isBreakdown(v) && !looksLikeId(v.name);

/** What the Analyse page shows when the URL names nothing: a question, a breakdown and a numeric answer. */
export interface AnalyseDefaults {
  /** The question crossed, counted or followed across waves. */
  question: string;
  /** The groups (crosstab rows, means, multiple-response columns): a breakdown before the region. */
  breakdown: string;
  /** The numeric answer whose mean is compared. */
  y: string;
}

/**
 * Defaults from the codebook's roles: the first substantive question (never an id, weight or design column), the
 * first breakdown with few categories before the region, and the first numeric question.
 */
export function analyseDefaults(
  variables: CodebookVariable[],
  numeric: CodebookVariable[],
  design?: Design | null,
): AnalyseDefaults {
  const question = variables.find((v) => isQuestion(v, design)) ?? variables[0];
  const breakdowns = variables.filter((v) => isBreakdown(v) && isAnalysable(v, design) && v !== question);
  const breakdown =
    breakdowns.find((v) => v.role !== 'region') ??
    breakdowns[0] ??
    variables.find((v) => v !== question && isQuestion(v, design)) ??
    variables.find((v) => v !== question);
  const y = numeric.find((v) => isQuestion(v, design)) ?? numeric.find((v) => !looksLikeId(v.name));
  return { question: question?.name ?? '', breakdown: breakdown?.name ?? '', y: y?.name ?? '' };
}
