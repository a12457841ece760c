/** A level of the KPI rubric (spec section 4) and its score. */
export type Level = 'High' | 'Medium' | 'Low';
export const SCORE: Record<Level, number> = { High: 3, Medium: 2, Low: 1 };

/** A threshold that may differ by network level (e.g. premises area: 100 m² regional, 30 m² district). */
export type Threshold = number | string | string[] | { byLevel: Record<string, number> };

/** One condition on a registry field (or a derived one), e.g. `training_per_year >= 4`. */
export interface Condition {
  field: string;
  op: '>=' | '<=' | '=' | 'in';
  value: Threshold;
}

/** A KPI: the conditions for High, then for Medium (all must hold); anything else is Low. */
export interface KpiRule {
  kpi: string;
  component: 'staff' | 'finance_premises' | 'services' | 'external';
  high: Condition[];
  medium: Condition[];
  /** Fields shown as the evidence that decided the level. */
  evidence: string[];
}

/** Fields computed from others before the rules run: the sum of several 0/1 or count fields. */
export interface DerivedField {
  name: string;
  sum: string[];
}

/** The whole rubric as data: editable thresholds, derived fields, the 7 KPIs and the roll-up bands. */
export interface Rubric {
  derived: DerivedField[];
  kpis: KpiRule[];
  /** Roll-up: mean score ≥ high → High, ≥ medium → Medium, else Low. */
  bands: { high: number; medium: number };
}
