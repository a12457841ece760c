import { type Connector, quoteIdent, quoteLiteral } from '../../core/sql';
import type { Encoding } from '../encoding';
import { DataError } from '../errors';
import type { CodebookVariable } from '../study';
import { insertColumns } from './columns';
import { type ImportControl, loadDelimited } from './load-text';
import type { Probe } from './probe';

/** Load what a probe found into a new table; returns the row count. Run it inside a transaction. */
export async function loadProbe(
  db: Connector,
  table: string,
  bytes: Uint8Array,
  probe: Probe,
  ctl: ImportControl = {},
): Promise<number> {
  if (probe.format === 'xlsform')
    throw new DataError({
      code: 'unsupported_format',
      file: probe.file,
      detail: 'an XLSForm is a questionnaire: import it as the codebook of a data file',
    });
  if (probe.text) {
    const { options, columns } = probe.text;
    return loadDelimited(db, table, probe.file, bytes, probe.encoding as Encoding, options, columns, ctl);
  }
  if (probe.arrow) await db.insertArrow(table, probe.arrow);
  else await insertColumns(db, table, probe.parsed ?? []);
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
  ctl.onProgress?.({ bytes: bytes.length, total: bytes.length, rows: n });
  return n;
}

const NUMERIC = /^(BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT|UINTEGER|DOUBLE|FLOAT|DECIMAL|Float|Int)/i;

/**
 * A plain codebook for columns a file does not describe: the name as label, ids by name, text nominal, numbers
 * scale.
 */
export function inferCodebook(columns: { name: string; type: string }[]): CodebookVariable[] {
  return columns.map((c) => ({
    name: c.name,
    label: { ru: c.name, kk: c.name, en: c.name },
    level: /^_?id$|_id$/i.test(c.name) ? 'id' : NUMERIC.test(c.type) ? 'scale' : 'nominal',
    type: c.type,
  }));
}

/** Integer columns with at most this many distinct values are taken for codes (ordinal), not quantities. */
const MAX_CODES = 12;

/**
 * The codebook of a loaded table: what the file declared, else inferred (text nominal, integer codes with few
 * distinct values ordinal, other numbers scale); types from the table.
 */
export async function tableCodebook(
  db: Connector,
  table: string,
  declared: CodebookVariable[],
): Promise<CodebookVariable[]> {
  const cols = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${quoteIdent(table)}`);
  const byName = new Map(declared.map((v) => [v.name, v]));
  const ints = cols.filter((c) => !byName.has(c.column_name) && /INT/.test(c.column_type));
  const distinctCounts = ints.map((c, i) => `count(DISTINCT ${quoteIdent(c.column_name)}) AS d${i}`).join(', ');
  const distinct = ints.length ? (await db.query(`SELECT ${distinctCounts} FROM ${quoteIdent(table)}`))[0] : {};
  return cols.map((c) => {
    const own = byName.get(c.column_name);
    if (own) return { ...own, type: c.column_type };
    const v = inferCodebook([{ name: c.column_name, type: c.column_type }])[0];
    const i = ints.indexOf(c);
    return i >= 0 && v.level === 'scale' && Number(distinct[`d${i}`]) <= MAX_CODES
      ? { ...v, level: 'ordinal' as const }
      : v;
  });
}

/** The question a data column answers: exact name, or the last segment of a Kobo group path (`grp/q1` → `q1`). */
function formEntry(form: Map<string, CodebookVariable>, column: string): CodebookVariable | undefined {
  if (form.has(column)) return form.get(column);
  const parts = column.split('/');
  for (let k = 1; k < parts.length; k++) {
    const hit = form.get(parts.slice(k).join('/'));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Apply an XLSForm codebook to a loaded export: columns are matched by name (group paths allowed); a
 * `select_multiple` answer held as space-separated choice names gets one 0/1 column per option when the export
 * has none. Returns the codebook entries of the columns the form describes.
 */
export async function applyForm(db: Connector, table: string, form: CodebookVariable[]): Promise<CodebookVariable[]> {
  const byName = new Map(form.map((v) => [v.name, v]));
  const cols = (await db.query<{ column_name: string }>(`DESCRIBE ${quoteIdent(table)}`)).map((c) => c.column_name);
  for (const col of cols) {
    const q = formEntry(byName, col);
    if (q?.role !== 'multiple_text') continue;
    for (const opt of form.filter((v) => v.group === q.name)) {
      const name = `${col}/${opt.name.slice(q.name.length + 1)}`;
      if (cols.includes(name)) continue;
      const code = quoteLiteral(opt.name.slice(q.name.length + 1));
      await db.exec(`ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${quoteIdent(name)} BIGINT`);
      await db.exec(
        `UPDATE ${quoteIdent(table)} SET ${quoteIdent(name)} = CASE WHEN ${quoteIdent(col)} IS NULL THEN NULL ` +
          `WHEN list_contains(string_split(trim(${quoteIdent(col)}), ' '), ${code}) THEN 1 ELSE 0 END`,
      );
    }
  }
  const now = (await db.query<{ column_name: string }>(`DESCRIBE ${quoteIdent(table)}`)).map((c) => c.column_name);
  const matched = now.flatMap((col) => {
    const q = formEntry(byName, col);
    return q ? [{ ...q, name: col, ...(q.group ? { group: col.slice(0, col.lastIndexOf('/')) } : {}) }] : [];
  });
  for (const v of matched) if (v.type && v.type !== 'VARCHAR') await retype(db, table, v.name, v.type);
  const described = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${quoteIdent(table)}`);
  const types = new Map(described.map((c) => [c.column_name, c.column_type]));
  return matched.map((v) => ({ ...v, type: types.get(v.name) }));
}

/** Give a text column the type the form declares, when every value converts. */
async function retype(db: Connector, table: string, column: string, type: string): Promise<void> {
  const q = quoteIdent(column);
  const unconvertible = `${q} IS NOT NULL AND TRY_CAST(${q} AS ${type}) IS NULL`;
  const [{ bad }] = await db.query<{ bad: number }>(
    `SELECT count(*) FILTER (WHERE ${unconvertible}) AS bad FROM ${quoteIdent(table)}`,
  );
  if (!bad) await db.exec(`ALTER TABLE ${quoteIdent(table)} ALTER ${q} TYPE ${type} USING CAST(${q} AS ${type})`);
}
