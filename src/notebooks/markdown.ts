import { type InlineToken, splitInline } from './inline';

/** Inline prose: text, emphasis, code, a link (shown, never fetched) or an inline value. */
export type Inline =
  | { t: 'text'; text: string }
  | { t: 'em' | 'strong'; children: Inline[] }
  | { t: 'code'; text: string }
  | { t: 'link'; text: string; href: string }
  | { t: 'value'; token: InlineToken };

/** The Markdown a notebook's prose may use; raw HTML is text (it is never markup). */
export type MdBlock =
  | { t: 'h'; level: number; inlines: Inline[] }
  | { t: 'p'; inlines: Inline[] }
  | { t: 'quote'; inlines: Inline[] }
  | { t: 'ul' | 'ol'; items: Inline[][] }
  | { t: 'pre'; text: string }
  | { t: 'table'; head: Inline[][]; rows: Inline[][][] };

const SPAN = /(\*\*[^*]+\*\*|\*[^*\s][^*]*\*|_[^_\s][^_]*_|`[^`]+`|\[[^\]]+\]\([^)\s]+\))/;

function spans(text: string): Inline[] {
  const out: Inline[] = [];
  for (const part of text.split(SPAN)) {
    if (!part) continue;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4) {
      out.push({ t: 'strong', children: spans(part.slice(2, -2)) });
    } else if (/^([*_]).+\1$/.test(part) && part.length > 2) out.push({ t: 'em', children: spans(part.slice(1, -1)) });
    else if (/^`.+`$/.test(part)) out.push({ t: 'code', text: part.slice(1, -1) });
    else if (/^\[[^\]]+\]\([^)\s]+\)$/.test(part)) {
      const m = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part)!;
      out.push({ t: 'link', text: m[1], href: m[2] });
    } else out.push({ t: 'text', text: part });
  }
  return out;
}

/** Inline Markdown with inline values (`{sci.KZ-75.2025}`, `${name.column}`) kept whole. */
export function inlines(text: string): Inline[] {
  return splitInline(text).flatMap((p) => (typeof p === 'string' ? spans(p) : [{ t: 'value' as const, token: p }]));
}

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => inlines(c.trim()));

function table(lines: string[]): MdBlock {
  return { t: 'table', head: cellsOf(lines[0]), rows: lines.slice(2).map(cellsOf) };
}

const LIST = /^\s*([-*+]|\d+[.)])\s+/;
const isTable = (ls: string[]) => ls.length >= 2 && ls[0].includes('|') && /^\s*\|?[\s:|-]+\|?\s*$/.test(ls[1]);

/** Paragraphs, headings, lists, quotes, tables and code blocks, split at blank lines. */
export function markdown(text: string): MdBlock[] {
  const out: MdBlock[] = [];
  const groups = text.replace(/\r\n?/g, '\n').split(/\n(?:[ \t]*\n)+/);
  for (const group of groups) {
    const lines = group.split('\n');
    const fence = /^(`{3,}|~{3,})/.exec(lines[0]);
    if (fence)
      out.push({
        t: 'pre',
        text: lines.slice(1, lines[lines.length - 1].startsWith(fence[1]) ? -1 : undefined).join('\n'),
      });
    else if (/^#{1,6}\s/.test(lines[0])) {
      const m = /^(#{1,6})\s+(.*)$/.exec(lines[0])!;
      out.push({ t: 'h', level: m[1].length, inlines: inlines(m[2]) });
      if (lines.length > 1) out.push({ t: 'p', inlines: inlines(lines.slice(1).join(' ')) });
    } else if (isTable(lines)) out.push(table(lines));
    else if (lines.every((l) => l.startsWith('>'))) {
      out.push({ t: 'quote', inlines: inlines(lines.map((l) => l.replace(/^>\s?/, '')).join(' ')) });
    } else if (LIST.test(lines[0])) {
      const items: string[] = [];
      for (const l of lines) {
        if (LIST.test(l)) items.push(l.replace(LIST, ''));
        else items[items.length - 1] += ' ' + l.trim();
      }
      out.push({ t: /^\s*\d/.test(lines[0]) ? 'ol' : 'ul', items: items.map(inlines) });
    } else out.push({ t: 'p', inlines: inlines(lines.join(' ')) });
  }
  return out;
}

/** Escape text for HTML (element content and attribute values). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Inline prose as HTML; `value` gives an inline value's HTML (already escaped). */
export function inlineHtml(xs: Inline[], value: (t: InlineToken) => string): string {
  return xs
    .map((x) => {
      if (x.t === 'text') return escapeHtml(x.text);
      if (x.t === 'code') return `<code>${escapeHtml(x.text)}</code>`;
      if (x.t === 'link') return `${escapeHtml(x.text)} (${escapeHtml(x.href)})`;
      if (x.t === 'value') return value(x.token);
      return `<${x.t}>${inlineHtml(x.children, value)}</${x.t}>`;
    })
    .join('');
}

/** Blocks as HTML: every text escaped, so prose can never become markup. */
export function markdownHtml(blocks: MdBlock[], value: (t: InlineToken) => string): string {
  const il = (xs: Inline[]) => inlineHtml(xs, value);
  return blocks
    .map((b) => {
      if (b.t === 'h') return `<h${b.level}>${il(b.inlines)}</h${b.level}>`;
      if (b.t === 'p') return `<p>${il(b.inlines)}</p>`;
      if (b.t === 'quote') return `<blockquote>${il(b.inlines)}</blockquote>`;
      if (b.t === 'pre') return `<pre>${escapeHtml(b.text)}</pre>`;
      if (b.t === 'table') {
        const head = b.head.map((c) => `<th>${il(c)}</th>`).join('');
        const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${il(c)}</td>`).join('')}</tr>`).join('');
        return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
      }
      return `<${b.t}>${b.items.map((i) => `<li>${il(i)}</li>`).join('')}</${b.t}>`;
    })
    .join('\n');
}
