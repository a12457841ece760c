import { quoteIdent, quoteLiteral } from '../../core/sql';
import type { Condition, Rubric } from './rubric';

const lit = (v: unknown) => (typeof v === 'number' ? String(v) : quoteLiteral(String(v)));

function thresholdSql(c: Condition): string {
  const v = c.value;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    return `CASE ${quoteIdent('level')} ${Object.entries(v.byLevel)
      .map(([lv, x]) => `WHEN ${quoteLiteral(lv)} THEN ${x}`)
      .join(' ')} END`;
  }
  return lit(v);
}

/** One condition as SQL; a missing field (or a level without a threshold) never meets it, as in `meets`. */
export function conditionSql(c: Condition, fieldSql: (f: string) => string): string {
  const x = fieldSql(c.field);
  if (c.op === 'in') return `COALESCE(${x} IN (${(c.value as unknown[]).map(lit).join(', ')}), false)`;
  return `COALESCE(${x} ${c.op} ${thresholdSql(c)}, false)`;
}

/**
 * The rubric as SQL select items: `kpi_<name>` (3/2/1) for each KPI, `kpi_component_<name>` (mean) and
 * `kpi_overall` (mean of the KPIs), the same rules `evaluateCentre` applies one centre at a time.
 */
export function rubricSelect(rubric: Rubric): string[] {
  const derived = new Map(
    rubric.derived.map((d) => [d.name, `(${d.sum.map((f) => `COALESCE(${quoteIdent(f)}, 0)`).join(' + ')})`]),
  );
  const field = (f: string) => derived.get(f) ?? quoteIdent(f);
  const all = (cs: Condition[]) => (cs.length ? cs.map((c) => conditionSql(c, field)).join(' AND ') : 'true');
  const kpi = new Map(
    rubric.kpis.map((k) => [k.kpi, `CASE WHEN ${all(k.high)} THEN 3 WHEN ${all(k.medium)} THEN 2 ELSE 1 END`]),
  );
  const mean = (names: string[]) => `(${names.map((n) => kpi.get(n)).join(' + ')}) / ${names.length}.0`;
  const components = [...new Set(rubric.kpis.map((k) => k.component))];
  const kpisOf = (component: string) => rubric.kpis.filter((k) => k.component === component).map((k) => k.kpi);
  return [
    ...[...kpi].map(([name, sql]) => `${sql} AS ${quoteIdent(`kpi_${name}`)}`),
    ...components.map((c) => `${mean(kpisOf(c))} AS ${quoteIdent(`kpi_component_${c}`)}`),
    `${mean(rubric.kpis.map((k) => k.kpi))} AS "kpi_overall"`,
  ];
}
