export const VIEWS = ['map', 'tilegrid', 'ranking', 'table'] as const;
export type ViewKind = (typeof VIEWS)[number];
export const PER = ['none', '100k', '10k'] as const;
export type Per = (typeof PER)[number];
export const LEVELS = ['region', 'district', 'pre2022'] as const;
export type Level = (typeof LEVELS)[number];
/** How a choropleth turns values into classes. */
export const CLASSINGS = ['quantile', 'equal', 'diverging'] as const;
export type Classing = (typeof CLASSINGS)[number];
export const FACETS = ['settlement', 'sex', 'age_group', 'language'] as const;
export type Facet = (typeof FACETS)[number];

/** Everything a comparison view shows, as it lives in the URL (never data). */
export interface CompareState {
  indicator: string;
  wave: number;
  /** The earlier wave of a change view (null: none chosen). */
  compare: number | null;
  by: Facet | null;
  /** The selected region (linked across views). */
  region: string | null;
  view: ViewKind;
  classing: Classing;
  per: Per;
  /** Units of the map: today's regions, districts, or the 17 pre-2022 units (data as fielded before the reform). */
  level: Level;
}

/** What a URL may choose from: unknown values fall back to the defaults rather than break the page. */
export interface Choices {
  indicators: string[];
  waves: number[];
  regions: string[];
  /** Breakdowns the chosen indicator allows, and the map levels it has data for (all, when not given). */
  facets?: readonly string[];
  levels?: readonly Level[];
}

/** `v` when it is one of `xs`, else the fallback (a URL parameter read safely). */
export const oneOf = <T extends string>(xs: readonly T[], v: string | undefined, fallback: T): T =>
  (xs as readonly string[]).includes(v ?? '') ? (v as T) : fallback;

function waveOf(v: string | undefined, waves: number[], fallback: number | null): number | null {
  const w = Number(v);
  return v !== undefined && v !== '' && waves.includes(w) ? w : fallback;
}

/** Read a comparison state from URL parameters; anything missing or unknown takes its default. */
export function decodeState(params: Record<string, string>, choices: Choices): CompareState {
  const latest = choices.waves[choices.waves.length - 1] ?? 0;
  const wave = waveOf(params.wave, choices.waves, latest)!;
  const compare = waveOf(params.compare, choices.waves, null);
  return {
    indicator: choices.indicators.includes(params.indicator) ? params.indicator : choices.indicators[0],
    wave,
    compare: compare === wave ? null : compare,
    by:
      (choices.facets ?? FACETS).includes(params.by) && (FACETS as readonly string[]).includes(params.by)
        ? (params.by as Facet)
        : null,
    region: choices.regions.includes(params.region) ? params.region : null,
    view: oneOf(VIEWS, params.view, 'map'),
    classing: oneOf(CLASSINGS, params.classing, 'quantile'),
    per: oneOf(PER, params.per, 'none'),
    level: (choices.levels ?? LEVELS).includes(params.level as Level) ? (params.level as Level) : 'region',
  };
}

/** URL parameters of a state; defaults are written out too, so a shared URL names the whole view. */
export function encodeState(s: CompareState): Record<string, string> {
  return {
    indicator: s.indicator,
    wave: String(s.wave),
    compare: s.compare === null ? '' : String(s.compare),
    by: s.by ?? '',
    region: s.region ?? '',
    view: s.view,
    classing: s.classing,
    per: s.per,
    level: s.level,
  };
}
