import precomputed from '../../../data/demo/precomputed.json';
import type { Connector } from '../../core/sql';
import type { DatasetMeta } from '../../data/datasets';
import { DEMO, codebookOf } from '../../data/demo';
import type { StudyDataset } from '../../data/study';
import { CATALOGUE, HEADLINE } from '../../indicators/catalogue';
import type { Entry } from '../../indicators/catalogue/types';
import { withWeights } from '../../indicators/composite';
import { DEFAULT_RUBRIC } from '../../indicators/kpi/default-rubric';
import type { Rubric } from '../../indicators/kpi/rubric';
import { type Sources, prepareSources, withAllColumns } from '../../indicators/prepare';
import { inputsWithRoles } from '../../indicators/roles';
import type { IndicatorRow } from '../../indicators/rows';
import type { MonthPoint } from '../../indicators/monthly';
import { runIndicators } from '../../indicators/run';
import type { Sensitivity } from '../../indicators/sensitivity';
import type { SaeRequest, SaeResult } from '../../indicators/sae-run';
import type { PlanInputs } from '../../reports/plan-run';
import { type BaseRules, DEFAULT_RULES } from '../../indicators/status';
import type { AlphaResult } from '../../stats/alpha';
import { DISTRICTS, REGIONS } from '../reference';
import { type WorkspaceStore, workspace } from './workspace.svelte';

const RULES_KEY = 'civic-workbench.rules';
/** Entries × breakdowns kept: the catalogue by region and wave several times over. */
const MAX_RESULTS = 1000;

/** Small-base rules within sensible bounds; anything else falls back to the defaults. */
function sanitizeRules(r: Partial<BaseRules>): BaseRules {
  const ok = (v: unknown, lo: number, hi: number) => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
  return {
    minN: ok(r.minN, 0, 1e6) ? r.minN! : DEFAULT_RULES.minN,
    minNeff: ok(r.minNeff, 0, 1e6) ? r.minNeff! : DEFAULT_RULES.minNeff,
    maxRse: ok(r.maxRse, 0, 10) ? r.maxRse! : DEFAULT_RULES.maxRse,
    ...(ok(r.minCount, 1, 1000) ? { minCount: Math.round(r.minCount!) } : {}),
  };
}

function loadRules(): BaseRules {
  try {
    return sanitizeRules(JSON.parse(localStorage.getItem(RULES_KEY) ?? '{}'));
  } catch {
    return DEFAULT_RULES;
  }
}

/** The demo datasets the headline entries read: installed first, so the first results come before the rest. */
export const readFirst = (d: StudyDataset) => HEADLINE.some((e) => e.dataset === d.id);

/** Units a comparison map can show: today's regions, districts, or the region code at fieldwork. */
export type Level = 'region' | 'district' | 'pre2022';

/**
 * The strategy's indicators, computed once for what they depend on. Every page gets its rows here: the sources
 * are prepared one way (the demo's datasets, each replaced by an imported dataset given its role; the KPI rubric in
 * use), and each entry's rows by a breakdown are cached under a key of everything they depend on (the entry with
 * its weights, the breakdown, what its datasets were prepared from, the small-base rules).
 */
export class IndicatorStore {
  readonly #ws: WorkspaceStore = workspace;
  /** Bumped when the workspace's tables are put back (a reset): everything is computed again. */
  #generation = $state(0);
  /** Small-base rules (remembered in this browser). */
  rules = $state<BaseRules>(loadRules());
  /** The KPI rubric in use (the workspace's edited one, else the default). */
  rubric = $state<Rubric>(DEFAULT_RUBRIC);
  /** Weights a user gave composite indices, by entry id (the published ones otherwise). */
  weights = $state<Record<string, number[]>>({});
  /** Everything results depend on, in one string: a page that reads it asks again when any of it changes. */
  inputs = $derived(
    JSON.stringify([this.#generation, this.#ws.datasets.filter((d) => d.role), this.rubric, this.weights, this.rules]),
  );

  #prepared: { key: string; ids: string[]; sources: Promise<Sources> } | null = null;
  // A cache, not state: pages follow `inputs`, not this map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #results = new Map<string, Promise<IndicatorRow[]>>();

  /** Read the rubric and the weights a workspace holds. */
  async loadSettings(): Promise<void> {
    this.rubric = (await this.#ws.setting<Rubric | null>('rubric', null)) ?? DEFAULT_RUBRIC;
    this.weights = await this.#ws.setting<Record<string, number[]>>('weights', {});
  }

  /** Change the small-base rules; out-of-range values fall back to the defaults. */
  setRules(rules: BaseRules) {
    this.rules = sanitizeRules(rules);
    localStorage.setItem(RULES_KEY, JSON.stringify(this.rules));
  }

  /** Use and save an edited KPI rubric (null: back to the default). */
  async setRubric(rubric: Rubric | null) {
    this.rubric = rubric ?? DEFAULT_RUBRIC;
    await this.#ws.putSetting('rubric', rubric);
  }

  /** Use and save a user's weights for a composite (null: the published ones). */
  async setWeights(id: string, weights: number[] | null) {
    const next = { ...$state.snapshot(this.weights) };
    if (weights) next[id] = weights;
    else delete next[id];
    this.weights = next;
    await this.#ws.putSetting('weights', next);
  }

  /** The catalogue with the user's weights in its composites. */
  entries(): Entry[] {
    return withWeights(CATALOGUE, $state.snapshot(this.weights));
  }

  /**
   * The workspace's datasets prepared for the catalogue: those `need` accepts (with the centres, which others join),
   * else all; prepared again (only what changed) when an input changes, and added to as more are needed.
   */
  async #sources(need: (id: string) => boolean = () => true): Promise<Sources> {
    const ws = await this.#ws.opened();
    const imported = $state.snapshot(this.#ws.datasets.filter((d) => d.role)) as DatasetMeta[];
    const rubric = $state.snapshot(this.rubric) as Rubric;
    const key = JSON.stringify([ws.pending, imported, rubric]);
    const have = this.#prepared?.key === key ? this.#prepared.ids : [];
    const wanted = DEMO.datasets
      .filter((d) => (!ws.pending || ws.first(d)) && (d.id === 'centres' || need(d.id)))
      .map((d) => d.id);
    if (this.#prepared?.key !== key || wanted.some((id) => !have.includes(id))) {
      const ids = [...have, ...wanted.filter((id) => !have.includes(id))];
      const previous = this.#prepared?.sources.catch(() => undefined);
      const sources = (async () => {
        const inputs = await Promise.all(
          DEMO.datasets
            .filter((d) => ids.includes(d.id))
            .map(async (dataset) => ({ dataset, codebook: await codebookOf(dataset.id) })),
        );
        const ref = { regions: REGIONS, districts: DISTRICTS };
        return prepareSources(ws.db, inputsWithRoles(inputs, imported), ref, rubric, await previous);
      })();
      this.#prepared = { key, ids, sources };
    }
    return this.#prepared.sources;
  }

  /** The datasets an entry reads: its own, or its components' for a composite. */
  #reads(entry: Entry): (string | null | undefined)[] {
    return entry.formula.kind === 'composite'
      ? entry.formula.of.map((c) => CATALOGUE.find((e) => e.id === c.id)?.dataset)
      : [entry.dataset];
  }

  /** The key of an entry's rows: the entry itself, the breakdown, what its datasets were prepared from, the rules. */
  #key(entry: Entry, keys: string[], sources: Sources, anyColumn: boolean): string {
    const from = this.#reads(entry).map((d) => (d ? (sources.keys?.[d] ?? null) : null));
    return JSON.stringify([entry, keys, from, anyColumn, this.rules]);
  }

  /** Wait until the datasets an entry reads are in the workspace (the start-up installs the headline ones first). */
  async #loaded(entry: Entry): Promise<void> {
    const ws = await this.#ws.opened();
    const dataset = DEMO.datasets.find((d) => d.id === entry.dataset);
    if (ws.pending && !(dataset && ws.first(dataset))) await this.#ws.completed();
  }

  /**
   * Rows of entries by a breakdown (region × wave by default), each computed once for what it depends on. With
   * `anyColumn`, a user-built index may read any column of its dataset.
   */
  async rows(
    entries: Entry[],
    keys: string[] = ['region', 'wave'],
    { anyColumn = false } = {},
  ): Promise<IndicatorRow[]> {
    await Promise.all(entries.map((e) => this.#loaded(e)));
    await this.#ws.idle();
    const reads = entries.flatMap((e) => this.#reads(e));
    const all = await this.#sources((id) => reads.includes(id));
    const sources = anyColumn ? entries.reduce((s, e) => (e.dataset ? withAllColumns(s, e.dataset) : s), all) : all;
    const keyOf: Record<string, string> = Object.fromEntries(
      entries.map((e) => [e.id, this.#key(e, keys, sources, anyColumn)]),
    );
    const missing = entries.filter((e) => !this.#results.has(keyOf[e.id]));
    if (missing.length) {
      const catalogue = [...this.entries(), ...missing.filter((e) => !CATALOGUE.some((c) => c.id === e.id))];
      const known = catalogue.map((e) => missing.find((m) => m.id === e.id) ?? e);
      const rules = $state.snapshot(this.rules) as BaseRules;
      const run = this.#ws.withDb((db) =>
        runIndicators(
          db,
          { ...sources, rules },
          keys,
          missing.map((e) => e.id),
          known,
        ),
      );
      for (const e of missing)
        this.#remember(
          keyOf[e.id],
          run.then((rows) => rows.filter((r) => r.indicator_id === e.id)),
        );
      run.catch(() => missing.forEach((e) => this.#results.delete(keyOf[e.id])));
    }
    return (await Promise.all(entries.map((e) => this.#results.get(keyOf[e.id])!))).flat();
  }

  /** Keep a result; the oldest go once there are many (results of earlier rubrics, weights or rules). */
  #remember(key: string, rows: Promise<IndicatorRow[]>) {
    this.#results.set(key, rows);
    if (this.#results.size > MAX_RESULTS) this.#results.delete(this.#results.keys().next().value!);
  }

  /** The whole catalogue by region and wave, once the workspace is complete. */
  async catalogue(): Promise<IndicatorRow[]> {
    await this.#ws.completed();
    return this.rows(this.entries());
  }

  /** One entry's rows on a comparison page: by region × wave, by region × wave × a breakdown, or on other units. */
  entryRows(entry: Entry, by: string | null, level: Level = 'region'): Promise<IndicatorRow[]> {
    const weighted = this.entries().find((e) => e.id === entry.id) ?? entry;
    if (level === 'district') return this.rows([weighted], ['district', 'wave']);
    if (level === 'pre2022') return this.rows([weighted], ['region_source', 'wave']);
    return this.rows([weighted], by ? ['region', 'wave', by] : ['region', 'wave']);
  }

  /**
   * Rows a page can draw before the database is ready: the precomputed demo results of a headline entry, as long
   * as no imported dataset stands in for the demo's (null otherwise).
   */
  instant(entry: Entry): IndicatorRow[] | null {
    if (!entry.headline || this.#ws.datasets.some((d) => d.role)) return null;
    return (precomputed as IndicatorRow[]).filter((r) => r.indicator_id === entry.id);
  }

  /** Forget every prepared dataset and result (the demo's tables were put back). */
  forget() {
    this.#prepared = null;
    this.#results.clear();
    this.#generation++;
  }

  // The analyses below import their modules on first use, which keeps them out of the JS the start-up loads.

  /** Cronbach's alpha of each social-capital sub-index in one wave of the population survey. */
  async sciAlphas(wave: number): Promise<Record<string, AlphaResult>> {
    await this.#ws.completed();
    const s = await this.#sources((id) => id === 'population');
    const { subIndexAlphas } = await import('../../indicators/social-capital');
    return this.#ws.withDb((db) => subIndexAlphas(db, s.datasets.population, wave));
  }

  /**
   * How a composite's regional ranking holds in one wave under other weightings and a user's `weights`, each
   * region's value with its design-based interval (respondents recombined; `rows` give the components' values).
   */
  async sensitivity(
    entry: Entry,
    wave: number,
    weights: number[] | null,
    rows: IndicatorRow[],
  ): Promise<Sensitivity | null> {
    await this.#ws.completed();
    const s = await this.#sources();
    const entries = this.entries();
    const { rankingSensitivity } = await import('../../indicators/sensitivity-run');
    return this.#ws.withDb((db) => rankingSensitivity(db, entry, entries, s, rows, wave, weights));
  }

  /** A district model (Fay–Herriot) of a survey entry in one wave, on the workspace's datasets. */
  async sae(req: SaeRequest): Promise<SaeResult> {
    const { runSae } = await import('../../indicators/sae-run');
    return this.#withSources((db, s) => runSae(db, s, req, this.entries()));
  }

  /** Run `fn` on the database and the complete workspace's prepared datasets, under the current small-base rules. */
  async #withSources<T>(fn: (db: Connector, sources: Sources) => Promise<T>): Promise<T> {
    await this.#ws.completed();
    const s = { ...(await this.#sources()), rules: $state.snapshot(this.rules) as BaseRules };
    return this.#ws.withDb((db) => fn(db, s));
  }

  /** Run `fn` on the workspace's database with each dataset's prepared table, by dataset id (the Atameken map). */
  onTables<T>(fn: (db: Connector, tables: Record<string, string>) => Promise<T>): Promise<T> {
    return this.#withSources((db, s) =>
      fn(db, Object.fromEntries(Object.entries(s.datasets).map(([id, p]) => [id, p.table]))),
    );
  }

  /** The monthly series of a dated entry, nationally (privacy-ruled months withheld under the current rules). */
  async monthly(id: string): Promise<MonthPoint[]> {
    const { monthlySeries } = await import('../../indicators/monthly');
    return this.#withSources((db, s) => monthlySeries(db, s, id, { entries: this.entries() }));
  }

  /** Every district's needs for "where next?": population, model-based survey measures, hops to a centre. */
  async plan(wave: number, covariates: string[], neighbours: Map<string, string[]>): Promise<PlanInputs> {
    const { planInputs } = await import('../../reports/plan-run');
    return this.#withSources((db, s) => planInputs(db, s, { wave, covariates, neighbours }));
  }
}

/** The app's indicators. */
export const indicators = new IndicatorStore();
