import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { type Lang, isLang } from '../../core/lang';
import { errorMessage } from '../../i18n/notebook-error';
import { translator } from '../../i18n/t';
import type { Connector } from '../../core/sql';
import { type ReportOptions, reportHtml, reportJson, reportMarkdown } from '../../notebooks/report';
import { runNotebook } from '../../notebooks/run';
import type { Notebook, NotebookError, Scalar } from '../../notebooks/types';
import { checkNotebook } from '../../notebooks/validate';
import { notebookEnvFromStudy } from '../notebook-env';
import type { CliOptions } from '../options';
import { readPins } from '../pins';
import { readShapes } from '../shapes';
import { DEMO_DIR } from '../study-folder';
import { CommandFailure, UsageError } from '../usage-error';

/** An error as the CLI states it, on one line: `file:line: cell <id>: <message> (<code>)`, the message in `lang`. */
export function errorLine(file: string, e: NotebookError, lang: Lang = 'en'): string {
  const message = errorMessage(e, translator(lang)).replace(/\s*\n\s*/g, ' ');
  return `${file}:${e.line}: ${e.cell ? `cell ${e.cell}: ` : ''}${message} (${e.code})`;
}

/** `--param name=value` pairs; a value that reads as a number is one. */
export function paramsOf(pairs: string[] = []): Record<string, Scalar> {
  return Object.fromEntries(
    pairs.map((p) => {
      const m = /^([a-z_][a-z0-9_]*)=(.*)$/.exec(p);
      if (!m) throw new UsageError(`--param ${p}: write name=value`);
      return [m[1], /^-?\d+(\.\d+)?$/.test(m[2]) ? Number(m[2]) : m[2]];
    }),
  );
}

async function readChecked(file: string): Promise<{ notebook: Notebook; errors: NotebookError[] }> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`${file}: cannot read the file`);
  }
  return checkNotebook(source);
}

/** `notebook check FILE`: the notebook's title, cells and parameters, or every error with its line. */
async function check(file: string, said: Lang) {
  const { notebook, errors } = await readChecked(file);
  if (errors.length) throw new CommandFailure(errors.map((e) => errorLine(file, e, said)).join('\n'));
  const kinds: Record<string, number> = {};
  for (const c of notebook.cells) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
  const { title, lang, params, datasets } = notebook.front;
  return { file, ok: true, title, lang, params, datasets: Object.keys(datasets), cells: notebook.cells.length, kinds };
}

type Run = Awaited<ReturnType<typeof runNotebook>>;

/** Write the report in the format --out's extension names (HTML charts drawn under jsdom). */
async function writeReport(out: string, nb: Notebook, run: Run, opts: ReportOptions) {
  const ext = extname(out).toLowerCase();
  if (ext === '.json') return writeFile(out, JSON.stringify(reportJson(nb, run, opts), null, 2) + '\n');
  if (ext === '.md') return writeFile(out, reportMarkdown(nb, run, opts));
  const { JSDOM } = await import('jsdom');
  const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
  await writeFile(out, reportHtml(nb, run, { ...opts, document }));
}

/** Whether a study folder holds synthetic data (the demo says so in its manifest). */
async function isSynthetic(study: string): Promise<boolean> {
  const dir = study === 'demo' ? DEMO_DIR : resolve(study);
  return JSON.parse(await readFile(join(dir, 'study.json'), 'utf8')).synthetic === true;
}

/**
 * `notebook run FILE [--param k=v]... [--study DIR] [--pins notes.json] [--out report.html|md|json]`: every cell on
 * this database, the report written (JSON on stdout without --out) with the workshop notes given; the first error
 * fails the command with its line and cell.
 */
async function run(db: Connector, file: string, opts: CliOptions) {
  if (opts.out && !['.html', '.md', '.json'].includes(extname(opts.out).toLowerCase()))
    throw new UsageError(`--out ${opts.out}: write .html, .md or .json`);
  const { notebook, errors } = await readChecked(file);
  if (errors.length) throw new CommandFailure(errorLine(file, errors[0], messages(opts)));
  const given = paramsOf(opts.param);
  const pins = opts.pins ? await readPins(opts.pins) : [];
  const study = opts.study ?? 'demo';
  // Charts and inline values speak the reader's language; without --lang, the notebook's own.
  const lang = (opts.lang as Lang | undefined) ?? notebook.front.lang;
  const env = { ...(await notebookEnvFromStudy(db, study, lang)), shapes: await readShapes() };
  const result = await runNotebook(notebook, env, given);
  const report = { synthetic: await isSynthetic(study), minN: env.rules.minN, pins };
  if (opts.out) await writeReport(opts.out, notebook, result, report);
  if (result.error) throw new CommandFailure(errorLine(file, result.error, messages(opts)));
  return opts.out
    ? { file, out: opts.out, cells: result.cells.length, params: result.params }
    : reportJson(notebook, result, report);
}

/** The language of the CLI's messages: --lang, else English (as every command). */
const messages = (opts: CliOptions): Lang => (isLang(opts.lang) ? opts.lang : 'en');

/** `notebook run|check FILE`. */
export async function runNotebookCommand(db: Connector, action: string, opts: CliOptions, file?: string) {
  if (!file) throw new UsageError(`notebook ${action} needs a FILE`);
  if (opts.lang !== undefined && !isLang(opts.lang)) throw new UsageError(`--lang ${opts.lang}: ru, kk or en`);
  if (action === 'check') return check(file, messages(opts));
  if (action === 'run') return run(db, file, opts);
  throw new UsageError(`notebook: unknown action "${action}" (run or check)`);
}
