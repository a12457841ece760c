import precomputed from '../../data/demo/precomputed.json';
import districtsCsv from '../../data/reference/districts.csv?raw';
import regionsCsv from '../../data/reference/regions.csv?raw';
import topo from '../../data/reference/kz-regions.topo.json';
import { regionFeatures } from '../charts/geo';
import { parseDistricts, parseRegions } from '../data/reference';
import type { Connector } from '../core/sql';
import { type DatasetMeta, listDatasets, saveMeta } from '../data/datasets';
import type { IndicatorRow } from '../indicators/rows';
import type { ReportResult } from '../reports/run-report';
import { type Lang, isLang } from '../core/lang';
import { translator } from '../i18n/t';
import { type View, buildHash, parseHash, withDefaults } from './url';
import { HEADLINE } from '../indicators/catalogue';
import { type BaseRules, DEFAULT_RULES } from '../indicators/status';
import { DEMO, type StorageKind, type Workspace, codebookOf, completeDemo, computeIndicators, computeNeedsReport, openWorkspace, persist, prepareSources, resetDemo } from './workspace';
import type { Entry } from '../indicators/catalogue/types';
import { type Sources, withAllColumns } from '../indicators/prepare';
import { runIndicators } from '../indicators/run';
import { readSetting, writeAllSettings, writeSetting } from '../data/settings';
import { subIndexAlphas } from '../indicators/social-capital';
import { withWeights } from '../indicators/composite';
import { CATALOGUE } from '../indicators/catalogue';
import type { AlphaResult } from '../stats/alpha';
import { DEFAULT_RUBRIC } from '../indicators/kpi/default-rubric';
import type { Rubric } from '../indicators/kpi/rubric';

const LANG_KEY = 'civic-workbench.lang';
export const REGIONS = parseRegions(regionsCsv);
export const DISTRICTS = parseDistricts(districtsCsv);
export const FEATURES = regionFeatures(topo);
const WAVES = DEMO.datasets[0].waves;
const DEFAULTS = {
  regions: { indicator: HEADLINE[0].id, wave: String(WAVES[WAVES.length - 1]) },
  waves: { indicator: HEADLINE[0].id, wave: String(WAVES[WAVES.length - 1]), compare: String(WAVES[WAVES.length - 2]) },
  analyse: { dataset: 'population', wave: String(WAVES[WAVES.length - 1]), rows: 'settlement', cols: 'trust_gen', pct: 'row' },
};

const RULES_KEY = 'civic-workbench.rules';

function sanitizeRules(r: Partial<BaseRules>): BaseRules {
  const ok = (v: unknown, lo: number, hi: number) => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
  return {
    minN: ok(r.minN, 0, 1e6) ? r.minN! : DEFAULT_RULES.minN,
    minNeff: ok(r.minNeff, 0, 1e6) ? r.minNeff! : DEFAULT_RULES.minNeff,
    maxRse: ok(r.maxRse, 0, 10) ? r.maxRse! : DEFAULT_RULES.maxRse,
  };
}

function loadRules(): BaseRules {
  try { return sanitizeRules(JSON.parse(localStorage.getItem(RULES_KEY) ?? '{}')); } catch { return DEFAULT_RULES; }
}

function initialLang(view: View): Lang {
  if (isLang(view.params.lang)) return view.params.lang;
  const saved = localStorage.getItem(LANG_KEY);
  return isLang(saved) ? saved : 'ru';
}

/** The app's reactive state: the view (mirrored in the URL), the language, the results and the database. */
export class AppState {
  view = $state<View>(parseHash(location.hash));
  lang = $state<Lang>('ru');
  results = $state<IndicatorRow[]>(precomputed as IndicatorRow[]);
  db = $state<'starting' | 'ready' | 'error'>('starting');
  dbError = $state('');
  storage = $state<StorageKind | null>(null);
  otherTab = $state(false);
  restored = $state(false);
  /** Every table of the workspace is loaded (pages other than the region comparison wait for this). */
  complete = $state(false);
  t = $derived(translator(this.lang));
  /** Small-base rules of the Analyse page (remembered in this browser). */
  rules = $state<BaseRules>(loadRules());
  /** Datasets the user imported (the Data page, Analyse). */
  datasets = $state<DatasetMeta[]>([]);
  #ws: Workspace | null = null;
  /** The KPI rubric in use (the workspace's edited one, else the default). */
  rubric = $state<Rubric>(DEFAULT_RUBRIC);
  /** Weights a user gave composite indices, by entry id (the published ones otherwise). */
  weights = $state<Record<string, number[]>>({});
  #full: Promise<Sources> | null = null;
  #catalogue: Promise<IndicatorRow[]> | null = null;
  /** Bumped whenever what the catalogue computes from changes (rubric, weights, roles, rules, a reset): pages re-read. */
  catalogueVersion = $state(0);

  constructor() {
    this.lang = initialLang(this.view);
    this.#write(withDefaults({ ...this.view, params: { ...this.view.params, lang: this.lang } }, DEFAULTS), true);
    window.addEventListener('hashchange', () => {
      this.view = withDefaults(parseHash(location.hash), DEFAULTS);
      if (isLang(this.view.params.lang)) this.#setLang(this.view.params.lang);
    });
  }

  #write(view: View, replace = false) {
    this.view = view;
    const hash = buildHash(view);
    if (replace) history.replaceState(null, '', hash);
    else if (location.hash !== hash) location.hash = hash;
  }

  #setLang(lang: Lang) {
    this.lang = lang;
    localStorage.setItem(LANG_KEY, lang);
    document.documentElement.lang = lang;
  }

  /** Change view parameters; the URL follows. */
  setParams(params: Record<string, string>) {
    this.#write({ ...this.view, params: { ...this.view.params, ...params } });
  }

  /** Change the small-base rules; out-of-range values fall back to the defaults. */
  setRules(rules: BaseRules) {
    this.rules = sanitizeRules(rules);
    localStorage.setItem(RULES_KEY, JSON.stringify(this.rules));
    this.#invalidate(false);
  }

  /** Switch the UI language (remembered, and kept in the URL). */
  setLang(lang: Lang) {
    this.#setLang(lang);
    this.setParams({ lang });
  }

  /** Start DuckDB, load the workspace and recompute the indicators live. */
  async start() {
    try {
      this.#ws = await openWorkspace(new URLSearchParams(location.search).get('storage'));
      performance.mark('workspace-open');
      this.storage = this.#ws.storage;
      this.otherTab = this.#ws.otherTab;
      this.restored = this.#ws.restored;
      await this.#loadSettings(this.#ws);
      await this.#recompute();
    } catch (e) {
      this.dbError = e instanceof Error ? e.message.split('\n')[0] : String(e);
      this.db = 'error';
    }
  }

  /** The needs-assessment report, computed in the workspace in the current language. */
  needsReport(lang: Lang): Promise<ReportResult[]> {
    return this.#withWorkspace((ws) => computeNeedsReport(ws, lang));
  }

  /** Run a query function on the workspace once it is open. */
  withDb<T>(fn: (db: Connector) => Promise<T>): Promise<T> {
    return this.#withWorkspace((ws) => fn(ws.db));
  }

  #withWorkspace<T>(fn: (ws: Workspace) => Promise<T>): Promise<T> {
    return this.#ws ? fn(this.#ws) : Promise.reject(new Error('the database is not ready'));
  }

  /** Every loaded dataset prepared for the catalogue (once the demo is complete; kept until a reset). */
  #sources(): Promise<Sources> {
    const imported = $state.snapshot(this.datasets) as DatasetMeta[];
    this.#full ??= this.#withWorkspace((ws) => prepareSources(ws, { regions: REGIONS, districts: DISTRICTS }, $state.snapshot(this.rubric) as Rubric, imported));
    return this.#full;
  }

  /** The whole catalogue by region and wave, computed once. */
  catalogue(): Promise<IndicatorRow[]> {
    const entries = withWeights(CATALOGUE, $state.snapshot(this.weights));
    this.#catalogue ??= this.#sources().then((s) => this.withDb((db) => runIndicators(db, { ...s, rules: this.rules }, ['region', 'wave'], undefined, entries)));
    return this.#catalogue;
  }

  /**
   * Run entries (a catalogue entry by another breakdown, or a user-built index, which may read any column of its
   * dataset), by region and wave by default.
   */
  async runEntries(entries: Entry[], by: string[] = ['region', 'wave'], anyColumn = false): Promise<IndicatorRow[]> {
    const all = await this.#sources();
    const s = anyColumn ? entries.reduce((acc, e) => (e.dataset ? withAllColumns(acc, e.dataset) : acc), all) : all;
    return this.withDb((db) => runIndicators(db, { ...s, rules: this.rules }, by, undefined, entries));
  }

  #entryRows = new Map<string, Promise<IndicatorRow[]>>();

  /**
   * Rows of one entry by region × wave (the catalogue's), by region × wave × a breakdown, by district × wave or by
   * the region code at fieldwork × wave
   * (computed on demand and kept until what the catalogue computes from changes).
   */
  entryRows(entry: Entry, by: string | null = null, level: 'region' | 'district' | 'pre2022' = 'region'): Promise<IndicatorRow[]> {
    if (!by && level === 'region') return this.catalogue().then((rows) => rows.filter((r) => r.indicator_id === entry.id));
    const keys = level === 'district' ? ['district', 'wave'] : level === 'pre2022' ? ['region_source', 'wave'] : ['region', 'wave', by!];
    const key = `${this.catalogueVersion}|${entry.id}|${keys.join(',')}`;
    if (!this.#entryRows.has(key)) this.#entryRows.set(key, this.runEntries([entry], keys));
    return this.#entryRows.get(key)!;
  }

  /** Give an imported dataset a role in the strategy indicators (null: none); the catalogue is recomputed. */
  async setRole(meta: DatasetMeta, role: string | null) {
    await this.withDb((db) => saveMeta(db, { ...($state.snapshot(meta) as DatasetMeta), role }));
    await this.save();
    await this.refreshDatasets();
  }

  /** Forget computed results (and the prepared datasets too, unless only weights or rules changed). */
  #invalidate(prepared = true) {
    if (prepared) this.#full = null;
    this.#catalogue = null;
    this.#entryRows.clear();
    this.catalogueVersion++;
  }

  /** Use and save an edited KPI rubric (null: back to the default); the catalogue is recomputed on next use. */
  async setRubric(rubric: Rubric | null) {
    this.rubric = rubric ?? DEFAULT_RUBRIC;
    this.#invalidate();
    await this.putSetting('rubric', rubric);
  }

  /** Use and save a user's weights for a composite (null: the published ones); the catalogue is recomputed. */
  async setWeights(id: string, weights: number[] | null) {
    const next = { ...$state.snapshot(this.weights) };
    if (weights) next[id] = weights;
    else delete next[id];
    this.weights = next;
    this.#invalidate(false);
    await this.putSetting('weights', next);
  }

  /** Put back the settings a workspace file carried (targets, indices, rubric, weights) and use them. */
  async restoreSettings(settings: Record<string, unknown>) {
    await this.withDb((db) => writeAllSettings(db, settings));
    await this.#withWorkspace((ws) => this.#loadSettings(ws));
    this.#invalidate();
  }

  async #loadSettings(ws: Workspace) {
    this.rubric = (await readSetting<Rubric | null>(ws.db, 'rubric', null)) ?? DEFAULT_RUBRIC;
    this.weights = await readSetting<Record<string, number[]>>(ws.db, 'weights', {});
  }

  /** Cronbach's alpha of each social-capital sub-index in one wave of the population survey. */
  async sciAlphas(wave: number): Promise<Record<string, AlphaResult>> {
    const s = await this.#sources();
    return this.withDb((db) => subIndexAlphas(db, s.datasets.population, wave));
  }

  /** A workspace setting (targets, user-built indices). */
  setting<T>(key: string, fallback: T): Promise<T> {
    return this.withDb((db) => readSetting(db, key, fallback));
  }

  /** Write a workspace setting and save the workspace. */
  async putSetting(key: string, value: unknown): Promise<void> {
    await this.withDb((db) => writeSetting(db, key, value));
    await this.save();
  }

  /** Re-read the list of imported datasets. */
  async refreshDatasets() {
    const roles = (ds: DatasetMeta[]) => JSON.stringify(ds.filter((d) => d.role).map((d) => [d.id, d.role]));
    const before = roles(this.datasets);
    this.datasets = await this.withDb(listDatasets);
    if (roles(this.datasets) !== before) this.#invalidate();
  }

  /** Save the workspace where it lives (after an import, an edit or a deletion). */
  save(): Promise<void> {
    return this.#withWorkspace((ws) => persist(ws));
  }

  /** Put the shipped demo study back. */
  async reset() {
    if (!this.#ws) return;
    this.db = 'starting';
    this.complete = false;
    this.#invalidate();
    await resetDemo(this.#ws);
    await this.#recompute();
  }

  /** Recompute live: the indicator on screen first (then the app is interactive), the others after it. */
  async #recompute() {
    const ws = this.#ws!;
    const sources = await prepareSources(ws, { regions: REGIONS, districts: DISTRICTS });
    performance.mark('sources-prepared');
    const first = this.view.params.indicator ?? HEADLINE[0].id;
    const mine = await computeIndicators(ws, sources, [first]);
    this.results = [...this.results.filter((r) => r.indicator_id !== first), ...mine];
    this.db = 'ready';
    performance.mark('first-live-result');
    await completeDemo(ws);
    await this.refreshDatasets();
    this.complete = true;
    if (ws.dirty) await persist(ws);
    const others = await computeIndicators(ws, sources, HEADLINE.map((i) => i.id).filter((id) => id !== first));
    this.results = [...mine, ...others];
    performance.mark('all-live-results');
  }
}

export { DEMO, codebookOf };
