import type { Lang } from '../core/lang';
import { COMPARABLE } from '../compare/choices';
import { CLASSINGS, FACETS, LEVELS, PER, VIEWS } from '../compare/state';
import type { CodebookVariable, Study } from '../data/study';
import studyJson from '../../data/demo/study.json';
import { CATALOGUE, HEADLINE, entryById } from '../indicators/catalogue';
import type { Entry } from '../indicators/catalogue/types';
import { analysisVariables } from '../reports/analyse';
import { analyseDefaults } from '../reports/analyse-defaults';
import { numericVariables } from '../reports/analyse-means';
import { NEEDS_REPORT, type NeedsTableId, type ReportTable } from '../reports/needs-spec';
import { atamekenCell } from './from-view-atameken';
import { districtsCell, planCell } from './from-view-districts';
import { measuresCell } from './from-view-measures';
import { NAME } from './front';
import { type Options, WAVES as waves, datasetsOf, fenced } from './view-parts';

export { datasetsOf };

/** A cell that reproduces a page's view, and the datasets the notebook's front matter must name for it. */
export interface ViewCell {
  text: string;
  datasets: string[];
}

type Params = Record<string, string>;

const REGION = /^KZ(-[A-Z0-9]{2,3})?$/;
const DEMO = studyJson as Study;
const [LATEST, EARLIER] = [waves[waves.length - 1], waves[waves.length - 2]];

const oneOf = (xs: readonly string[], v: string | undefined): string | null => (v && xs.includes(v) ? v : null);
const wave = (v: string | undefined): number | null => (v && /^\d{4}$/.test(v) ? Number(v) : null);
const region = (v: string | undefined): string | null => (v && REGION.test(v) ? v : null);

const entryOf = (id: string | undefined, fallback: Entry): Entry => COMPARABLE.find((e) => e.id === id) ?? fallback;

/** `#/regions`: the map, tile grid, ranking or table of one indicator in one wave, with its breakdown. */
function regionsCell(p: Params, lang: Lang): ViewCell {
  const entry = entryOf(p.indicator, HEADLINE[0]);
  const by = oneOf(FACETS, p.by);
  const options: Options = {
    indicator: entry.id,
    wave: wave(p.wave),
    region: region(p.region),
    by: by && (entry.breakdowns as string[]).includes(by) ? [by] : null,
    classing: p.classing !== 'quantile' ? oneOf(CLASSINGS, p.classing) : null,
    per: p.per !== 'none' ? oneOf(PER, p.per) : null,
    level: p.level !== 'region' ? oneOf(LEVELS, p.level) : null,
    title: entry.name[lang],
  };
  return { text: fenced(`chart kind=${oneOf(VIEWS, p.view) ?? 'map'}`, options), datasets: datasetsOf(entry) };
}

/** `#/waves`: the change of one indicator between two waves (a dumbbell per region). */
function wavesCell(p: Params, lang: Lang): ViewCell {
  const entry = entryOf(p.indicator, HEADLINE[0]);
  const now = wave(p.wave) ?? LATEST;
  const before = wave(p.compare) ?? (now === EARLIER ? waves[0] : EARLIER);
  const options = {
    indicator: entry.id,
    wave: now,
    compare: before,
    region: region(p.region),
    title: entry.name[lang],
  };
  return { text: fenced('chart kind=slope', options), datasets: datasetsOf(entry) };
}

/** `#/profile/<code>`: the region's scorecard of the headline indicators, or one indicator's trend there. */
function profileCell(code: string | undefined, p: Params, lang: Lang): ViewCell {
  const where = region(code) ?? 'KZ';
  const one = COMPARABLE.find((e) => e.id === p.indicator);
  if (one) {
    const options = { indicator: one.id, region: where, title: one.name[lang] };
    return { text: fenced('chart kind=trend', options), datasets: datasetsOf(one) };
  }
  const options = { indicator: HEADLINE.map((e) => e.id).join(','), region: where };
  return { text: fenced('chart kind=scorecard', options), datasets: [...new Set(HEADLINE.flatMap(datasetsOf))] };
}

/** `#/dashboard`: the strategy's scorecard, or one indicator's trend (`?indicator=`). */
function dashboardCell(p: Params, lang: Lang): ViewCell {
  const one = CATALOGUE.find((e) => e.id === p.indicator && e.formula.kind !== 'unavailable');
  if (one)
    return {
      text: fenced('chart kind=trend', { indicator: one.id, title: one.name[lang] }),
      datasets: datasetsOf(one),
    };
  const datasets = [...new Set(CATALOGUE.flatMap(datasetsOf))];
  return { text: fenced('chart kind=scorecard', { indicator: 'all' }), datasets };
}

const PCT: Record<string, string> = { row: 'row', col: 'col', cell: 'total' };

/**
 * `#/analyse`: the crosstab, frequencies, means, multiple-response set or change across waves asked for. Questions
 * missing from the URL take the page's defaults from the dataset's codebook, when it is given.
 */
function analyseCell(p: Params, codebook: CodebookVariable[] | null): ViewCell {
  const dataset = p.dataset && NAME.test(p.dataset) ? p.dataset : 'population';
  const design = DEMO.datasets.find((d) => d.id === dataset)?.design ?? null;
  const d = codebook
    ? analyseDefaults(
        analysisVariables(codebook, { unlabelled: false, design }),
        numericVariables(codebook, design),
        design,
      )
    : { question: '', breakdown: '', y: '' };
  const mode = oneOf(['crosstab', 'freq', 'means', 'mr', 'change'], p.mode) ?? 'crosstab';
  const byGroups = mode === 'crosstab' || mode === 'means';
  const rows = p.rows || (byGroups ? d.breakdown : d.question);
  const cols = p.cols ?? (mode === 'mr' ? d.breakdown : d.question);
  const w = wave(p.wave);
  if (mode === 'crosstab') {
    const options = { dataset, rows, cols, pct: PCT[p.pct] ?? 'row', wave: w };
    return { text: fenced('crosstab', options), datasets: [dataset] };
  }
  if (mode === 'change') return { text: fenced('change', { dataset, rows }), datasets: [dataset] };
  const options: Options = { dataset, mode, wave: w };
  if (mode === 'freq') options.rows = rows;
  if (mode === 'means') Object.assign(options, { y: p.y || d.y, rows });
  if (mode === 'mr') Object.assign(options, { set: p.set, cols });
  return { text: fenced('estimate', options), datasets: [dataset] };
}

const NEEDS_BOTH = 'SELECT * FROM needs_2019 UNION ALL BY NAME SELECT * FROM needs_2024';

/** A needs-assessment table as SQL over both waves: counts and percents of the centres answering, per wave. */
export function needsSql(table: ReportTable): string {
  if (table.kind === 'single') {
    const v = table.variables[0];
    return [
      `SELECT wave, ${v} AS answer, count(*) AS centres,`,
      `  round(100 * count(*) / sum(count(*)) OVER (PARTITION BY wave), 1) AS pct`,
      `FROM (${NEEDS_BOTH})`,
      `WHERE ${v} IS NOT NULL`,
      `GROUP BY wave, ${v}`,
      `ORDER BY ${v}, wave`,
    ].join('\n');
  }
  const value = table.kind === 'scores' ? 'round(avg(answer), 2) AS mean' : `sum(answer) AS centres`;
  const pct = table.kind === 'scores' ? '' : `,\n  round(100 * sum(answer) / count(answer), 1) AS pct`;
  return [
    `SELECT wave, item, ${value}${pct}, count(answer) AS base`,
    `FROM (${NEEDS_BOTH})`,
    `UNPIVOT (answer FOR item IN (${table.variables.join(', ')}))`,
    `GROUP BY wave, item`,
    `ORDER BY item, wave`,
  ].join('\n');
}

/** `#/needs`: one table of the 2019 needs assessment beside the 2024 wave (`?table=`, else the first). */
function needsCell(p: Params): ViewCell {
  const table = NEEDS_REPORT.tables.find((t) => t.id === (p.table as NeedsTableId)) ?? NEEDS_REPORT.tables[0];
  return { text: `\`\`\`sql\n${needsSql(table)}\n\`\`\`\n`, datasets: [...NEEDS_REPORT.datasets] };
}

/** `#/centres`: the KPI matrix of the centres, by region (or by network level when the page filters a level). */
function centresCell(p: Params): ViewCell {
  const by = p.level ? 'level' : 'region';
  return { text: fenced('chart kind=matrix', { indicator: 'kpi_overall_high_pct', by: [by] }), datasets: ['centres'] };
}

/** `#/ngo`: registered or active NGOs per 10,000 residents (or another measure) by region in one year. */
function ngoCell(p: Params, lang: Lang): ViewCell {
  const measure = p.measure ?? 'active';
  const id = measure === 'active' || measure === 'registered' ? `ngo_${measure}_per_10k` : `ngo_${measure}`;
  const entry = entryById(id) ?? entryById('ngo_active_per_10k')!;
  const options = { indicator: entry.id, wave: wave(p.year), title: entry.name[lang] };
  return { text: fenced('chart kind=ranking', options), datasets: datasetsOf(entry) };
}

/**
 * The cell that reproduces a page's view from its URL state ("Add to notebook"; the districts and plan pages give
 * their model's cell followed by its map and list): `route` is the hash path (`regions`, `profile/KZ-75`), `params`
 * the page's URL parameters, `lang` the notebook's language (titles). Pages without a cell of their own (data,
 * about, builder) give null.
 */
export function cellForView(
  route: string,
  params: Params,
  lang: Lang,
  codebook: CodebookVariable[] | null = null,
): ViewCell | null {
  const [path, id] = route.replace(/^#?\/?/, '').split('/');
  switch (path) {
    case 'regions':
      return regionsCell(params, lang);
    case 'waves':
      return wavesCell(params, lang);
    case 'profile':
      return profileCell(id, params, lang);
    case 'dashboard':
      return dashboardCell(params, lang);
    case 'analyse':
      return analyseCell(params, codebook);
    case 'needs':
      return needsCell(params);
    case 'centres':
    case 'centre':
      return centresCell(params);
    case 'ngo':
      return ngoCell(params, lang);
    case 'districts':
      return districtsCell(params, lang);
    case 'plan':
      return planCell(params, lang);
    case 'measures':
      return measuresCell(params, lang);
    case 'atameken':
      return atamekenCell(params, lang);
    default:
      return null;
  }
}
