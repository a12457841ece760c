import { type Connector, quoteIdent } from '../../core/sql';
import { CATALOGUE } from '../../indicators/catalogue';
import { withheldRows } from '../../indicators/privacy';
import { isWithheld } from '../../indicators/status';
import { compileSurvivalCounts } from '../../indicators/survival';
import { type KmResult, kaplanMeier } from '../../stats/survival';
import { LAYERS, type MapLayer, type MapWindow, addMonths, windowEnd, windowWhere } from './layers';

/**
 * One value of a column in a district: its rows and their split by the layer's states (null: withheld). On a private
 * layer the splits of a table are shown only when none of them has a part from 1 to the minimum − 1.
 */
export interface CardRow {
  value: string;
  total: number | null;
  byState: Record<string, number | null>;
  withheld: boolean;
}

/** A layer in a district's card: its rows in the window, split by columns (theme, carrier; topic, solver). */
export interface LayerCard {
  total: number | null;
  withheld: boolean;
  tables: Array<{ column: string; rows: CardRow[] }>;
}

/** A district's card: initiatives, reports with their time to resolution, Generous heart. */
export interface DistrictCard {
  district: string;
  initiatives: (LayerCard & { recipients: number; rating: number | null }) | null;
  reports: (LayerCard & { resolution: KmResult | null }) | null;
  nominations: Array<{ nomination: string; level: string; awards: number; decidedBy: number }> | null;
  participants: Array<{ year: number; volunteers: number | null; patrons: number | null; investors: number | null }>;
}

/** The prepared tables the card reads, by dataset id (absent: the workspace has no such dataset). */
export type CardTables = Partial<Record<string, string>>;

const num = (v: unknown) => Number(v ?? 0);
/** The window without a category (a card shows all of a district's rows in the months shown). */
const allOf = (w: MapWindow): MapWindow => ({ ...w, category: null });

/** SQL and parameters: a layer's rows of one district in the window. */
function inDistrict(layer: MapLayer, w: MapWindow, district: string) {
  const where = windowWhere(layer, allOf(w));
  return { sql: `${where.sql} AND CAST(district AS VARCHAR) = $1`, params: [district] };
}

async function splitBy(db: Connector, table: string, layer: MapLayer, w: MapWindow, district: string, column: string) {
  const where = inDistrict(layer, w, district);
  const states = layer.states.map((s, i) => `, count(*) FILTER (WHERE ${quoteIdent(layer.state)} = '${s}') AS s${i}`);
  const rows = await db.query(
    `SELECT CAST(${quoteIdent(column)} AS VARCHAR) AS v, count(*) AS n${states.join('')} FROM ${table}
    WHERE ${where.sql} AND ${quoteIdent(column)} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
    where.params,
  );
  return rows.map((r) => ({ value: String(r.v), counts: [num(r.n), ...layer.states.map((_, i) => num(r[`s${i}`]))] }));
}

/**
 * A layer's rows in a district split by `columns` (those in `split` also by the layer's states), withheld row by row
 * on a private layer.
 */
async function layerCard(
  db: Connector,
  table: string,
  layer: MapLayer,
  w: MapWindow,
  district: string,
  columns: string[],
  min: number,
  split: string[] = columns,
): Promise<LayerCard> {
  const where = inDistrict(layer, w, district);
  const [{ n }] = await db.query(`SELECT count(*) AS n FROM ${table} WHERE ${where.sql}`, where.params);
  const withheld = layer.private && isWithheld([num(n)], min);
  const tables = [];
  for (const column of columns) {
    const found = await splitBy(db, table, layer, w, district, column);
    const hide = layer.private
      ? withheldRows(
          found.map((f) => [f.counts[0]]),
          min,
        )
      : found.map(() => false);
    const shown =
      split.includes(column) &&
      (!layer.private || found.every((f, i) => hide[i] || !isWithheld(f.counts.slice(1), min)));
    const states = split.includes(column) ? layer.states : [];
    const rows = found.map(({ value, counts }, i) => ({
      value,
      total: hide[i] || withheld ? null : counts[0],
      byState: Object.fromEntries(states.map((s, k) => [s, shown && !hide[i] && !withheld ? counts[k + 1] : null])),
      withheld: hide[i] || withheld,
    }));
    tables.push({ column, rows });
  }
  return { total: withheld ? null : num(n), withheld, tables };
}

/**
 * Kaplan–Meier time to resolution of a district's reports filed in the window, as the catalogue's entry measures it
 * (same dates), censored at the window's end or the data's last date, whichever is earlier.
 */
async function resolution(db: Connector, table: string, w: MapWindow, district: string): Promise<KmResult | null> {
  const entry = CATALOGUE.find((e) => e.id === 'reports_median_days');
  if (entry?.formula.kind !== 'km_median') return null;
  const where = inDistrict(LAYERS.reports, w, district);
  const cutoff = `${windowEnd(w)} - 1`;
  const rows = await db.query(compileSurvivalCounts(entry, [], table, { where: where.sql, cutoff }), where.params);
  if (!rows.length) return null;
  return kaplanMeier(rows.map((r) => ({ time: num(r._time), events: num(r._events), censored: num(r._censored) })));
}

/** The years a window touches, as SQL bounds on `wave`. */
function yearsOf(w: MapWindow): string {
  const last = Number(w.end.slice(0, 4));
  const first = w.span === null ? null : Number(addMonths(w.end, 1 - w.span).slice(0, 4));
  return first === null ? `wave <= ${last}` : `wave BETWEEN ${first} AND ${last}`;
}

async function nominations(db: Connector, table: string, w: MapWindow, district: string) {
  const rows = await db.query(
    `SELECT CAST(nomination AS VARCHAR) AS nomination, CAST("level" AS VARCHAR) AS level, count(*) AS awards,
      sum("count") AS decided FROM ${table} WHERE CAST(district AS VARCHAR) = $1 AND ${yearsOf(w)}
    GROUP BY 1, 2 ORDER BY 1, 2`,
    [district],
  );
  return rows.map((r) => ({
    nomination: String(r.nomination),
    level: String(r.level),
    awards: num(r.awards),
    decidedBy: num(r.decided),
  }));
}

/** Participants of Generous heart by year, each count withheld below `min` (people who could be recognised). */
async function participants(db: Connector, table: string, w: MapWindow, district: string, min: number) {
  const rows = await db.query(
    `SELECT wave AS year, sum(volunteers) AS v, sum(patrons) AS p, sum(investors) AS i FROM ${table}
    WHERE CAST(district AS VARCHAR) = $1 AND ${yearsOf(w)} GROUP BY 1 ORDER BY 1`,
    [district],
  );
  return rows.map((r) => {
    const [volunteers, patrons, investors] = [r.v, r.p, r.i].map((c) => (isWithheld([num(c)], min) ? null : num(c)));
    return { year: num(r.year), volunteers, patrons, investors };
  });
}

async function initiativesCard(db: Connector, table: string, w: MapWindow, district: string, min: number) {
  const layer = LAYERS.initiatives;
  const card = await layerCard(db, table, layer, w, district, ['theme', 'carrier'], min);
  const where = inDistrict(layer, w, district);
  const [r] = await db.query(
    `SELECT coalesce(sum(recipients) FILTER (WHERE stage = 'completed'), 0) AS recipients,
      avg(rating) FILTER (WHERE stage = 'completed') AS rating FROM ${table} WHERE ${where.sql}`,
    where.params,
  );
  return { ...card, recipients: num(r.recipients), rating: r.rating === null ? null : num(r.rating) };
}

/** Everything the Atameken datasets hold on one district in the window, under the privacy rule. */
export async function districtCard(
  db: Connector,
  tables: CardTables,
  district: string,
  w: MapWindow,
  min: number,
): Promise<DistrictCard> {
  const { initiatives: ini, civic_control: cc, generous_heart: gh, generous_heart_participants: ghp } = tables;
  const reported = cc
    ? await layerCard(db, cc, LAYERS.reports, w, district, ['topic', 'solved_by'], min, ['topic'])
    : null;
  const resolved = reported && !reported.withheld ? await resolution(db, cc!, w, district) : null;
  return {
    district,
    initiatives: ini ? await initiativesCard(db, ini, w, district, min) : null,
    reports: reported && { ...reported, resolution: resolved },
    nominations: gh ? await nominations(db, gh, w, district) : null,
    participants: ghp ? await participants(db, ghp, w, district, min) : [],
  };
}
