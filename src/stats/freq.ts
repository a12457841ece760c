import { type Connector, quoteIdent } from '../core/sql';
import type { Lang, Localized } from '../core/lang';

/** What a codebook says of a variable that a frequency table uses: its value labels and user-missing codes. */
export interface FreqMeta {
  values?: Record<string, Localized>;
  user_missing?: number[];
}

/** One row of a frequency table (the CLI contract of `freq`). */
export interface FreqRow {
  value: string | number | null;
  label: string | null;
  missing: boolean;
  n: number;
  percent: number | null;
  weighted_percent: number | null;
}

/** Plain rounding to one decimal (half away from zero), as published tables print percents. */
export function round1(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9)) / 10;
}

const cmp = (a: string | number, b: string | number) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));

/**
 * Frequencies of one variable: every observed or labelled valid value in ascending order (zero counts kept),
 * then the user-missing codes, then NA. Percents are of the valid n.
 */
export async function frequencies(
  db: Connector,
  table: string,
  variable: string,
  opts: { weight?: string; meta?: FreqMeta; lang?: Lang } = {},
): Promise<FreqRow[]> {
  const { weight, meta, lang = 'en' } = opts;
  const v = quoteIdent(variable);
  const w = weight ? `sum(${quoteIdent(weight)})::DOUBLE` : 'NULL';
  const got = await db.query<{ value: string | number | null; n: number; sw: number | null }>(
    `SELECT ${v} AS value, count(*)::INT AS n, ${w} AS sw FROM ${quoteIdent(table)} GROUP BY ALL`,
  );
  const numeric = got.some((r) => typeof r.value === 'number');
  const key = (x: string | number) => String(x);
  const counts = new Map(got.filter((r) => r.value !== null).map((r) => [key(r.value!), r]));
  const userMissing = new Set((meta?.user_missing ?? []).map(String));
  const labelled = Object.keys(meta?.values ?? {});
  const toValue = (k: string) => (numeric ? Number(k) : k);
  const values = [...new Set([...counts.keys(), ...labelled])].map(toValue).sort(cmp);
  const valid = values.filter((x) => !userMissing.has(key(x)));
  const validN = valid.reduce<number>((a, x) => a + (counts.get(key(x))?.n ?? 0), 0);
  const validW = valid.reduce<number>((a, x) => a + (counts.get(key(x))?.sw ?? 0), 0);
  const row = (x: string | number | null, missing: boolean): FreqRow => {
    const r = x === null ? got.find((g) => g.value === null) : counts.get(key(x));
    const n = r?.n ?? 0;
    const pct = (num: number, den: number) => (missing || den <= 0 ? null : round1((num / den) * 100));
    return {
      value: x,
      label: x === null ? null : (meta?.values?.[key(x)]?.[lang] ?? null),
      missing,
      n,
      percent: pct(n, validN),
      weighted_percent: weight ? pct(r?.sw ?? 0, validW) : null,
    };
  };
  const out = [
    ...valid.map((x) => row(x, false)),
    ...values.filter((x) => userMissing.has(key(x))).map((x) => row(x, true)),
  ];
  if (got.some((g) => g.value === null)) out.push(row(null, true));
  return out;
}
