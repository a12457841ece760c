// Kaplan–Meier time to resolution against R survival 3.5-3 on 60 citizen reports with ties and open reports
// (test/golden/r/derive-km.R → test/fixtures/km-reports.csv and km-reports.expected.json):
//   fit <- survfit(Surv(days, done) ~ 1, data = d)          # Greenwood, conf.type = "log", 95%
//   summary(fit)$table[c("median", "0.95LCL", "0.95UCL")]; summary(fit, times = c(3, 7, 30, 60))
// and the same per topic. Open reports are censored at the file's latest date (2025-12-31).
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/core/sql';
import type { StudyDataset } from '../../src/data/study';
import { loadCsvText } from '../../src/data/load-csv';
import { type Sources, prepareSources } from '../../src/indicators/prepare';
import { runIndicators } from '../../src/indicators/run';
import { type KmResult, kaplanMeierRows, survivalAt } from '../../src/stats/survival';
import { openBothEngines } from '../helpers/db';

interface Expected {
  n: number;
  events: number;
  median: number | null;
  lower: number | null;
  upper: number | null;
  at: Array<{ time: number; surv: number; lower: number; upper: number }>;
}
const r = JSON.parse(readFileSync('test/fixtures/km-reports.expected.json', 'utf8')) as {
  end_date: string;
  overall: Expected;
  by_topic: Record<string, Expected>;
};
const rows = Papa.parse<Record<string, string>>(readFileSync('test/fixtures/km-reports.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const day = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
const end = Math.max(...rows.flatMap((x) => [day(x.date_filed), x.date_done ? day(x.date_done) : -Infinity]));
const fit = (subset: Record<string, string>[]) =>
  kaplanMeierRows(
    subset.map((x) => (x.date_done ? day(x.date_done) : end) - day(x.date_filed)),
    subset.map((x) => x.date_done !== ''),
  );

function expectLikeR(km: KmResult, want: Expected) {
  expect([km.n, km.events]).toEqual([want.n, want.events]);
  expect([km.median, km.ci_low, km.ci_high]).toEqual([want.median, want.lower, want.upper]);
  for (const a of want.at) {
    const got = survivalAt(km, a.time);
    expect(got.surv, `S(${a.time})`).toBeCloseTo(a.surv, 12);
    expect(got.lower!, `lower(${a.time})`).toBeCloseTo(a.lower, 9);
    expect(got.upper!, `upper(${a.time})`).toBeCloseTo(a.upper, 9);
  }
}

describe('kaplanMeierRows(days, done) against survival::survfit', () => {
  it('takes the end date from the data, as the R script does', () => {
    expect(new Date(end * 86_400_000).toISOString().slice(0, 10)).toBe(r.end_date);
  });
  it('gives the overall median, its log-scale interval and S(t) at 3, 7, 30 and 60 days', () => {
    expectLikeR(fit(rows), r.overall);
  });
  it.each(Object.keys(r.by_topic))('gives the same for topic %s (midpoint rule; median not reached)', (topic) => {
    expectLikeR(fit(rows.filter((x) => x.topic === topic)), r.by_topic[topic]);
  });
});

describe('the catalogue entry reports_median_days on the same reports (DuckDB-wasm and native DuckDB)', () => {
  let db: Connector;
  let sources: Sources;
  beforeAll(async () => {
    db = await openBothEngines();
    await loadCsvText(db, 'civic_control', 'km-reports.csv', readFileSync('test/fixtures/km-reports.csv', 'utf8'));
    const dataset: StudyDataset = {
      id: 'civic_control',
      kind: 'registry',
      title: { ru: 'km', kk: 'km', en: 'km' },
      file: 'km-reports.csv',
      codebook: '',
      design: { ids: null, strata: null, weights: null, fpc: null },
      waves: [2025],
      region_coding: '',
    };
    const regions = ['KZ-71', 'KZ-75'].map((code) => ({ code, population: null }));
    sources = await prepareSources(db, [{ dataset, codebook: [] }], { regions, districts: [] });
  });
  afterAll(() => db.close());
  it('censors open reports at the data’s end date in SQL and gives R’s median and interval, overall and by topic', async () => {
    const overall = await runIndicators(db, sources, [], ['reports_median_days']);
    expect(overall.map((x) => [x.estimate, x.ci_low, x.ci_high, x.n])).toEqual([
      [r.overall.median, r.overall.lower, r.overall.upper, r.overall.n],
    ]);
    const rows = await runIndicators(db, sources, ['topic'], ['reports_median_days']);
    for (const [topic, w] of Object.entries(r.by_topic)) {
      const row = rows.find((x) => x.by.topic === topic)!;
      // housing never reaches 0.5: no median (no_data) though its lower bound (70) exists in R.
      expect([row.estimate, row.n], topic).toEqual([w.median, w.n]);
      if (w.median !== null) expect([row.ci_low, row.ci_high], topic).toEqual([w.lower, w.upper]);
    }
  });
});
