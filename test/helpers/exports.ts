import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';

/** Click an export button and read the file it downloads. */
export async function download(page: Page, kind: string, scope = '') {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`${scope} button[data-export="${kind}"]`)]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

/** A PNG's pixel size, read from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** An SVG's width and height attributes. */
export function svgSize(text: string): { width: number; height: number } {
  const head = text.slice(0, text.indexOf('>'));
  const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(head)?.[1]);
  return { width: num('width'), height: num('height') };
}

/** The size of the chart drawn in a container on the page (its largest SVG). */
export function drawnSize(page: Page, selector: string): Promise<{ width: number; height: number }> {
  return page.$eval(selector, (el) => {
    const sizes = [...el.querySelectorAll('svg')].map((s) => ({
      width: +s.getAttribute('width')!,
      height: +s.getAttribute('height')!,
    }));
    return sizes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  });
}

/** The files of a zip, as text (without a BOM). */
export function unzipTexts(bytes: Buffer): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v).replace(/^\ufeff/, '')]));
}

/**
 * What is wrong with an exported SVG's layout, drawn in the page: texts of the composition that run past its width
 * or overlap one another or the chart, and chart texts (axis labels) cut by the chart's own box.
 */
export function layoutProblems(page: Page, svg: string): Promise<string[]> {
  return page.evaluate((text) => {
    const host = document.createElement('div');
    host.innerHTML = text;
    document.body.append(host);
    const root = host.querySelector('svg')!;
    const box = root.getBoundingClientRect();
    const problems: string[] = [];
    const top = [...root.children].filter((e) => e.tagName === 'text' || e.tagName === 'svg');
    // A nested SVG's client rect is that of its content; its viewport is what its attributes say.
    const viewport = (e: Element) => {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(e.getAttribute(a) ?? 0));
      return { left: box.left + x, top: box.top + y, right: box.left + x + w, bottom: box.top + y + h };
    };
    const rects = top.map((e) => ({ e, r: e.tagName === 'svg' ? viewport(e) : e.getBoundingClientRect() }));
    for (const { e, r } of rects) {
      if (r.right > box.right + 1 || r.left < box.left - 1)
        problems.push(`past the width: ${e.textContent?.slice(0, 40)}`);
    }
    rects.forEach((a, i) =>
      rects.slice(i + 1).forEach((b) => {
        const overlap =
          Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 1 &&
          Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 1;
        if (overlap && (a.e.tagName === 'text' || b.e.tagName === 'text'))
          problems.push(`overlap: ${a.e.textContent?.slice(0, 30)} / ${b.e.textContent?.slice(0, 30)}`);
      }),
    );
    for (const chart of top.filter((e) => e.tagName === 'svg')) {
      const c = viewport(chart);
      for (const t of chart.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        if (r.width && (r.left < c.left - 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.bottom > c.bottom + 1))
          problems.push(`cut in the chart: ${t.textContent}`);
      }
    }
    host.remove();
    return problems;
  }, svg);
}
