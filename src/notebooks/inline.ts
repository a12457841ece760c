/** A value written into prose: an indicator for a region and wave, or a column of a named result. */
export type InlineToken =
  | { kind: 'indicator'; raw: string; start: number; entry: string; region: string; wave: string }
  | {
      kind: 'result';
      raw: string;
      start: number;
      name: string;
      column: string;
      where: { column: string; value: string } | null;
    };

const PARAM_OR = (x: string) => `(?:${x}|\\$[a-z_][a-z0-9_]*)`;
/** `{sci.KZ-75.2025}`: an indicator's value for a region (KZ: the whole country) and wave; `$param` allowed. */
const INDICATOR = new RegExp(
  `\\{([a-z][a-z0-9_]*)\\.(${PARAM_OR('KZ(?:-[A-Z0-9]{2,3})?')})\\.(${PARAM_OR('\\d{4}')})\\}`,
  'g',
);
/** `${by_region.mean}` (the first row) or `${by_region[region=KZ-75].mean}` (the row where a column has a value). */
const RESULT = /\$\{([a-z_][a-z0-9_]*)(?:\[([A-Za-z_][A-Za-z0-9_]*)=([^\]\s]+)\])?\.([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The inline values a prose text holds, in order. */
export function inlineTokens(text: string): InlineToken[] {
  const out: InlineToken[] = [];
  for (const m of text.matchAll(RESULT)) {
    const where = m[2] ? { column: m[2], value: m[3] } : null;
    out.push({ kind: 'result', raw: m[0], start: m.index, name: m[1], column: m[4], where });
  }
  for (const m of text.matchAll(INDICATOR)) {
    if (text[m.index - 1] === '$') continue;
    out.push({ kind: 'indicator', raw: m[0], start: m.index, entry: m[1], region: m[2], wave: m[3] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Prose cut into plain text and inline values, for rendering without HTML. */
export function splitInline(text: string): (string | InlineToken)[] {
  const parts: (string | InlineToken)[] = [];
  let at = 0;
  for (const t of inlineTokens(text)) {
    if (t.start > at) parts.push(text.slice(at, t.start));
    parts.push(t);
    at = t.start + t.raw.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
