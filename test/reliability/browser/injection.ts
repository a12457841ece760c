import type { Page } from 'playwright-core';

/** Markup and formulas that a hostile file carries in its names, labels and answers. */
export const PAYLOADS = {
  img: '<img src=x onerror=window.__pwned=1>',
  script: '<script>window.__pwned=2</script>',
  svg: '<svg onload=window.__pwned=3>',
  hyperlink: '=HYPERLINK("http://example.invalid/?leak","click")',
  plus: '+SUM(1;2)',
  minus: '-2+3',
  at: '@SUM(1)',
  tab: '\t=1+1',
  cr: '\r=1+1',
} as const;

/** A file name that is markup, without a slash (no file manager would make one). */
export const HOSTILE_FILE = '<img src=x onerror=window.__pwned=4>.csv';

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * A survey of `n` rows whose column names, categories, region names and free-text answers hold the payloads; a
 * numeric score beside them.
 */
export function hostileCsv(n = 60): Uint8Array {
  const header = ['id', PAYLOADS.img, 'region', 'answer', 'score'];
  const groups = [PAYLOADS.script, PAYLOADS.hyperlink, '<b>bold</b>'];
  const regions = ['Алматы облысы', PAYLOADS.svg, PAYLOADS.hyperlink];
  const answers = Object.values(PAYLOADS);
  const lines = [header.map(quote).join(',')];
  for (let i = 0; i < n; i++) {
    const row = [String(i + 1), groups[i % 3], regions[i % 3], answers[i % answers.length], String(1 + (i % 5))];
    lines.push(row.map(quote).join(','));
  }
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

/**
 * What a page shows of injected markup: elements the payloads would create (img to x, inline script, any `on…`
 * attribute), and whether a payload's script ran.
 */
export function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}>`);
      if (el.localName === 'img' && el.getAttribute('src') === 'x') found.push('<img src=x>');
      if (el.localName === 'script' && !el.getAttribute('src')) found.push('<script> inline');
      if (el.localName === 'b' && el.textContent === 'bold') found.push('<b>bold</b>');
    }
    if ((window as unknown as { __pwned?: number }).__pwned !== undefined) found.push('a payload ran');
    return found;
  });
}

/** Whether the page shows a payload as text (the test must see the data it checks). */
export const showsText = (page: Page, text: string) =>
  page.evaluate((s) => document.body.textContent!.includes(s), text);

/** What an SVG export holds that could run or load, parsed by the page's XML parser: scripts, handlers, links. */
export function activeSvgParts(page: Page, svg: string): Promise<string[]> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return ['not well-formed'];
    const found: string[] = [];
    for (const el of doc.querySelectorAll('*')) {
      if (['script', 'foreignObject', 'iframe', 'img'].includes(el.localName)) found.push(`<${el.localName}>`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`${a.name} on <${el.localName}>`);
        if (/href$/i.test(a.name) && !a.value.startsWith('#')) found.push(`link to ${a.value}`);
      }
    }
    return found;
  }, svg);
}
