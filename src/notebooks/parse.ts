import { type Block, CELL_KINDS, type Cell, type CellKind, type Notebook, type NotebookError } from './types';
import { readFront } from './front';
import { readYaml } from './yaml';

const FENCE = /^(`{3,}|~{3,})\s*(.*)$/;
const SLIDE_BREAK = /^---\s*$/;
const NOTES_OPEN = /^:::\s*notes\s*$/;
const NOTES_CLOSE = /^:::\s*$/;
const OPTION = /^([A-Za-z_][A-Za-z0-9_]*)=(?:"((?:[^"\\]|\\.)*)"|(\S*))$/;
/** A `key=value` or `key="quoted value"` token; anything else (a stray quote, a bare word) is a token of its own. */
const INFO_TOKEN = /[^\s"=]+=(?:"(?:[^"\\]|\\.)*"|[^\s"]*)|"(?:[^"\\]|\\.)*"?|[^\s"]+/g;

/** A value written in an info string: a number when it reads as one, else the text. */
function infoValue(quoted: string | undefined, bare: string | undefined): unknown {
  if (quoted !== undefined) return quoted.replace(/\\(.)/g, '$1');
  if (bare !== undefined && /^-?\d+(\.\d+)?$/.test(bare)) return Number(bare);
  return bare ?? '';
}

/** The options of a fence's info string after its kind: `key=value` pairs (values may be "quoted"). */
export function infoOptions(
  info: string,
  line: number,
): { options: Record<string, unknown>; error: NotebookError | null } {
  const options: Record<string, unknown> = {};
  for (const token of info.match(INFO_TOKEN) ?? []) {
    const m = OPTION.exec(token);
    const cell = typeof options.id === 'string' ? options.id : null;
    if (!m) return { options, error: { code: 'bad_option', line, cell, detail: token } };
    if (m[1] in options) return { options, error: { code: 'duplicate_option', line, cell, detail: m[1] } };
    options[m[1]] = infoValue(m[2], m[3]);
  }
  return { options, error: null };
}

interface Fenced {
  kind: CellKind;
  info: string;
  line: number;
  body: string[];
}

/** The body line (1-based, in the file) where a YAML key is written, or the body's first line. */
function keyLine(f: Fenced, key: string): number {
  const at = f.body.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`));
  return f.line + 1 + Math.max(at, 0);
}

/** Options from the info string and the YAML body of a non-SQL cell, merged; a key given twice is an error. */
function cellOptions(f: Fenced, id: string): { options: Record<string, unknown>; error: NotebookError | null } {
  const info = infoOptions(f.info, f.line);
  if (info.error) return { options: info.options, error: { ...info.error, cell: id } };
  delete info.options.id;
  if (f.kind === 'sql') return info;
  const text = f.body.join('\n');
  if (!text.trim()) return info;
  const body = readYaml(text, f.line + 1, id);
  if (body.error) return { options: info.options, error: body.error };
  if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
    return { options: info.options, error: { code: 'body_not_mapping', line: f.line + 1, cell: id, detail: '' } };
  }
  for (const key of Object.keys(body.value)) {
    if (key in info.options || key === 'id') {
      const error = { code: 'duplicate_option', line: keyLine(f, key), cell: id, detail: key };
      return { options: info.options, error };
    }
  }
  return { options: { ...info.options, ...body.value }, error: null };
}

function toCell(f: Fenced, n: number, slide: number): { cell: Cell; error: NotebookError | null } {
  const given = infoOptions(f.info, f.line).options.id;
  const id = given === undefined ? `cell-${n}` : String(given);
  const { options, error } = cellOptions(f, id);
  const cell: Cell = {
    kind: f.kind,
    id,
    named: given !== undefined,
    options,
    source: f.body.join('\n'),
    line: f.line,
    bodyLine: f.line + 1,
    slide,
  };
  return { cell, error };
}

/** The line where the body starts (after the front matter) and the front matter's text. */
function splitFront(lines: string[]): { text: string | null; end: number; error: NotebookError | null } {
  if (!SLIDE_BREAK.test(lines[0] ?? '')) return { text: null, end: 0, error: null };
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (close < 0)
    return { text: null, end: lines.length, error: { code: 'front_unclosed', line: 1, cell: null, detail: '' } };
  return { text: lines.slice(1, close).join('\n'), end: close + 1, error: null };
}

/**
 * Read a notebook: front matter, then prose, typed fenced cells, slide breaks (`---`) and speaker notes
 * (`::: notes` … `:::`). Fences whose first word is not a cell kind are prose (a code sample). Errors name the line.
 */
export function parseNotebook(source: string): { notebook: Notebook; errors: NotebookError[] } {
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const errors: NotebookError[] = [];
  const fm = splitFront(lines);
  if (fm.error) errors.push(fm.error);
  const front = readFront(fm.text, 2, errors);
  const blocks: Block[] = [];
  const cells: Cell[] = [];
  let slide = 0;
  let prose: { lines: string[]; line: number; type: 'prose' | 'notes' } | null = null;
  const flush = () => {
    if (prose && prose.lines.join('').trim()) {
      blocks.push({ type: prose.type, text: prose.lines.join('\n').trim(), line: prose.line, slide });
    }
    prose = null;
  };
  for (let i = fm.end; i < lines.length; i++) {
    const text = lines[i];
    const fence = FENCE.exec(text);
    const kind = fence?.[2].split(/\s+/)[0] as CellKind | undefined;
    if (prose?.type === 'notes' && NOTES_CLOSE.test(text)) {
      flush();
      continue;
    }
    if (fence) {
      const close = lines.findIndex((l, j) => j > i && new RegExp(`^${fence[1][0]}{${fence[1].length},}\\s*$`).test(l));
      const end = close < 0 ? lines.length : close;
      if (close < 0) errors.push({ code: 'fence_unclosed', line: i + 1, cell: null, detail: '' });
      if (kind && (CELL_KINDS as readonly string[]).includes(kind) && prose?.type !== 'notes') {
        flush();
        const f: Fenced = {
          kind,
          info: fence[2].slice(kind.length).trim(),
          line: i + 1,
          body: lines.slice(i + 1, end),
        };
        const { cell, error } = toCell(f, cells.length + 1, slide);
        if (error) errors.push(error);
        cells.push(cell);
        blocks.push({ type: 'cell', cell });
      } else {
        prose ??= { lines: [], line: i + 1, type: 'prose' };
        prose.lines.push(...lines.slice(i, end + 1));
      }
      i = end;
      continue;
    }
    if (prose?.type !== 'notes' && SLIDE_BREAK.test(text)) {
      flush();
      slide++;
      continue;
    }
    if (NOTES_OPEN.test(text)) {
      flush();
      prose = { lines: [], line: i + 1, type: 'notes' };
      continue;
    }
    if (!prose && !text.trim()) continue;
    prose ??= { lines: [], line: i + 1, type: 'prose' };
    prose.lines.push(text);
  }
  const open = prose as { type: string; line: number } | null;
  if (open?.type === 'notes') errors.push({ code: 'notes_unclosed', line: open.line, cell: null, detail: '' });
  flush();
  return { notebook: { front, blocks, cells, source }, errors };
}
