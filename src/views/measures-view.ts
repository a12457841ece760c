import { STATE_LOOK, type TimelineDatum, timelineChart } from '../charts/timeline';
import type { ChartSpec } from '../charts/spec';
import type { Lang } from '../core/lang';
import type { T } from '../i18n/t';
import { EXECUTORS, type Measure, TERM } from '../indicators/measures';
import { type CellState, type TimelineCell, plannedYears } from '../reports/measures/plan';

/** What the measures' views are worded with. */
export interface MeasuresSaid {
  t: T;
  lang: Lang;
}

/** The states a legend explains, in the order the timeline reads. */
export const LEGEND_STATES: CellState[] = ['done', 'partly', 'not_done', 'no_fact', 'not_yet_due', 'none'];

/** A measure's row label on the timeline: its number and short title. */
export const rowLabel = (m: Measure, lang: Lang) => `${m.number}. ${m.short[lang]}`;

/** A measure's timing in words: "ежегодно", "не реже 1 раза в 2 года", "2020–2023 годы". */
export function timingText(m: Measure, t: T): string {
  if (m.periodicity === 'span') return t('measures.timing.span', { first: m.years.first, last: m.years.last });
  if (m.periodicity === 'yearly') return t(m.atLeast ? 'measures.timing.yearlyAtLeast' : 'measures.timing.yearly');
  return t(m.atLeast ? 'measures.timing.biennialAtLeast' : 'measures.timing.biennial');
}

/** A measure's executors as §4 abbreviates them, in the UI language. */
export const executorsText = (m: Measure, lang: Lang) => m.executors.map((e) => EXECUTORS[e].short[lang]).join(', ');

/** Where a fact's link (`dataset:<id>`, `notebook:<id>`) leads in the app: a dataset's page or a notebook. */
export function linkHref(link: string): string | null {
  const m = /^(dataset|notebook):([A-Za-z0-9_-]+)$/.exec(link);
  if (!m) return null;
  return m[1] === 'dataset' ? `#/data/${m[2]}` : `#/notebook/${m[2]}`;
}

/** A cell's state in words, with "late" and "outside the plan" where they apply. */
export function stateText(c: TimelineCell, t: T): string {
  const parts = [t(`measures.state.${c.state}`)];
  if (c.late) parts.push(t('measures.late'));
  if (!c.planned && c.fact) parts.push(t('measures.outside'));
  return parts.join(', ');
}

function tipOf(c: TimelineCell, m: Measure, said: MeasuresSaid): string[] {
  const { t } = said;
  const lines = [rowLabel(m, said.lang), `${c.year}: ${stateText(c, t)}`, timingText(m, t)];
  if (c.fact?.evidence) lines.push(c.fact.evidence.length > 90 ? `${c.fact.evidence.slice(0, 89)}…` : c.fact.evidence);
  return lines;
}

/** The timeline chart of every measure × year of the term, with a tooltip per cell. */
export function timelineView(cells: TimelineCell[], measures: Measure[], said: MeasuresSaid): ChartSpec {
  const byNumber = new Map(measures.map((m) => [m.number, m]));
  const data: TimelineDatum[] = cells.map((c) => ({
    key: `${c.measure}-${c.year}`,
    row: rowLabel(byNumber.get(c.measure)!, said.lang),
    year: c.year,
    state: c.state,
    planned: c.planned,
    late: c.late,
  }));
  const tips = Object.fromEntries(
    cells.map((c) => [`${c.measure}-${c.year}`, tipOf(c, byNumber.get(c.measure)!, said)]),
  );
  return timelineChart(data, {
    lang: said.lang,
    ariaLabel: said.t('measures.timeline'),
    rows: measures.map((m) => rowLabel(m, said.lang)),
    tips,
  });
}

/** The legend's items: each state's fill, symbol and words. */
export function legendItems(t: T): { state: CellState; fill: string; symbol: string; label: string }[] {
  return LEGEND_STATES.map((s) => ({ state: s, ...STATE_LOOK[s], label: t(`measures.state.${s}`) }));
}

/** The plan rule in words, with the term, the years a biennial measure is planned and the current year. */
export function ruleText(t: T, currentYear: number): string {
  const biennial = plannedYears({ periodicity: 'biennial', years: TERM }).join(', ');
  return t('measures.rule', { first: TERM.first, last: TERM.last, biennial, current: currentYear });
}
