import type { DistrictFeature } from '../charts/district-map';
import type { RegionFeature } from '../charts/map';
import type { Lang } from '../core/lang';
import type { Connector } from '../core/sql';
import type { District, Region } from '../data/reference';
import type { CodebookVariable, StudyDataset } from '../data/study';
import type { IndicatorRow } from '../indicators/rows';
import type { SaeRequest, SaeResult } from '../indicators/sae-run';
import type { BaseRules } from '../indicators/status';
import type { PlanInputs } from '../reports/plan-run';

/** A dataset as a notebook reads it: its table in the database, its design and its codebook. */
export interface EnvDataset {
  /** The table SQL cells and statistics read under the dataset's name (its name, unquoted). */
  table: string;
  dataset: StudyDataset;
  codebook: CodebookVariable[];
  /** What the user sees of it (the import's title, or the study dataset's). */
  title: string;
}

/**
 * What a notebook runs against; the app and the CLI each build one (the app from the workspace and its indicator
 * store, the CLI from a study folder on native DuckDB), and the runner is the same.
 */
export interface NotebookEnv {
  db: Connector;
  /** The reader's language: labels, number formats and messages (the notebook's prose stays in its own). */
  lang: Lang;
  /** The datasets by the name cells use (the study's dataset ids; an import given a role stands in for it). */
  datasets: Record<string, EnvDataset>;
  /** The catalogue's rows for entries by a breakdown (e.g. `['region', 'wave']`), as the indicator pages use. */
  indicators(ids: string[], by: string[]): Promise<IndicatorRow[]>;
  /** A district model (`runSae`) on the same datasets; without it `sae` cells fail as not available here. */
  sae?(req: SaeRequest): Promise<SaeResult>;
  /**
   * The planner's inputs (`planInputs`: every district's needs, hops to a centre over the districts' shared
   * boundaries); without it `plan` cells fail as not available here.
   */
  plan?(req: PlanRequest): Promise<PlanInputs>;
  rules: BaseRules;
  regions: Region[];
  districts: District[];
  /** The boundaries and tile-grid squares that map and tilegrid charts draw (without them they fail). */
  shapes?: RegionShapes;
}

/** What the planner's district models are fitted on: the wave and the covariates. */
export interface PlanRequest {
  wave: number;
  covariates: string[];
}

/**
 * The regions' boundaries (the reference topology) and their squares in the tile grid (`kz-tilegrid.csv`), and the
 * districts' boundaries when the environment has them (maps with `level=district`).
 */
export interface RegionShapes {
  features: RegionFeature[];
  tiles: { code: string; row: number; col: number }[];
  districts?: DistrictFeature[];
}

/** A loaded study's datasets, each read from the table named by its id, titled in `lang`. */
export function studyDatasets(
  loaded: { dataset: StudyDataset; codebook: CodebookVariable[] }[],
  lang: Lang,
): Record<string, EnvDataset> {
  return Object.fromEntries(
    loaded.map(({ dataset, codebook }) => [
      dataset.id,
      { table: dataset.id, dataset, codebook, title: dataset.title[lang] },
    ]),
  );
}

/**
 * The catalogue's rows computed once per set of entries and breakdowns (a notebook's cells and prose often ask for
 * one entry many times); a failed computation is not kept.
 */
export function cachedIndicators(indicators: NotebookEnv['indicators']): NotebookEnv['indicators'] {
  const seen = new Map<string, Promise<IndicatorRow[]>>();
  return (ids, by) => {
    const key = JSON.stringify([ids, by]);
    let rows = seen.get(key);
    if (!rows) {
      rows = indicators(ids, by);
      seen.set(key, rows);
      rows.catch(() => seen.delete(key));
    }
    return rows;
  };
}
