import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Connector, quoteIdent } from '../../core/sql';
import { copyParquetSql, parquetEntry, tableColumns, typedCodebook } from '../../data/parquet-export';
import type { CodebookVariable, Study, StudyDataset } from '../../data/study';
import type { CliOptions } from '../options';
import { loadStudyFolder, validateStudy } from '../study-folder';
import { UsageError } from '../usage-error';
import { loadWorkspaceStudy } from '../workspace-study';

type Input = { dataset: StudyDataset; table: string; codebook: CodebookVariable[] };

/** A study folder, `demo`, or a workspace file: its manifest and each dataset's table and codebook. */
async function openSource(db: Connector, target: string): Promise<{ study: Study; inputs: Input[] }> {
  if (target !== 'demo' && existsSync(target) && statSync(target).isFile()) return loadWorkspaceStudy(db, target);
  const { study, loaded } = await loadStudyFolder(db, target);
  return { study, inputs: loaded.map((l) => ({ ...l, table: l.dataset.id })) };
}

/** The output folder, which must be new or empty (a partitioned COPY refuses to mix with files already there). */
async function outFolder(out: string | undefined): Promise<string> {
  if (!out) throw new UsageError('export-parquet needs --out FOLDER');
  const dir = resolve(out);
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length))
    throw new UsageError(`--out ${out}: not an empty folder`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** The partition keys asked for, each of which some dataset must have. */
function partitionKeys(opt: string | undefined, columns: string[][]): string[] {
  const keys = (opt ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = keys.filter((k) => !columns.some((cols) => cols.includes(k)));
  if (unknown.length) throw new UsageError(`--partition: no dataset has a column "${unknown.join('", "')}"`);
  return keys;
}

/**
 * `export-parquet STUDY|WORKSPACE-FILE --out FOLDER [--partition a,b]`: the study or workspace as a study folder of
 * Parquet files (hive-partitioned by those of the keys each dataset has), its codebooks and study.json, which
 * `indicators FOLDER` reads with the same results.
 */
export async function runExportParquet(db: Connector, target: string, opts: CliOptions) {
  const dir = await outFolder(opts.out);
  const { study, inputs } = await openSource(db, target);
  const columns = await Promise.all(inputs.map((i) => tableColumns(db, i.table)));
  const keys = partitionKeys(
    opts.partition,
    columns.map((cs) => cs.map((c) => c.name)),
  );
  const datasets: StudyDataset[] = [];
  const written = [];
  for (const [i, input] of inputs.entries()) {
    const own = keys.filter((k) => columns[i].some((c) => c.name === k));
    const entry = parquetEntry(input.dataset, own);
    await db.exec(copyParquetSql(input.table, join(dir, entry.file), own));
    const codebook = typedCodebook(input.codebook, columns[i]);
    await writeFile(join(dir, entry.codebook), JSON.stringify(codebook, null, 2) + '\n');
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM ${quoteIdent(input.table)}`);
    datasets.push(entry);
    written.push({ id: entry.id, file: entry.file, rows: n, partition_by: own });
  }
  const manifest: Study = { ...study, datasets };
  const errors = await validateStudy(manifest);
  if (errors.length) throw new Error(`study.json: ${errors.join('; ')}`);
  await writeFile(join(dir, 'study.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { out: dir, datasets: written };
}
