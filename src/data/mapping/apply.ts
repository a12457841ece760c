import { type Connector, quoteIdent } from '../../core/sql';
import { type DatasetMeta, saveMeta } from '../datasets';
import { REGION_CODE, distinctValues } from '../region-apply';
import type { CodebookVariable } from '../study';
import { type SourceColumn, checkConversion, codeLookup, conversion, lookupCase } from './convert';
import type { AppliedMapping, MappingChoice } from './memory';
import { type PlaceMatches, type PlaceRef, districtCase, matchDistrictColumn, matchRegionColumn } from './places';
import type { ExpectedColumn } from './shape';

/** What to apply: the role, its expected columns, the user's choice and the reference for regions and districts. */
export interface MappingRequest {
  role: string;
  expected: ExpectedColumn[];
  choice: MappingChoice;
  ref: PlaceRef;
}

/** One expected column fed by a file's column, and the SQL converting it. */
interface Planned {
  e: ExpectedColumn;
  source: SourceColumn;
  expr: string;
  /** The file's column already has the expected name, type and values: nothing to write. */
  same: boolean;
}

/** The file's own columns: as the last mapping recorded them, else the table's (less a matched `region_code`). */
export function fileHeader(meta: DatasetMeta): string[] {
  return meta.mapping?.header ?? meta.codebook.map((v) => v.name).filter((n) => !(meta.region && n === REGION_CODE));
}

const describe = async (db: Connector, table: string) =>
  new Map(
    (await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${quoteIdent(table)}`)).map((c) => [
      c.column_name,
      c.column_type,
    ]),
  );

/** Whether converting leaves a column as it is (same name, type and every value). */
async function unchanged(db: Connector, table: string, p: Omit<Planned, 'same'>): Promise<boolean> {
  if (p.source.name !== p.e.name || p.source.type !== (p.e.variable.type ?? 'VARCHAR')) return false;
  const q = `CAST(${quoteIdent(p.source.name)} AS VARCHAR)`;
  const [{ n }] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM ${quoteIdent(table)} WHERE ${q} IS DISTINCT FROM CAST((${p.expr}) AS VARCHAR)`,
  );
  return Number(n) === 0;
}

type SourceOf = (e: ExpectedColumn) => SourceColumn | null;
const text = (s: SourceColumn) => `CAST(${quoteIdent(s.name)} AS VARCHAR)`;

/** Match the region and district columns; returns the matches and the SQL of a row's region code. */
async function matchPlaces(db: Connector, meta: DatasetMeta, req: MappingRequest, sourceOf: SourceOf) {
  const [regionE, districtE] = ['region', 'district'].map((k) => req.expected.find((e) => e.kind === k));
  const regionSource = regionE && sourceOf(regionE);
  const districtSource = districtE && sourceOf(districtE);
  const { choice, ref } = req;
  const regions = regionSource ? await matchRegionColumn(db, meta.id, regionSource.name, ref, choice.regions) : [];
  const regionExpr = regionSource
    ? lookupCase(text(regionSource), Object.fromEntries(regions.map((m) => [m.value, m.code])))
    : 'CAST(NULL AS VARCHAR)';
  const districts = districtSource
    ? await matchDistrictColumn(db, meta.id, districtSource.name, regionExpr, ref, choice.districts)
    : [];
  const places: PlaceMatches = {
    regionColumn: regionSource && regionE ? choice.columns[regionE.name] : null,
    districtColumn: districtSource && districtE ? choice.columns[districtE.name] : null,
    regions,
    districts,
  };
  return { places, regionExpr };
}

/** Match the places, build each mapped column's SQL and check every value converts (a DataError if not). */
async function plan(db: Connector, meta: DatasetMeta, req: MappingRequest, types: Map<string, string>) {
  const header = fileHeader(meta);
  const sourceOf: SourceOf = (e) => {
    const from = req.choice.columns[e.name];
    const name = from && header.includes(from) ? (meta.mapping?.moved[from] ?? from) : null;
    return name && types.has(name) ? { name, type: types.get(name)! } : null;
  };
  const { places, regionExpr } = await matchPlaces(db, meta, req, sourceOf);
  const planned: Planned[] = [];
  for (const e of req.expected) {
    const source = sourceOf(e);
    if (!source) continue;
    const q = quoteIdent(source.name);
    const expr =
      e.kind === 'region'
        ? regionExpr
        : e.kind === 'district'
          ? districtCase(regionExpr, text(source), places.districts)
          : e.kind === 'code'
            ? conversion(e, q, source.type, await codesOf(db, meta.id, source.name, e))
            : conversion(e, q, source.type);
    await checkConversion(db, meta.id, meta.file, e, source, expr);
    planned.push({ e, source, expr, same: await unchanged(db, meta.id, { e, source, expr }) });
  }
  return { planned, places };
}

const codesOf = async (db: Connector, table: string, column: string, e: ExpectedColumn) =>
  codeLookup(
    (await distinctValues(db, table, column)).map((v) => v.value),
    e.values ?? {},
  );

/** The rebuilt table's columns: the file's (moved aside where an expected name is written), then the mapped ones. */
function rebuild(meta: DatasetMeta, planned: Planned[], types: Map<string, string>) {
  const written = planned.filter((p) => !p.same);
  const targets = new Set(written.map((p) => p.e.name));
  const before = meta.mapping;
  const restored = new Map(Object.entries(before?.moved ?? {}).map(([file, kept]) => [kept, file]));
  const kept = [...types.keys()]
    .filter((c) => !before?.added.includes(c))
    .map((c) => ({ current: c, name: restored.get(c) ?? c }));
  const taken = new Set([...kept.map((k) => k.name), ...targets]);
  const moved: Record<string, string> = {};
  const items = kept.map((k) => {
    let name = k.name;
    if (targets.has(k.name)) {
      name = `${k.name}_original`;
      for (let i = 2; taken.has(name); i++) name = `${k.name}_original_${i}`;
      taken.add(name);
      moved[k.name] = name;
    }
    return { current: k.current, name };
  });
  const select = [
    ...items.map((i) => `${quoteIdent(i.current)} AS ${quoteIdent(i.name)}`),
    ...written.map((p) => `${p.expr} AS ${quoteIdent(p.e.name)}`),
  ];
  const codebook = (described: Map<string, string>): CodebookVariable[] => [
    ...items.map((i) => ({ ...meta.codebook.find((v) => v.name === i.current)!, name: i.name })),
    ...written.map((p) => ({ ...p.e.variable, type: described.get(p.e.name) })),
  ];
  return { select, codebook, moved, added: written.map((p) => p.e.name) };
}

/**
 * Give an imported dataset its role and the columns the role expects: each mapped file column converted (dates,
 * numbers, codes from their labels, regions and districts matched to reference codes) under the expected name. The
 * file's columns stay; one that has an expected name the mapping writes is kept as `<name>_original`. Applying
 * again starts from the file's columns. A value that does not convert is a DataError and nothing changes.
 */
export async function applyMapping(
  db: Connector,
  meta: DatasetMeta,
  req: MappingRequest,
): Promise<{ meta: DatasetMeta; places: PlaceMatches }> {
  const types = await describe(db, meta.id);
  const { planned, places } = await plan(db, meta, req, types);
  const { select, codebook, moved, added } = rebuild(meta, planned, types);
  const [t, tmp] = [quoteIdent(meta.id), quoteIdent(`${meta.id}__mapping`)];
  const mapping: AppliedMapping = { role: req.role, header: fileHeader(meta), choice: req.choice, added, moved };
  const next = await db.transaction(async (x) => {
    await x.exec(`DROP TABLE IF EXISTS ${tmp}`);
    await x.exec(`CREATE TABLE ${tmp} AS SELECT ${select.join(', ')} FROM ${t}`);
    const described = await describe(x, `${meta.id}__mapping`);
    await x.exec(`DROP TABLE ${t}`);
    await x.exec(`ALTER TABLE ${tmp} RENAME TO ${t}`);
    const updated: DatasetMeta = { ...meta, role: req.role, codebook: codebook(described), mapping };
    await saveMeta(x, updated);
    return updated;
  });
  return { meta: next, places };
}
