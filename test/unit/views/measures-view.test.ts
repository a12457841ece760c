// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '../../../src/charts/render';
import { STATE_LOOK } from '../../../src/charts/timeline';
import type { MeasureFact } from '../../../src/data/measure-facts';
import { translator } from '../../../src/i18n/t';
import { CATALOGUE } from '../../../src/indicators/catalogue';
import { MEASURES } from '../../../src/indicators/measures';
import type { IndicatorRow } from '../../../src/indicators/rows';
import { timelineCells } from '../../../src/reports/measures/plan';
import { latestUpTo, yearReport } from '../../../src/views/measures-report';
import { linkHref, ruleText, timelineView, timingText } from '../../../src/views/measures-view';

const t = translator('en');
const facts: MeasureFact[] = [
  { measure: 16, year: 2024, status: 'done', evidence: 'Survey fielded', link: 'dataset:population' },
  { measure: 9, year: 2021, status: 'partly', evidence: 'Two practices described', link: '' },
];
const cells = timelineCells(MEASURES, facts, 2025);

const row = (wave: number | null, estimate: number | null, extra: Partial<IndicatorRow> = {}): IndicatorRow => ({
  indicator_id: 'sci',
  unit: 'index_0_100',
  region: null,
  wave,
  by: {},
  estimate,
  se: 1,
  ci_low: estimate === null ? null : estimate - 2,
  ci_high: estimate === null ? null : estimate + 2,
  df: 100,
  n: 500,
  n_eff: 400,
  status: estimate === null ? 'suppressed' : 'ok',
  flags: [],
  dropped_by: [],
  ...extra,
});

describe('timelineView(cells, measures, said)', () => {
  const spec = timelineView(cells, MEASURES, { t, lang: 'en' });
  it('draws 16 measures × 6 years, coloured by state, late cells outlined, facts off the plan dashed', () => {
    expect(spec.kind).toBe('timeline');
    expect(spec.marks[0].data).toHaveLength(96);
    const at = (key: string) => spec.marks[0].data.find((d) => d.key === key)!;
    expect(at('16-2024')).toMatchObject({ state: 'done', late: false, fill: STATE_LOOK.done.fill, symbol: '✓' });
    expect(at('16-2022')).toMatchObject({ state: 'no_fact', late: true, symbol: '?!' });
    expect(at('16-2025')).toMatchObject({ state: 'none', late: false, symbol: '' });
    expect(at('1-2025')).toMatchObject({ state: 'not_yet_due', late: false });
    expect(spec.marks[1].data).toHaveLength(cells.filter((c) => c.late).length);
    expect(spec.marks[2].data.map((d) => d.key)).toEqual(['9-2021']);
    expect(spec.tips['9-2021']).toEqual([
      '9. Best practices of participation',
      '2021: partly done, outside the plan',
      'every two years',
      'Two practices described',
    ]);
  });

  it('renders one cell per measure and year, each with its data-key', () => {
    const svg = render(spec, 900, { document });
    expect(svg.querySelectorAll('[data-key]')).toHaveLength(96);
    expect(svg.querySelector('[data-key="16-2024"]')!.getAttribute('fill')).toBe(STATE_LOOK.done.fill);
  });
});

describe('timing and rule in words', () => {
  it('says each kind of timing and the plan rule with its years', () => {
    expect(MEASURES.slice(0, 3).map((m) => timingText(m, t))).toEqual(['2020–2025', 'yearly', 'at least once a year']);
    expect(ruleText(t, 2026)).toContain('(2020, 2022, 2024)');
    expect(ruleText(t, 2026)).toContain('Current year: 2026.');
  });
});

describe('linkHref(link)', () => {
  it('leads a dataset link to its page and a notebook link to the notebook, anything else nowhere', () => {
    expect(linkHref('dataset:population')).toBe('#/data/population');
    expect(linkHref('notebook:sc-2024')).toBe('#/notebook/sc-2024');
    expect(linkHref('javascript:alert(1)')).toBeNull();
  });
});

describe('latestUpTo(rows, id, year)', () => {
  const rows = [row(2021, 50), row(2023, 52), row(2025, 55), row(2023, 40, { region: 'KZ-75' })];
  it('takes the latest national value up to the year, not a later wave nor a region', () => {
    expect(latestUpTo(rows, 'sci', 2024)?.estimate).toBe(52);
    expect(latestUpTo(rows, 'sci', 2025)?.estimate).toBe(55);
    expect(latestUpTo(rows, 'sci', 2020)).toBeNull();
  });
  it('falls back to a suppressed row, then to the undated row of an entry nothing feeds', () => {
    expect(latestUpTo([row(2021, 50), row(2023, null)], 'sci', 2024)?.estimate).toBe(50);
    expect(latestUpTo([row(2023, null)], 'sci', 2024)?.status).toBe('suppressed');
    expect(latestUpTo([row(null, null, { status: 'no_data' })], 'sci', 2024)?.status).toBe('no_data');
  });
});

describe('yearReport(year, cells, measures, rows, entries)', () => {
  it('gives each measure its cell in the year, the year’s counts and each indicator once with its measures', () => {
    const rows = [
      row(2023, 52),
      row(2025, 61, { indicator_id: 'centres_count', unit: 'count' }),
      row(null, null, { indicator_id: 'trust_ngo', status: 'no_data' }),
    ];
    const report = yearReport(2024, cells, MEASURES, rows, CATALOGUE);
    expect(report.lines).toHaveLength(16);
    expect(report.lines[15].cell).toMatchObject({ state: 'done', fact: facts[0] });
    expect(report.summary).toMatchObject({ planned: 14, done: 1, late: 13, not_yet_due: 0 });
    const sci = report.indicators.find((i) => i.entry.id === 'sci')!;
    expect([sci.row?.estimate, sci.needsData, sci.measures]).toEqual([52, false, [16]]);
    const identity = report.indicators.find((i) => i.entry.id === 'sci_identity')!;
    expect([identity.row, identity.needsData, identity.measures]).toEqual([null, false, [14, 15, 16]]);
    const centres = report.indicators.find((i) => i.entry.id === 'centres_count')!;
    expect([centres.row, centres.needsData, centres.measures]).toEqual([null, false, [1, 11]]);
    expect(report.indicators.find((i) => i.entry.id === 'trust_ngo')?.needsData).toBe(true);
    expect(report.indicators.find((i) => i.entry.id === 'partnership_projects')?.needsData).toBe(true);
    expect(new Set(report.indicators.map((i) => i.entry.id)).size).toBe(report.indicators.length);
  });
});
