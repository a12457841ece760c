import type { Condition, Rubric } from '../indicators/kpi/rubric';

/** One editable number of a rubric: a condition's threshold (or one network level's) or a roll-up band. */
export interface Threshold {
  path: string;
  kpi: string | null;
  part: 'high' | 'medium' | 'bands';
  field: string;
  op: string;
  level: string | null;
  value: number;
}

function conditionThresholds(kpi: string, part: 'high' | 'medium', c: Condition, base: string): Threshold[] {
  const v = c.value;
  if (typeof v === 'number') return [{ path: base, kpi, part, field: c.field, op: c.op, level: null, value: v }];
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    return Object.entries(v.byLevel).map(([level, x]) => ({
      path: `${base}.byLevel.${level}`,
      kpi,
      part,
      field: c.field,
      op: c.op,
      level,
      value: x,
    }));
  }
  return [];
}

/** Every number a user may edit, with its path in the rubric (lists of allowed values stay as they are). */
export function thresholds(r: Rubric): Threshold[] {
  const out = r.kpis.flatMap((k, i) =>
    (['high', 'medium'] as const).flatMap((part) =>
      k[part].flatMap((c, j) => conditionThresholds(k.kpi, part, c, `kpis.${i}.${part}.${j}`)),
    ),
  );
  return [
    ...out,
    ...(['high', 'medium'] as const).map((b) => ({
      path: `bands.${b}`,
      kpi: null,
      part: 'bands' as const,
      field: b,
      op: '>=',
      level: null,
      value: r.bands[b],
    })),
  ];
}

/** A copy of the rubric with one threshold changed (the path from `thresholds`). */
export function setThreshold(r: Rubric, path: string, value: number): Rubric {
  const out = structuredClone(r);
  const parts = path.split('.');
  if (parts[0] === 'bands') {
    out.bands[parts[1] as 'high' | 'medium'] = value;
    return out;
  }
  const [, i, part, j, , level] = parts;
  const c = out.kpis[Number(i)][part as 'high' | 'medium'][Number(j)];
  if (level) (c.value as { byLevel: Record<string, number> }).byLevel[level] = value;
  else c.value = value;
  return out;
}
