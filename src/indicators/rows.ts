import type { Entry, Unit } from './catalogue/types';
import type { Flag, Status } from './status';

/** One row of `indicators` output (the CLI contract). */
export interface IndicatorRow {
  indicator_id: string;
  unit: Unit;
  region: string | null;
  wave: number | null;
  by: Record<string, unknown>;
  estimate: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  /** The interval's degrees of freedom (R's degf of the row's domain); null for exact figures. */
  df: number | null;
  n: number;
  n_eff: number | null;
  status: Status;
  flags: Flag[];
  dropped_by: string[];
}

/** A row without a value: the whole entry (national, undated) when nothing can feed it. */
export function emptyRow(
  entry: Entry,
  status: Status,
  dropped: string[],
  at: { region?: string | null; wave?: number | null; by?: Record<string, unknown> } = {},
): IndicatorRow {
  return {
    indicator_id: entry.id,
    unit: entry.unit,
    region: at.region ?? null,
    wave: at.wave ?? null,
    by: at.by ?? {},
    estimate: null,
    se: null,
    ci_low: null,
    ci_high: null,
    df: null,
    n: 0,
    n_eff: null,
    status,
    flags: [],
    dropped_by: dropped,
  };
}

/** Split a group's key values into the contract's region, wave and `by`. */
export function splitKeys(keys: string[], values: unknown[]) {
  const k = Object.fromEntries(keys.map((key, i) => [key, values[i] ?? null]));
  const { region = null, wave = null, ...by } = k as { region?: string | null; wave?: number | null };
  return { region, wave: wave === null ? null : Number(wave), by };
}

/** Every combination of the known regions and waves (and the values found for other keys), so empty cells show. */
export function expectedKeys(keys: string[], known: Record<string, unknown[]>, found: unknown[][]): unknown[][] {
  const values = keys.map((k, i) => known[k] ?? [...new Set(found.map((f) => f[i]))].filter((v) => v !== null).sort());
  return values.reduce<unknown[][]>((acc, vs) => acc.flatMap((a) => vs.map((v) => [...a, v])), [[]]);
}

/**
 * An entry's rows by year: nationally (the keys without region), and by region too when `asked` has it; `wave` is
 * always a key (a registry's years are never summed). `run` computes the rows of one set of keys.
 */
export async function nationalThenRegional(
  asked: string[],
  run: (keys: string[]) => Promise<IndicatorRow[]>,
): Promise<IndicatorRow[]> {
  const keys = asked.includes('wave') ? asked : [...asked, 'wave'];
  const national = keys.filter((k) => k !== 'region');
  const rows = await run(national);
  if (national.length === keys.length) return rows;
  return [...rows, ...(await run(keys))];
}
