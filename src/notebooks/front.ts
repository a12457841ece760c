import { isLang } from '../core/lang';
import type { Fingerprint, FrontMatter, NotebookError, Scalar } from './types';
import { readYaml } from './yaml';

/** Names of datasets, parameters and cells: what SQL and `$name` can refer to. */
export const NAME = /^[a-z_][a-z0-9_]*$/;

const FIELDS = ['title', 'author', 'lang', 'description', 'datasets', 'params'];

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isScalar = (x: unknown): x is Scalar =>
  x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x));

function fingerprint(x: unknown): Fingerprint | null | undefined {
  if (x === null) return null;
  if (!isRecord(x)) return undefined;
  const { rows, columns, hash } = x;
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!count(rows) || !count(columns) || typeof hash !== 'string' || Object.keys(x).length !== 3) return undefined;
  return { rows: rows as number, columns: columns as number, hash };
}

function named<T>(
  x: unknown,
  field: string,
  read: (v: unknown) => T | undefined,
  err: (code: string, detail: string) => void,
): Record<string, T> {
  const out: Record<string, T> = {};
  if (x === undefined || x === null) return out;
  if (!isRecord(x)) {
    err('front_field', field);
    return out;
  }
  for (const [k, v] of Object.entries(x)) {
    const value = read(v);
    if (!NAME.test(k)) err('bad_name', `${field}.${k}`);
    else if (value === undefined) err('front_field', `${field}.${k}`);
    else out[k] = value;
  }
  return out;
}

/** The front matter's fields, checked; problems are pushed to `errors` with the front matter's first line. */
export function readFront(text: string | null, line: number, errors: NotebookError[]): FrontMatter {
  const front: FrontMatter = { title: '', author: null, lang: 'ru', description: null, datasets: {}, params: {} };
  const err = (code: string, detail: string) => errors.push({ code, line, cell: null, detail });
  if (text === null) {
    err('front_missing', '');
    return front;
  }
  const yaml = readYaml(text, line, null);
  if (yaml.error) {
    errors.push(yaml.error);
    return front;
  }
  const x = yaml.value;
  if (!isRecord(x)) {
    err('front_field', '');
    return front;
  }
  for (const k of Object.keys(x)) if (!FIELDS.includes(k)) err('unknown_field', k);
  if (typeof x.title === 'string' && x.title.trim()) front.title = x.title;
  else err('front_field', 'title');
  if (x.author !== undefined)
    front.author = typeof x.author === 'string' ? x.author : (err('front_field', 'author'), null);
  if (x.description !== undefined) {
    front.description = typeof x.description === 'string' ? x.description : (err('front_field', 'description'), null);
  }
  if (x.lang !== undefined) front.lang = isLang(x.lang) ? x.lang : (err('front_field', 'lang'), 'ru');
  front.datasets = named(x.datasets, 'datasets', fingerprint, err);
  front.params = named(x.params, 'params', (v) => (isScalar(v) ? v : undefined), err);
  return front;
}
