import { readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contains, districtShapes } from '../../../scripts/demo/atameken-geo';

const path = (f: string) => new URL(`../../../data/${f}`, import.meta.url);
const csv = (f: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path(f), 'utf8'), { header: true, skipEmptyLines: true }).data;
const initiatives = csv('demo/initiatives.csv');
const reports = csv('demo/civic-control.csv');
const nominations = csv('demo/generous-heart.csv');
const participants = csv('demo/generous-heart-participants.csv');
const regionOf = new Map(csv('reference/districts.csv').map((d) => [d.code, d.region]));
const shapes = districtShapes();
const END = '2025-12-31';

describe('the demo Atameken datasets', () => {
  it('stay a few MB in all: about 3,000 initiatives, 12,000 reports, 7,000 nominations', () => {
    const files = ['initiatives', 'civic-control', 'generous-heart', 'generous-heart-participants'];
    const bytes = files.reduce((a, f) => a + statSync(path(`demo/${f}.csv`)).size, 0);
    expect(bytes).toBeLessThan(3_000_000);
    expect([initiatives.length, reports.length, nominations.length, participants.length]).toEqual([
      3000, 12000, 7104, 896,
    ]);
  });
  it('put every initiative and report at a point inside its district, in the district’s region', () => {
    for (const r of [...initiatives, ...reports]) {
      expect(regionOf.get(r.district), r.id).toBe(r.region);
      expect(contains(shapes.get(r.district)!, [Number(r.lon), Number(r.lat)]), r.id).toBe(true);
    }
  });
  it('date initiatives 2020–2025 and rate only completed ones, 1–5', () => {
    for (const r of initiatives) {
      expect(r.date_proposed >= '2020-01-01' && r.date_proposed <= END, r.id).toBe(true);
      expect(r.rating !== '', r.id).toBe(r.stage === 'completed');
      if (r.rating) expect(Number(r.rating) >= 1 && Number(r.rating) <= 5, r.id).toBe(true);
      if (r.stage === 'citizens_initiative') expect(Number(r.recipients) + Number(r.volunteers), r.id).toBe(0);
    }
  });
  it('give a done report its date and solver, an open one neither; nothing is dated after the end date', () => {
    for (const r of reports) {
      const done = r.status === 'done';
      expect([r.date_done !== '', r.solved_by !== ''], r.id).toEqual([done, done]);
      expect(r.date_filed >= '2022-01-01' && r.date_filed <= END, r.id).toBe(true);
      if (done) expect(r.date_done >= r.date_filed && r.date_done <= END, r.id).toBe(true);
    }
    const open = reports.filter((r) => r.status === 'in_work').length / reports.length;
    expect(open).toBeGreaterThan(0.03);
    expect(open).toBeLessThan(0.15);
  });
  it('file more reports in spring and autumn than in winter', () => {
    const byMonth = (m: string[]) => reports.filter((r) => m.includes(r.date_filed.slice(5, 7))).length;
    expect(byMonth(['04', '05', '10'])).toBeGreaterThan(1.5 * byMonth(['01', '02', '12']));
  });
  it('name nominees by pseudonym only, with periods that match their type and districts only below region level', () => {
    const shape = { year: /^\d{4}$/, quarter: /^\d{4}-Q[1-4]$/, month: /^\d{4}-(0[1-9]|1[0-2])$/ };
    for (const r of nominations) {
      expect(r.nominee, r.id).toMatch(/^[VPI]-\d{5}$/);
      expect(r.period, r.id).toMatch(shape[r.period_type as keyof typeof shape]);
      expect(r.district === '', r.id).toBe(r.level === 'region');
      if (r.district) expect(regionOf.get(r.district), r.id).toBe(r.region);
    }
  });
});
