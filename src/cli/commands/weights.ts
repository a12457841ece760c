import { writeFile } from 'node:fs/promises';
import { type Connector, quoteIdent } from '../../core/sql';
import { toCsv } from '../../data/csv-export';
import { ADDED_WEIGHTS, weightedDesign } from '../design-options';
import { openInput } from '../input';
import type { CliOptions } from '../options';
import { UsageError } from '../usage-error';

/**
 * `weights FILE --design ... (--calibrate ... | --rake ...) [--trim ...] [--out FILE.csv]`: calibrate or rake the
 * weights, report the diagnostics, and with --out write the data with the new weights as column `weight_adjusted`.
 */
export async function runWeights(db: Connector, target: string, opts: CliOptions) {
  if (!opts.calibrate && !opts.rake && !opts.trim) throw new UsageError('weights needs --calibrate, --rake or --trim');
  const input = await openInput(db, target);
  const table = quoteIdent(input.table);
  const { design, calibration, trimmed } = await weightedDesign(db, table, opts);
  const w = quoteIdent(design.weights!);
  const summaries = `count(*) AS n, sum(${w}) AS sum, min(${w}) AS min, max(${w}) AS max, sum(${w} * ${w}) AS sum2`;
  const [s] = await db.query(`SELECT ${summaries} FROM ${table}`);
  const n = Number(s.n),
    sum = Number(s.sum);
  if (opts.out) {
    const rows = await db.query(`SELECT * FROM ${table}`);
    const keep = (r: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(r).filter(([k]) => !ADDED_WEIGHTS.includes(k)));
    await writeFile(opts.out, toCsv(rows.map((r) => ({ ...keep(r), weight_adjusted: r[design.weights!] }))));
  }
  return {
    file: input.file,
    n,
    sum,
    min: Number(s.min),
    max: Number(s.max),
    kish_deff: (n * Number(s.sum2)) / (sum * sum),
    calibration,
    trimmed,
    out: opts.out ?? null,
  };
}
