import { quoteIdent } from '../core/sql';

/** A respondent-level score: an item rescaled to 0–100, or a combination of other scores. */
export type ScoreSpec =
  | { id: string; kind: 'likert4'; item: string } // 1–4 → 0, 33.3, 66.7, 100 (reverse-coded item: 100 … 0)
  | { id: string; kind: 'scale10'; item: string } // 0–10 → × 10 (reverse-coded: 100 − that)
  | { id: string; kind: 'binary'; item: string } // 1/0 → 100/0 (reverse-coded: 0/100)
  | { id: string; kind: 'any'; items: string[]; value: number } // 100 if any item equals value, 0 if all valid and none
  // mean of valid scores, if at least minValid (share) valid
  | { id: string; kind: 'mean'; of: string[]; minValid: number };

const q = quoteIdent;

function meanOf(ids: string[], minValid: number): string {
  const vals = ids.map((id) => `COALESCE(${q(id)}, 0)`).join(' + ');
  const count = ids.map((id) => `(${q(id)} IS NOT NULL)::INT`).join(' + ');
  const need = Math.max(1, Math.ceil(ids.length * minValid));
  return `CASE WHEN ${count} >= ${need} THEN (${vals}) / (${count}) END`;
}

/** An item's position on its range as 0–100, flipped for a reverse-coded item (`x` valid, from `lo` to `hi`). */
const scaled = (x: string, lo: number, hi: number, reverse: boolean) =>
  (reverse ? `(${hi} - ${x})` : `(${x} - ${lo})`) + ` * 100.0 / ${hi - lo}`;

/**
 * The SQL expression of one score; its inputs are columns of the previous stage. Items named in `reversed` (the
 * codebook's reverse-coded items: a higher code means less of the construct) are flipped.
 */
export function scoreExpr(s: ScoreSpec, reversed: ReadonlySet<string> = new Set()): string {
  switch (s.kind) {
    case 'likert4':
      return `CASE WHEN ${q(s.item)} IN (1, 2, 3, 4) THEN ${scaled(q(s.item), 1, 4, reversed.has(s.item))} END`;
    case 'scale10':
      return `CASE WHEN ${q(s.item)} BETWEEN 0 AND 10 THEN ${scaled(q(s.item), 0, 10, reversed.has(s.item))} END`;
    case 'binary':
      return `CASE WHEN ${q(s.item)} IN (0, 1) THEN ${scaled(q(s.item), 0, 1, reversed.has(s.item))} END`;
    case 'any': {
      const hit = s.items.map((i) => `${q(i)} = ${s.value}`).join(' OR ');
      const anyValid = s.items.map((i) => `${q(i)} IS NOT NULL`).join(' OR ');
      return `CASE WHEN ${hit} THEN 100.0 WHEN ${anyValid} THEN 0.0 END`;
    }
    case 'mean':
      return meanOf(s.of, s.minValid);
  }
}

/** Inputs a score reads. */
function inputsOf(s: ScoreSpec): string[] {
  return s.kind === 'mean' ? s.of : s.kind === 'any' ? s.items : [s.item];
}

/**
 * The scores a dataset can compute: those whose inputs are its columns or scores it can compute
 * (an imported survey may lack items).
 */
export function availableScores(scores: ScoreSpec[], columns: string[]): ScoreSpec[] {
  const known = new Set(columns);
  return scores.filter((s) => {
    const ok = inputsOf(s).every((i) => known.has(i)) && !known.has(s.id);
    if (ok) known.add(s.id);
    return ok;
  });
}

/**
 * Compile respondent-level scores into one SELECT over `table`: one CTE per dependency level (items first, then
 * the means of them, and so on), so each score can read the ones before it. Unknown inputs come back as errors.
 */
export function compileScores(
  table: string,
  scores: ScoreSpec[],
  columns: string[],
  reversed: ReadonlySet<string> = new Set(),
): { sql: string; errors: string[] } {
  const known = new Set(columns);
  const errors: string[] = [];
  const levels: ScoreSpec[][] = [];
  const levelOf = new Map<string, number>(columns.map((c) => [c, -1]));
  for (const s of scores) {
    const inputs = inputsOf(s);
    for (const input of inputs) if (!known.has(input)) errors.push(`${s.id}: unknown column "${input}"`);
    if (known.has(s.id)) errors.push(`${s.id}: already a column`);
    known.add(s.id);
    const level = 1 + Math.max(-1, ...inputs.map((i) => levelOf.get(i) ?? -1));
    levelOf.set(s.id, level);
    (levels[level] ??= []).push(s);
  }
  let prev = table;
  const ctes = levels.map((ss, i) => {
    const scoreColumns = ss.map((s) => `${scoreExpr(s, reversed)} AS ${q(s.id)}`).join(',\n  ');
    const cte = `_s${i} AS (SELECT *, ${scoreColumns} FROM ${prev})`;
    prev = `_s${i}`;
    return cte;
  });
  const sql = ctes.length ? `WITH ${ctes.join(',\n')}\nSELECT * FROM ${prev}` : `SELECT * FROM ${table}`;
  return { sql, errors };
}
