import type { Row } from '../../core/sql';
import { textOr, translator } from '../../i18n/t';
import { CATALOGUE, entryById } from '../../indicators/catalogue';
import type { Entry } from '../../indicators/catalogue/types';
import type { IndicatorRow } from '../../indicators/rows';
import { tileOf } from '../../views/dashboard-view';
import { KPI_IDS, kpiMatrix } from '../../views/kpi-matrix';
import { type CellContext, CellFailure } from '../cells/types';
import { listOf } from '../cells/shared';
import { type ChartOptions, asIndicatorRows } from './source';

/** The entries a scorecard shows: `indicator` as ids (`a,b`), `all` for the whole catalogue. */
function scorecardEntries(opts: ChartOptions, rows: Row[]): Entry[] {
  const ids =
    typeof opts.indicator === 'string'
      ? opts.indicator === 'all'
        ? CATALOGUE.map((e) => e.id)
        : listOf(opts.indicator)
      : [...new Set(rows.map((r) => String(r.indicator_id)))];
  return ids.map((id) => {
    const e = entryById(id);
    if (!e) throw new CellFailure('unknown_indicator', id);
    return e;
  });
}

/**
 * The dashboard's tiles as rows: each entry's latest national value (or the `region`'s), its interval, trend and
 * regional spread.
 */
export async function scorecardRows(opts: ChartOptions, ctx: CellContext, data: Row[] | null): Promise<Row[]> {
  const entries = scorecardEntries(opts, data ?? []);
  const all: IndicatorRow[] = data
    ? asIndicatorRows(data)
    : await ctx.env.indicators(
        entries.map((e) => e.id),
        ['region', 'wave'],
      );
  // A region's scorecard (the profile page's): its own rows stand where the national ones stand on the dashboard.
  const region = typeof opts.region === 'string' && opts.region !== 'KZ' ? opts.region : null;
  const rows = region ? all.filter((r) => r.region === region).map((r) => ({ ...r, region: null })) : all;
  return entries.map((entry) => {
    const tile = tileOf(entry, rows, null);
    const r = tile.latest;
    return {
      task: entry.task,
      ...(region ? { region } : {}),
      indicator_id: entry.id,
      name: entry.name[ctx.env.lang],
      unit: entry.unit,
      wave: r?.wave ?? null,
      estimate: r?.estimate ?? null,
      ci_low: r?.ci_low ?? null,
      ci_high: r?.ci_high ?? null,
      n: r?.n ?? null,
      status: tile.status,
      flags: r?.flags.join(';') ?? '',
      trend: tile.trend.map((p) => `${p.wave}: ${p.estimate}`).join('; '),
      low_region: tile.spread?.low.region ?? null,
      high_region: tile.spread?.high.region ?? null,
    };
  });
}

/** The KPI matrix (the Centres page's): mean KPI scores by region (or network level with `by: level`). */
export async function matrixRows(opts: ChartOptions, ctx: CellContext, data: Row[] | null): Promise<Row[]> {
  const key = listOf(opts.by)[0] === 'level' ? 'level' : 'region';
  const rows = data ? asIndicatorRows(data, ['level']) : await ctx.env.indicators(KPI_IDS, [key]);
  const names = Object.fromEntries(ctx.env.regions.map((r) => [r.code, r.name[ctx.env.lang]]));
  const t = translator(ctx.env.lang);
  const nameOf = (code: string) => (key === 'region' ? (names[code] ?? code) : textOr(t, `level.${code}`, code));
  return kpiMatrix(rows, key).map((l) => ({
    [key]: l.key ? nameOf(l.key) : 'KZ',
    n: l.n,
    ...Object.fromEntries(KPI_IDS.map((id, i) => [id, l.scores[i]])),
  }));
}
