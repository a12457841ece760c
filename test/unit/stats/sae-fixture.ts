// Loads test/fixtures/sae-areas.csv (written by test/golden/r/derive-sae.R) as SaeArea rows.
import { readFileSync } from 'node:fs';
import type { SaeArea } from '../../../src/stats/sae-fit';

const num = (s: string) => (s === '' ? null : Number(s));

/** The 53 fixture areas in file order; the 3 without a sample have y and v null. */
export function saeFixture(): SaeArea[] {
  const lines = readFileSync('test/fixtures/sae-areas.csv', 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [area, y, v, x1, x2] = line.split(',');
    return { area: area.replace(/"/g, ''), y: num(y), v: num(v), x: [Number(x1), Number(x2)] };
  });
}
