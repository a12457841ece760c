import { quoteIdent } from '../stats/design';
import type { ScoreSpec } from './spec';

const q = quoteIdent;

function meanOf(ids: string[], minValid: number): string {
  const vals = ids.map((id) => `COALESCE(${q(id)}, 0)`).join(' + ');
  const count = ids.map((id) => `(${q(id)} IS NOT NULL)::INT`).join(' + ');
  const need = Math.max(1, Math.ceil(ids.length * minValid));
  return `CASE WHEN ${count} >= ${need} THEN (${vals}) / (${count}) END`;
}

/** The SQL expression of one score; its inputs are columns of the previous stage. */
export function scoreExpr(s: ScoreSpec): string {
  switch (s.kind) {
    case 'likert4':
      return `CASE WHEN ${q(s.item)} IN (1, 2, 3, 4) THEN (4 - ${q(s.item)}) * 100.0 / 3 END`;
    case 'scale10':
      return `CASE WHEN ${q(s.item)} BETWEEN 0 AND 10 THEN ${q(s.item)} * 10.0 END`;
    case 'binary':
      return `CASE WHEN ${q(s.item)} IN (0, 1) THEN ${s.reverse ? `(1 - ${q(s.item)})` : q(s.item)} * 100.0 END`;
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
 * Compile respondent-level scores into one SELECT over `table`: one CTE per dependency level (items first, then
 * the means of them, and so on), so each score can read the ones before it. Unknown inputs come back as errors.
 */
export function compileScores(table: string, scores: ScoreSpec[], columns: string[]): { sql: string; errors: string[] } {
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
    const cte = `_s${i} AS (SELECT *, ${ss.map((s) => `${scoreExpr(s)} AS ${q(s.id)}`).join(',\n  ')} FROM ${prev})`;
    prev = `_s${i}`;
    return cte;
  });
  const sql = ctes.length ? `WITH ${ctes.join(',\n')}\nSELECT * FROM ${prev}` : `SELECT * FROM ${table}`;
  return { sql, errors };
}
