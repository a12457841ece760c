import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Connector } from '../core/sql';
import { DataError } from '../data/errors';
import { applyForm, loadProbe } from '../data/import/commit';
import { probeFile } from '../data/import/probe';
import { type CodebookVariable, formatOf } from '../data/study';
import type { Design } from '../core/design';
import { openStudyFolder } from './study-folder';

/** A file or study dataset loaded as a table, with what `describe` reports about its format. */
export interface Input {
  table: string;
  file: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  decimal: string | null;
  codebook: CodebookVariable[];
  design?: Design;
  /** Questions of an XLSForm (which has no data table). */
  questions?: number;
}

/**
 * Load a study dataset (`demo:population`, `path/to/study:dataset`) or a data file of any importable format
 * as a table.
 */
export async function openInput(
  db: Connector,
  arg: string,
  opts: { sheet?: string; form?: string } = {},
): Promise<Input> {
  const m = /^(.+):([a-z][a-z0-9_]*)$/.exec(arg);
  if (m && !/^[A-Za-z]$/.test(m[1])) {
    const { loaded } = await openStudyFolder(db, m[1]);
    const hit = loaded.find((l) => l.dataset.id === m[2]);
    if (!hit) throw new DataError({ code: 'unreadable', file: arg, detail: `no dataset "${m[2]}" in the study` });
    const { dataset: ds, codebook } = hit;
    const csv = formatOf(ds) === 'csv';
    return {
      table: ds.id,
      file: arg,
      format: formatOf(ds),
      encoding: csv ? 'utf-8' : null,
      delimiter: csv ? ',' : null,
      decimal: csv ? '.' : null,
      codebook,
      design: ds.design,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(arg);
  } catch (e) {
    throw new DataError({ code: 'unreadable', file: arg, detail: (e as Error).message });
  }
  const named = (e: unknown) =>
    e instanceof DataError
      ? new DataError({ ...e.problem, file: arg })
      : new DataError({ code: 'parse', file: arg, detail: String(e).split('\n')[0] });
  const probe = await probeFile(basename(arg), bytes, { sheet: opts.sheet }).catch((e) => {
    throw named(e);
  });
  const { format, encoding, delimiter, decimal } = probe;
  if (format === 'xlsform')
    return {
      table: '',
      file: arg,
      format,
      encoding,
      delimiter,
      decimal,
      codebook: probe.codebook,
      questions: probe.rows ?? 0,
    };
  await loadProbe(db, 'input', bytes, probe).catch((e) => {
    throw named(e);
  });
  const form = opts.form ? await readForm(opts.form) : [];
  const codebook = form.length ? await applyForm(db, 'input', form) : probe.codebook;
  return { table: 'input', file: arg, format, encoding, delimiter, decimal, codebook };
}

/** The codebook of an XLSForm file. */
async function readForm(path: string): Promise<CodebookVariable[]> {
  const probe = await probeFile(basename(path), await readFile(path));
  if (probe.format !== 'xlsform')
    throw new DataError({ code: 'unsupported_format', file: path, detail: 'not an XLSForm (no survey sheet)' });
  return probe.codebook;
}
