import { type Connector, quoteIdent } from '../core/sql';
import { type DatasetMeta, saveMeta } from './datasets';
import type { CodebookVariable } from './study';

/** One file of a survey as a wave: its dataset, the wave number, and renames to the common question names. */
export interface WaveLink {
  dataset: string;
  wave: number;
  /** Column in this file → name across waves (columns not listed keep their name; null drops the column). */
  rename: Record<string, string | null>;
}

/** A survey made of waves, with the common names whose wording or scale changed between waves. */
export interface SurveySpec {
  name: string;
  waves: WaveLink[];
  changed: string[];
}

export const WAVE_COLUMN = 'wave';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 30) || 'survey';

/** Common name of each column of a wave (null: left out). */
function commonNames(meta: DatasetMeta, link: WaveLink): [string, string][] {
  return meta.codebook.flatMap((v) => {
    const to = v.name in link.rename ? link.rename[v.name] : v.name;
    return to && to !== WAVE_COLUMN ? [[v.name, to] as [string, string]] : [];
  });
}

/**
 * The codebook across waves: each common name from its latest wave, with the waves that asked it and the change
 * flag.
 */
export function combinedCodebook(spec: SurveySpec, metas: Map<string, DatasetMeta>): CodebookVariable[] {
  const out = new Map<string, CodebookVariable>();
  for (const link of [...spec.waves].sort((a, b) => a.wave - b.wave)) {
    const meta = metas.get(link.dataset)!;
    for (const [from, to] of commonNames(meta, link)) {
      const v = meta.codebook.find((c) => c.name === from)!;
      const waves = [...(out.get(to)?.waves ?? []), link.wave];
      out.set(to, { ...v, name: to, waves, ...(spec.changed.includes(to) ? { changed: true } : {}) });
    }
  }
  const all = spec.waves.map((w) => w.wave).sort((a, b) => a - b);
  const cb = [...out.values()].map((v) => (v.waves!.length === all.length ? (({ waves: _w, ...rest }) => rest)(v) : v));
  return [
    {
      name: WAVE_COLUMN,
      label: { ru: 'Волна', kk: 'Толқын', en: 'Wave' },
      level: 'ordinal',
      type: 'BIGINT',
      role: 'wave',
    },
    ...cb,
  ];
}

/**
 * Combine the waves of a survey into one dataset (one transaction): rows of every wave with the common names and
 * a `wave` column, questions missing from a wave left empty there. Each wave's entry records its survey and wave.
 */
export async function combineWaves(db: Connector, spec: SurveySpec, metas: DatasetMeta[]): Promise<DatasetMeta> {
  const byId = new Map(metas.map((m) => [m.id, m]));
  const id = `u_survey_${slug(spec.name)}`;
  const selects = spec.waves.map((link) => {
    const cols = commonNames(byId.get(link.dataset)!, link).map(
      ([from, to]) => `${quoteIdent(from)} AS ${quoteIdent(to)}`,
    );
    return `SELECT ${link.wave}::BIGINT AS ${WAVE_COLUMN}, ${cols.join(', ')} FROM ${quoteIdent(link.dataset)}`;
  });
  const latest = [...spec.waves].sort((a, b) => b.wave - a.wave)[0];
  return db.transaction(async (t) => {
    await t.exec(`CREATE OR REPLACE TABLE ${quoteIdent(id)} AS ${selects.join(' UNION ALL BY NAME ')}`);
    const [{ n }] = await t.query<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(id)}`);
    const described = await t.query<{ column_name: string; column_type: string }>(`DESCRIBE ${quoteIdent(id)}`);
    const types = new Map(described.map((c) => [c.column_name, c.column_type]));
    const meta: DatasetMeta = {
      id,
      title: spec.name,
      file: spec.waves.map((w) => byId.get(w.dataset)!.file).join(' + '),
      format: 'waves',
      encoding: null,
      delimiter: null,
      decimal: null,
      rows: n,
      imported: new Date().toISOString(),
      codebook: combinedCodebook(spec, byId).map((v) => ({ ...v, type: types.get(v.name) ?? v.type })),
      design: byId.get(latest.dataset)!.design,
      survey: spec.name,
      combined: spec,
    };
    await saveMeta(t, meta);
    for (const link of spec.waves)
      await saveMeta(t, { ...byId.get(link.dataset)!, survey: spec.name, wave: link.wave });
    return meta;
  });
}

/** One row of a crosswalk: the name across waves and the column chosen for it in each dataset ('' = not asked). */
export interface CrosswalkRow {
  name: string;
  picks: Record<string, string>;
  changed: boolean;
}

/** A default crosswalk: one row per column name found in any wave, each wave's column of the same name. */
export function defaultCrosswalk(metas: DatasetMeta[]): CrosswalkRow[] {
  const names = [...new Set(metas.flatMap((m) => m.codebook.map((v) => v.name)))].filter((n) => n !== WAVE_COLUMN);
  return names.map((name) => ({
    name,
    changed: false,
    picks: Object.fromEntries(metas.map((m) => [m.id, m.codebook.some((v) => v.name === name) ? name : ''])),
  }));
}

/**
 * A survey spec from a crosswalk: a column picked under another name is renamed; a column not picked anywhere is
 * left out.
 */
export function specFromCrosswalk(
  name: string,
  waves: { dataset: string; wave: number }[],
  rows: CrosswalkRow[],
  metas: DatasetMeta[],
): SurveySpec {
  return {
    name,
    changed: rows.filter((r) => r.changed).map((r) => r.name),
    waves: waves.map(({ dataset, wave }) => {
      const meta = metas.find((m) => m.id === dataset)!;
      const rename: Record<string, string | null> = Object.fromEntries(meta.codebook.map((v) => [v.name, null]));
      for (const r of rows) if (r.picks[dataset]) rename[r.picks[dataset]] = r.name;
      return { dataset, wave, rename };
    }),
  };
}
