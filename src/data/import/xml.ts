/** An element of a small XML tree (no DTDs, no entities beyond the five predefined and character references). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replace entity and character references; unknown entities stay as written (nothing is ever expanded). */
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? m;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const localName = (n: string) => n.slice(n.indexOf(':') + 1);

function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
    out[localName(m[1])] = unescapeXml(m[3] ?? m[4]);
  return out;
}

/**
 * Parse XML into a tree with namespace prefixes dropped. Enough for the parts of OOXML read here; comments,
 * processing instructions and DOCTYPE are skipped, so no external entity is ever resolved.
 */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const re =
    /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[?!][^>]*>|<(\/?)([\w:.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(re)) {
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) top.text += m[1];
    else if (m[6] !== undefined) top.text += unescapeXml(m[6]);
    else if (m[3] === undefined) continue;
    else if (m[2] === '/') {
      if (stack.length > 1) stack.pop();
    } else {
      const node: XmlNode = { name: localName(m[3]), attrs: parseAttrs(m[4]), children: [], text: '' };
      top.children.push(node);
      if (m[5] !== '/') stack.push(node);
    }
  }
  return root;
}

/** Children with a given name. */
export const kids = (n: XmlNode | undefined, name: string): XmlNode[] =>
  n ? n.children.filter((c) => c.name === name) : [];
/** First child with a given name. */
export const kid = (n: XmlNode | undefined, name: string): XmlNode | undefined =>
  n?.children.find((c) => c.name === name);
