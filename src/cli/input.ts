import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Connector } from '../data/connector';
import { decode, detectEncoding } from '../data/encoding';
import { DataError, decodeUtf8 } from '../data/errors';
import { loadCsvText, sniffHeader } from '../data/load-csv';
import type { CodebookVariable } from '../data/study';
import type { Design } from '../stats/design';
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
}

const TEXT_FORMATS: Record<string, string> = { '.csv': 'csv', '.txt': 'csv', '.tsv': 'tsv' };

/** Load a study dataset (`demo:population`, `path/to/study:dataset`) or a UTF-8 delimited file as a table. */
export async function openInput(db: Connector, arg: string): Promise<Input> {
  const m = /^(.+):([a-z][a-z0-9_]*)$/.exec(arg);
  if (m && !/^[A-Za-z]$/.test(m[1])) {
    const { loaded } = await openStudyFolder(db, m[1]);
    const hit = loaded.find((l) => l.dataset.id === m[2]);
    if (!hit) throw new DataError({ code: 'unreadable', file: arg, detail: `no dataset "${m[2]}" in the study` });
    const { dataset: ds, codebook } = hit;
    return { table: ds.id, file: arg, format: 'csv', encoding: 'utf-8', delimiter: ',', decimal: '.', codebook, design: ds.design };
  }
  const format = TEXT_FORMATS[extname(arg).toLowerCase()];
  if (!format) throw new DataError({ code: 'unsupported_format', file: arg, detail: extname(arg) || 'no extension' });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(arg);
  } catch (e) {
    throw new DataError({ code: 'unreadable', file: arg, detail: (e as Error).message });
  }
  const encoding = detectEncoding(bytes);
  if (!encoding.startsWith('utf-16') && bytes.includes(0)) {
    throw new DataError({ code: 'unreadable', file: arg, row: lineOfByte(bytes, bytes.indexOf(0)), detail: 'a NUL byte: binary, not delimited text' });
  }
  const text = encoding === 'utf-8' ? decodeUtf8(bytes, arg) : decode(bytes, encoding);
  if (!text.trim()) throw new DataError({ code: 'empty', file: arg });
  const { delimiter } = sniffHeader(text);
  await loadCsvText(db, 'input', basename(arg), text).catch((e) => {
    throw new DataError({ code: 'parse', file: arg, row: lineOf(e), detail: firstLine(e) });
  });
  return { table: 'input', file: arg, format: delimiter === '\t' ? 'tsv' : format, encoding, delimiter, decimal: '.', codebook: [] };
}

/** 1-based line of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const firstLine = (e: unknown) => String(e instanceof Error ? e.message : e).split('\n')[0];
function lineOf(e: unknown): number | undefined {
  const m = /line[: ]+(\d+)/i.exec(String(e instanceof Error ? e.message : e));
  return m ? Number(m[1]) : undefined;
}
