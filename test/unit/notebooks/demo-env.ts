import { notebookEnvFromStudy } from '../../../src/cli/notebook-env';
import type { Connector } from '../../../src/core/sql';
import { openNativeDuckDB } from '../../../src/data/duckdb-native';
import type { NotebookEnv } from '../../../src/notebooks/env';
import { parseNotebook } from '../../../src/notebooks/parse';
import type { Notebook } from '../../../src/notebooks/types';

/** The demo study on native DuckDB as the CLI opens it, with a notebook environment in English. */
export async function openDemoEnv(): Promise<{ db: Connector; env: NotebookEnv }> {
  const db = await openNativeDuckDB({ threads: 1 });
  return { db, env: await notebookEnvFromStudy(db, 'demo', 'en') };
}

const FENCE = '```';

/** A notebook with the given params and cells (`[info, body]`), and prose after them; parse errors fail. */
export function notebookOf(
  cells: [string, string?][],
  { params = 'wave: 2025', prose = '' }: { params?: string; prose?: string } = {},
): Notebook {
  const body = cells.map(([info, text = '']) => `${FENCE}${info}\n${text}${text ? '\n' : ''}${FENCE}\n`).join('\n');
  const source = `---\ntitle: Test\nlang: en\ndatasets:\n  population:\nparams:\n  ${params}\n---\n${body}\n${prose}\n`;
  const { notebook, errors } = parseNotebook(source);
  if (errors.length) throw new Error(JSON.stringify(errors));
  return notebook;
}
