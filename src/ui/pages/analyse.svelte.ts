import { quoteIdent } from '../../core/sql';
import { asStudyDataset } from '../../data/datasets';
import { DEMO, codebookOf } from '../../data/demo';
import { type Percent, analysisVariables } from '../../reports/analyse';
import { analyseDefaults } from '../../reports/analyse-defaults';
import { numericVariables } from '../../reports/analyse-means';
import { responseSets } from '../../reports/analyse-mr';
import { type AnalyseView, MODES, type Mode, exportRecords, runAnalysis } from '../../reports/analyse-run';
import { checkDesign } from '../../stats/design-check';
import { testSentence } from '../../views/analyse-sentence';
import { placeName } from '../reference';
import { indicators } from '../stores/indicators.svelte';
import { latest } from '../stores/latest.svelte';
import { router } from '../stores/router.svelte';
import { workspace } from '../stores/workspace.svelte';

const PERCENTS = ['row', 'col', 'cell'] as const;

/** A name from a list, else the default. */
const pick = (list: { name: string }[], name: string | undefined, fallback: string) =>
  list.find((v) => v.name === name)?.name ?? fallback;

/**
 * The Analyse page (`#/analyse`): the dataset, wave, mode and questions in the URL, the design check
 * and the result.
 */
export class AnalyseState {
  #p = $derived(router.view.params);
  surveys = $derived([...DEMO.datasets.filter((d) => d.kind === 'survey'), ...workspace.datasets.map(asStudyDataset)]);
  /** The imported dataset chosen (undefined for a demo dataset). */
  imported = $derived(workspace.datasets.find((d) => d.id === this.#p.dataset));
  ds = $derived(this.surveys.find((d) => d.id === this.#p.dataset) ?? this.surveys[0]);
  wave = $derived.by(() => {
    const { waves } = this.ds;
    if (!waves.length) return null;
    return waves.includes(Number(this.#p.wave)) && this.#p.wave ? Number(this.#p.wave) : waves[waves.length - 1];
  });
  #codebook = latest(
    () => [this.ds.id, this.imported?.codebook] as const,
    async ([id, own]) => own ?? (await codebookOf(id)),
  );
  codebook = $derived(this.#codebook.value ?? []);
  mode = $derived<Mode>((MODES as readonly string[]).includes(this.#p.mode) ? (this.#p.mode as Mode) : 'crosstab');
  #waveDomain = $derived.by(() => {
    const waveVar = this.codebook.find((v) => v.role === 'wave');
    return waveVar && this.wave !== null && this.mode !== 'change' ? `"${waveVar.name}" = ${this.wave}` : undefined;
  });
  /** The design in plain words for the chosen wave (or why it cannot be used). */
  check = latest(
    () => (workspace.complete ? ([this.ds, this.#waveDomain] as const) : null),
    ([dataset, domain]) => workspace.withDb((db) => checkDesign(db, quoteIdent(dataset.id), dataset.design, domain)),
  );
  variables = $derived(analysisVariables(this.codebook, { unlabelled: !!this.imported, design: this.ds.design }));
  numeric = $derived(numericVariables(this.codebook, this.ds.design));
  /** What is shown when the URL names nothing: from the codebook's roles, never an id, weight or design column. */
  defaults = $derived(analyseDefaults(this.variables, this.numeric, this.ds.design));
  sets = $derived(responseSets(this.codebook, router.lang));
  /** Groups (crosstab rows, means) are a breakdown, so a row % reads as the question's answers in each group. */
  #byGroups = $derived(this.mode === 'crosstab' || this.mode === 'means');
  rows = $derived(
    pick(this.variables, this.#p.rows, this.#byGroups ? this.defaults.breakdown : this.defaults.question),
  );
  cols = $derived(
    this.#p.cols === '' && this.mode === 'mr'
      ? ''
      : pick(this.variables, this.#p.cols, this.mode === 'mr' ? this.defaults.breakdown : this.defaults.question),
  );
  y = $derived(pick(this.numeric, this.#p.y, this.defaults.y));
  set = $derived(this.sets.find((s) => s.id === this.#p.set)?.id ?? this.sets[0]?.id ?? '');
  percent = $derived<Percent>(PERCENTS.find((k) => k === this.#p.pct) ?? 'row');
  setLabel = $derived(this.sets.find((s) => s.id === this.set)?.label ?? this.set);
  /** The analysis asked for, computed on the dataset's design. */
  result = latest(
    () => {
      if (!workspace.complete || !this.codebook.length || !this.rows) return null;
      const params = {
        mode: this.mode,
        rows: this.rows,
        cols: this.cols,
        y: this.y,
        set: this.set,
        pct: this.percent,
        wave: this.wave,
      };
      const place = (code: string) => placeName(code, router.lang);
      const ctx = { lang: router.lang, place, totalLabel: router.t('analyse.total'), rules: indicators.rules };
      return [this.ds, this.codebook, params, ctx] as const;
    },
    ([dataset, codebook, params, ctx]) => workspace.withDb((db) => runAnalysis(db, dataset, codebook, params, ctx)),
  );
  fileBase = $derived.by(() => {
    const { ds, wave, mode, y, set, rows, cols } = this;
    const what = mode === 'means' ? y : mode === 'mr' ? set : rows;
    const byCols = cols && mode !== 'freq' && mode !== 'means' ? `-by-${cols}` : '';
    return `${ds.id}-${wave ?? 'all'}-${mode}-${what}${byCols}`;
  });

  /** A variable's label in the UI language (its name when it has none). */
  labelOf = (name: string | undefined) => this.codebook.find((v) => v.name === name)?.label[router.lang] ?? name ?? '';

  /** The result as export records, with the questions' labels. */
  records = () => {
    const view = this.result.value;
    if (!view) return [];
    return exportRecords(view, {
      rows: this.labelOf(this.rows),
      cols: this.mode === 'freq' ? '' : this.labelOf(this.cols),
      y: this.labelOf(this.y),
    });
  };

  /** The test of the result in a sentence (crosstab: Rao–Scott; means: the Wald test), or ''. */
  sentence(v: AnalyseView): string {
    const labels = { rows: this.labelOf(this.rows), cols: this.labelOf(this.cols), y: this.labelOf(this.y) };
    return testSentence(v, this.mode, labels, router.t, router.lang);
  }
}
