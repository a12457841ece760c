import type { Design } from '../core/design';
import type { Localized } from '../core/lang';

/** One variable of a dataset's codebook. */
export interface CodebookVariable {
  name: string;
  label: Localized;
  level: 'id' | 'nominal' | 'ordinal' | 'scale';
  /** Storage type (DuckDB name); when a codebook gives every column one, files load without type sniffing. */
  type?: string;
  role?: string;
  values?: Record<string, Localized>;
  user_missing?: number[];
  group?: string;
  /** The option's own text when the variable is one option of a multiple-response set (`group`). */
  option?: Localized;
  construct?: string;
  /** Reverse-coded item: a higher code means less of the construct. */
  reverse?: boolean;
  /** Waves in which the question was asked; absent means every wave. */
  waves?: number[];
  /** The question's wording or scale changed between waves: trends carry a comparability warning. */
  changed?: boolean;
}

/** A dataset of a study: a file, its design and its codebook. */
export interface StudyDataset {
  id: string;
  kind: 'survey' | 'registry';
  title: Localized;
  /** A CSV file, a Parquet file, or a folder of Parquet files (hive-partitioned when `partition_by` is given). */
  file: string;
  /** How `file` is stored (default: parquet for a `.parquet` name, otherwise csv). */
  format?: 'csv' | 'parquet';
  /** The hive partition keys of a Parquet folder, outermost first (`wave=2025/region=KZ-75/…`). */
  partition_by?: string[];
  codebook: string;
  design: Design;
  waves: number[];
  region_coding: string;
  frame?: Record<string, unknown>;
}

/** The manifest of a study folder (`study.json`); its schema is `data/study.schema.json`. */
export interface Study {
  id: string;
  title: Localized;
  synthetic: boolean;
  description: Localized;
  source: Localized;
  generator?: { script: string; seed: string };
  datasets: StudyDataset[];
}

/** Waves asked per variable, from a codebook. */
export function askedWaves(codebook: CodebookVariable[]): Record<string, number[] | undefined> {
  return Object.fromEntries(codebook.map((v) => [v.name, v.waves]));
}

/** How a study dataset is stored: its `format`, or what its file name says. */
export const formatOf = (d: Pick<StudyDataset, 'file' | 'format'>): 'csv' | 'parquet' =>
  d.format ?? (/\.parquet$/i.test(d.file) ? 'parquet' : 'csv');
