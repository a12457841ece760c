import type { DatasetMeta } from '../../data/datasets';
import { fileHeader } from '../../data/mapping/apply';
import { suggestMapping } from '../../data/mapping/heuristic';
import type { MappingChoice } from '../../data/mapping/memory';
import { type PlaceMatches, districtKey } from '../../data/mapping/places';
import type { ExpectedColumn } from '../../data/mapping/shape';
import type { T } from '../../i18n/t';
import { problemText } from '../data-actions';
import { expectedOf, mapDataset, placesReport, rememberedFor } from './mapping-run';

/** Where the columns shown come from: the mapping applied, one remembered for the header, or a guess by names. */
export type MappingOrigin = 'applied' | 'memory' | 'guess';

/** The state of the column mapping panel of one dataset given one role. */
export class MappingState {
  expected = $state<ExpectedColumn[]>([]);
  columns = $state<Record<string, string | null>>({});
  regions = $state<Record<string, string | null>>({});
  districts = $state<Record<string, string | null>>({});
  origin = $state<MappingOrigin>('guess');
  remembered = $state('');
  places = $state<PlaceMatches | null>(null);
  busy = $state(false);
  /** After applying: the outcome, and what was left unmatched (one line per column). */
  message = $state<{ ok: boolean; lines: string[] } | null>(null);
  readonly header: string[];
  readonly #meta: () => DatasetMeta;
  readonly #role: string;

  missing = $derived(this.expected.filter((e) => e.required && !this.columns[e.name]));

  constructor(meta: () => DatasetMeta, role: string) {
    this.#meta = meta;
    this.#role = role;
    this.header = fileHeader(meta());
  }

  /** Load the expected columns, then pre-fill: the mapping applied, else the remembered one, else a guess. */
  async load() {
    const meta = this.#meta();
    this.expected = await expectedOf(this.#role);
    const applied = meta.mapping?.role === this.#role ? meta.mapping.choice : null;
    const found = applied ? null : await rememberedFor(meta, this.#role);
    const guess = suggestMapping(
      this.expected.map((e) => e.name),
      this.header,
    );
    const choice = applied ?? found;
    this.origin = applied ? 'applied' : found ? 'memory' : 'guess';
    this.remembered = found?.saved ?? '';
    this.columns = { ...guess, ...(choice?.columns ?? {}) };
    this.regions = { ...(choice?.regions ?? {}) };
    this.districts = { ...(choice?.districts ?? {}) };
  }

  /** Choose a reference code by hand for a region value or a (region, district value) pair. */
  choose(kind: 'region' | 'district', value: string, code: string | null, region: string | null = null) {
    if (kind === 'region') this.regions = { ...this.regions, [value]: code };
    else this.districts = { ...this.districts, [districtKey(region, value)]: code };
  }

  /** Apply the mapping (a DataError leaves the dataset as it was and is shown). */
  async apply(t: T) {
    this.busy = true;
    const choice: MappingChoice = $state.snapshot({
      columns: this.columns,
      regions: this.regions,
      districts: this.districts,
    });
    const meta = $state.snapshot(this.#meta()) as DatasetMeta;
    try {
      const { meta: next, places } = await mapDataset(meta, this.#role, choice);
      this.places = places;
      this.origin = 'applied';
      const n = next.mapping?.added.length ?? 0;
      this.message = { ok: true, lines: [t('colmap.applied', { n }), ...placesReport(t, meta.file, places)] };
    } catch (e) {
      this.message = { ok: false, lines: [problemText(t, e)] };
    } finally {
      this.busy = false;
    }
  }
}
