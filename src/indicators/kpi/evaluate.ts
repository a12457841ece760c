import { type Condition, type Level, type Rubric, SCORE } from './rubric';

type Record_ = Record<string, unknown>;

/** One row of `kpi` output (the CLI contract). */
export interface KpiRow {
  centre_id: string;
  region: string;
  level_of_network: string;
  kpi: string;
  level: Level;
  score: number;
  evidence: Record<string, unknown>;
}

function threshold(c: Condition, centre: Record_): unknown {
  const v = c.value;
  return v && typeof v === 'object' && !Array.isArray(v) ? v.byLevel[String(centre.level)] : v;
}

/** Does the centre meet one condition? A missing field never does. */
export function meets(c: Condition, centre: Record_): boolean {
  const x = centre[c.field];
  const t = threshold(c, centre);
  if (x === null || x === undefined || t === undefined) return false;
  if (c.op === 'in') return (t as unknown[]).includes(x);
  if (c.op === '=') return x === t;
  return c.op === '>=' ? Number(x) >= Number(t) : Number(x) <= Number(t);
}

/** The level a mean score falls in. */
export function band(score: number, bands: Rubric['bands']): Level {
  return score >= bands.high ? 'High' : score >= bands.medium ? 'Medium' : 'Low';
}

function withDerived(centre: Record_, rubric: Rubric): Record_ {
  const out = { ...centre };
  for (const d of rubric.derived) out[d.name] = d.sum.reduce((a, f) => a + Number(centre[f] ?? 0), 0);
  return out;
}

/** Rate one centre on every KPI (with the evidence that decided it), then the component and overall roll-ups. */
export function evaluateCentre(centre: Record_, rubric: Rubric): KpiRow[] {
  const c = withDerived(centre, rubric);
  const base = { centre_id: String(c.centre_id), region: String(c.region), level_of_network: String(c.level) };
  const rows: KpiRow[] = rubric.kpis.map((k) => {
    const level: Level = k.high.every((x) => meets(x, c))
      ? 'High'
      : k.medium.every((x) => meets(x, c))
        ? 'Medium'
        : 'Low';
    return {
      ...base,
      kpi: k.kpi,
      level,
      score: SCORE[level],
      evidence: Object.fromEntries(k.evidence.map((f) => [f, c[f] ?? null])),
    };
  });
  const rollup = (kpi: string, of: KpiRow[]): KpiRow => {
    const score = of.reduce((a, r) => a + r.score, 0) / of.length;
    return {
      ...base,
      kpi,
      level: band(score, rubric.bands),
      score,
      evidence: Object.fromEntries(of.map((r) => [r.kpi, r.level])),
    };
  };
  const components = [...new Set(rubric.kpis.map((k) => k.component))];
  const perComponent = components.map((comp) =>
    rollup(
      `component:${comp}`,
      rows.filter((r) => rubric.kpis.find((k) => k.kpi === r.kpi)!.component === comp),
    ),
  );
  return [...rows, ...perComponent, rollup('overall', rows)];
}

/** Check a rubric against the registry's columns; errors name their path (`kpis[2].high[0].field`). */
export function validateRubric(rubric: Rubric, columns: string[]): string[] {
  const known = new Set([...columns, ...rubric.derived.map((d) => d.name)]);
  const errors: string[] = [];
  rubric.derived.forEach((d, i) =>
    d.sum.forEach((f, j) => !columns.includes(f) && errors.push(`derived[${i}].sum[${j}]: unknown column "${f}"`)),
  );
  rubric.kpis.forEach((k, i) => {
    for (const part of ['high', 'medium'] as const) {
      k[part].forEach((c, j) => {
        if (!known.has(c.field)) errors.push(`kpis[${i}].${part}[${j}].field: unknown column "${c.field}"`);
        if (c.op === 'in' && !Array.isArray(c.value)) errors.push(`kpis[${i}].${part}[${j}].value: "in" needs a list`);
      });
    }
    k.evidence.forEach((f, j) => !known.has(f) && errors.push(`kpis[${i}].evidence[${j}]: unknown column "${f}"`));
  });
  if (!(rubric.bands.high > rubric.bands.medium)) errors.push('bands: high must be above medium');
  return errors;
}
