import { type MeasureFact, deleteMeasureFact, listMeasureFacts, saveMeasureFacts } from '../../data/measure-facts';
import { CATALOGUE } from '../../indicators/catalogue';
import { MEASURES, TERM } from '../../indicators/measures';
import { importFactsCsv } from '../../reports/measures/facts-csv';
import { TERM_YEARS, timelineCells, yearSummaries } from '../../reports/measures/plan';
import { yearReport } from '../../views/measures-report';
import { timelineView } from '../../views/measures-view';
import { indicators } from '../stores/indicators.svelte';
import { latest } from '../stores/latest.svelte';
import { router } from '../stores/router.svelte';
import { workspace } from '../stores/workspace.svelte';

const THIS_YEAR = new Date().getFullYear();

/** The catalogue entries the measures are meant to move, each once. */
const MOVED = CATALOGUE.filter((e) => MEASURES.some((m) => m.indicators.includes(e.id)));

/** The measures page (`#/measures`): the facts of the workspace against the plan, the editor and the yearly report. */
export class MeasuresState {
  /** The year now (lateness is judged against it). */
  readonly currentYear = THIS_YEAR;
  #p = $derived(router.view.params);
  view = $derived<'timeline' | 'report'>(this.#p.view === 'report' ? 'report' : 'timeline');
  year = $derived(
    TERM_YEARS.includes(Number(this.#p.year)) ? Number(this.#p.year) : Math.min(TERM.last, this.currentYear),
  );
  /** The measure and year the editor shows (a click on the timeline picks them). */
  pick = $state({ measure: 1, year: Math.min(TERM.last, this.currentYear) });
  #loaded = latest(
    () => workspace.storage,
    () => workspace.withDb(listMeasureFacts),
  );
  // Facts read again after an edit or an import (a new load of the page supersedes them).
  #edited = $state<{ of: unknown; facts: MeasureFact[] } | null>(null);
  facts = $derived(
    (this.#edited && this.#edited.of === this.#loaded.value ? this.#edited.facts : null) ?? this.#loaded.value,
  );
  error = $derived(this.#loaded.error);
  cells = $derived(this.facts ? timelineCells(MEASURES, this.facts, this.currentYear) : null);
  summaries = $derived(this.cells ? yearSummaries(this.cells) : []);
  spec = $derived(this.cells ? timelineView(this.cells, MEASURES, { t: router.t, lang: router.lang }) : null);
  #rows = latest(
    () => (this.view === 'report' ? indicators.inputs : null),
    () => indicators.rows(indicators.entries().filter((e) => MOVED.some((m) => m.id === e.id))),
  );
  report = $derived(
    this.cells && this.#rows.value ? yearReport(this.year, this.cells, MEASURES, this.#rows.value, CATALOGUE) : null,
  );
  reportError = $derived(this.#rows.error);

  /** The fact entered for a measure in a year, if any. */
  factOf = (measure: number, year: number) => this.facts?.find((f) => f.measure === measure && f.year === year) ?? null;

  async #reread() {
    await workspace.save();
    const of = this.#loaded.value;
    this.#edited = { of, facts: await workspace.withDb(listMeasureFacts) };
  }

  /** Save a fact (replacing the one of its measure and year) and the workspace. */
  save = async (fact: MeasureFact) => {
    await workspace.withDb((db) => saveMeasureFacts(db, [fact]));
    await this.#reread();
  };

  /** Delete the fact of a measure in a year and save the workspace. */
  remove = async (measure: number, year: number) => {
    await workspace.withDb((db) => deleteMeasureFact(db, measure, year));
    await this.#reread();
  };

  /** Import a facts CSV: all its facts, or nothing and the problems. */
  importCsv = async (text: string, file: string) => {
    const result = await workspace.withDb((db) => importFactsCsv(db, text, file));
    if (result.saved) await this.#reread();
    return result;
  };

  /** Show the timeline or a year's report. */
  show = (view: 'timeline' | 'report', year = this.year) => router.setParams({ view, year: String(year) });
}
