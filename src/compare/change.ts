import type { IndicatorRow } from '../indicators/rows';
import { independentDifference } from '../stats/change';
import { type Look, lookOf } from './rows';

/** One region's (or the country's) change between two waves. */
export interface ChangeLine {
  code: string | null;
  name: string;
  earlier: number | null;
  later: number | null;
  difference: number | null;
  ci_low: number | null;
  ci_high: number | null;
  /** The interval's Welch–Satterthwaite df from the two waves' design dfs; null for exact figures. */
  df: number | null;
  significant: boolean | null;
  direction: 'up' | 'down' | 'same' | null;
  /** The worse look of the two waves' estimates (flagged or suppressed in either wave shows). */
  look: Look;
}

const LOOKS: Look[] = ['solid', 'flagged', 'suppressed', 'missing'];
const worse = (a: Look, b: Look) => LOOKS[Math.max(LOOKS.indexOf(a), LOOKS.indexOf(b))];

function line(
  code: string | null,
  name: string,
  later: IndicatorRow | undefined,
  earlier: IndicatorRow | undefined,
): ChangeLine {
  const look = worse(later ? lookOf(later) : 'missing', earlier ? lookOf(earlier) : 'missing');
  const base = { code, name, earlier: earlier?.estimate ?? null, later: later?.estimate ?? null, look };
  if (look === 'missing' || look === 'suppressed') {
    return {
      ...base,
      earlier: look === 'suppressed' ? null : base.earlier,
      later: look === 'suppressed' ? null : base.later,
      difference: null,
      ci_low: null,
      ci_high: null,
      df: null,
      significant: null,
      direction: null,
    };
  }
  const c = waveChange(later!, earlier!);
  return { ...base, ...c, direction: !c.significant ? 'same' : c.difference > 0 ? 'up' : 'down' };
}

/**
 * later − earlier of two independent waves: SE √(se₁² + se₂²), t interval on the Welch–Satterthwaite df from each
 * wave's design df; exact figures (no SE) differ whenever unequal.
 */
function waveChange(later: IndicatorRow, earlier: IndicatorRow) {
  const difference = later.estimate! - earlier.estimate!;
  if (later.se === null && earlier.se === null)
    return { difference, ci_low: null, ci_high: null, df: null, significant: difference !== 0 };
  const side = (r: IndicatorRow) => ({ estimate: r.estimate!, se: r.se ?? 0, df: r.df ?? Infinity });
  const d = independentDifference(side(earlier), side(later));
  const df = Number.isFinite(d.df) ? d.df : null;
  const significant = d.reason === 'no_variance' ? difference !== 0 : d.p !== null && d.p < 0.05;
  return { difference, ci_low: d.ci_low, ci_high: d.ci_high, df, significant };
}

/**
 * Change of one entry between two waves in every region and nationally (waves are independent samples); a value
 * suppressed in either wave gives no change.
 */
export function changeLines(
  rows: IndicatorRow[],
  id: string,
  later: number,
  earlier: number,
  names: Record<string, string>,
  nationalName: string,
): ChangeLine[] {
  const at = (w: number) => rows.filter((r) => r.indicator_id === id && r.wave === w && !Object.keys(r.by).length);
  const [l, e] = [at(later), at(earlier)];
  const codes = [...new Set([...l, ...e].map((r) => r.region))].filter((c): c is string => c !== null);
  const find = (xs: IndicatorRow[], c: string | null) => xs.find((r) => r.region === c);
  const regional = codes
    .map((c) => line(c, names[c] ?? c, find(l, c), find(e, c)))
    .sort((a, b) => (b.difference ?? -Infinity) - (a.difference ?? -Infinity) || a.name.localeCompare(b.name));
  return [line(null, nationalName, find(l, null), find(e, null)), ...regional];
}

/** Variables an entry reads whose wording or scale changed between waves (a comparability warning for change). */
export function changedColumns(columns: string[], codebook: { name: string; changed?: boolean }[]): string[] {
  const changed = new Set(codebook.filter((v) => v.changed).map((v) => v.name));
  return columns.filter((c) => changed.has(c));
}
