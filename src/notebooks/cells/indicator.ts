import { translator } from '../../i18n/t';
import { CATALOGUE } from '../../indicators/catalogue';
import type { IndicatorRow } from '../../indicators/rows';
import type { NotebookEnv } from '../env';
import { optionList, optionText, optionWave, resultOf } from './shared';
import { CellFailure, type CellRunner } from './types';

/** The region code that means the whole country (the catalogue's rows without a region). */
export const NATIONAL = 'KZ';

/** A region's name in the env's language; the country's for a national row (no region). */
export function regionName(code: string | null, env: NotebookEnv): string {
  if (code === null || code === NATIONAL) return translator(env.lang)('chart.national');
  return env.regions.find((x) => x.code === code)?.name[env.lang] ?? code;
}

/** The columns of an indicator cell's result, with the breakdowns other than region and wave. */
export function indicatorColumns(by: string[]): string[] {
  const stats = ['estimate', 'se', 'ci_low', 'ci_high', 'df', 'n', 'n_eff', 'status', 'flags'];
  return ['indicator_id', 'unit', 'region', 'region_name', 'wave', ...by, ...stats];
}

/** An indicator row flattened into a result row: the region's name in the env's language, flags as text. */
export function flatIndicatorRow(r: IndicatorRow, by: string[], env: NotebookEnv): Record<string, unknown> {
  return {
    indicator_id: r.indicator_id,
    unit: r.unit,
    region: r.region,
    region_name: regionName(r.region, env),
    wave: r.wave,
    ...Object.fromEntries(by.map((b) => [b, r.by[b] ?? null])),
    estimate: r.estimate,
    se: r.se,
    ci_low: r.ci_low,
    ci_high: r.ci_high,
    df: r.df,
    n: r.n,
    n_eff: r.n_eff,
    status: r.status,
    flags: r.flags.join(';'),
  };
}

/**
 * An entry's rows for a region (KZ: national) and wave, by the given breakdowns: what `runIndicators` gives for
 * the entry; a region or wave asked for is added to the breakdowns it is filtered on.
 */
export async function indicatorRows(
  env: NotebookEnv,
  entry: string,
  opts: { by?: string[]; region?: string; wave?: number | null },
): Promise<IndicatorRow[]> {
  if (!CATALOGUE.some((e) => e.id === entry)) throw new CellFailure('unknown_entry', entry);
  const { region = '', wave = null } = opts;
  const by = [
    ...new Set([
      ...(opts.by ?? []),
      ...(region && region !== NATIONAL ? ['region'] : []),
      ...(wave !== null ? ['wave'] : []),
    ]),
  ];
  const rows = await env.indicators([entry], by);
  return rows.filter(
    (r) =>
      r.indicator_id === entry &&
      (!region || (region === NATIONAL ? r.region === null : r.region === region)) &&
      (wave === null || r.wave === wave),
  );
}

/** `indicator`: a catalogue entry by id, its breakdowns, filtered on a wave and a region. */
export const runIndicator: CellRunner = async (cell, ctx) => {
  const entry = optionText(cell, 'entry', ctx.params);
  const by = optionList(cell, 'by');
  const region = optionText(cell, 'region', ctx.params);
  const rows = await indicatorRows(ctx.env, entry, { by, region, wave: optionWave(cell, ctx.params) });
  const others = by.filter((b) => b !== 'region' && b !== 'wave');
  return {
    table: resultOf(
      rows.map((r) => flatIndicatorRow(r, others, ctx.env)),
      indicatorColumns(others),
    ),
  };
};
