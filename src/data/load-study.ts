import type { Connector } from '../core/sql';
import { DataError } from './errors';
import { loadCsvText } from './load-csv';
import { type CodebookVariable, type Study, type StudyDataset, formatOf } from './study';

/** A dataset of a study, loaded as a table (or, from Parquet, a view) named after its id. */
export interface LoadedDataset {
  dataset: StudyDataset;
  codebook: CodebookVariable[];
}

/** Makes a Parquet dataset available under its id (the CLI's native engine reads the files where they are). */
export type ParquetLoader = (db: Connector, dataset: StudyDataset, codebook: CodebookVariable[]) => Promise<void>;

/**
 * Load the datasets of a study (all, or those `only` accepts) into the database; `readText` reads a file relative
 * to the study folder. CSV files are loaded into tables; Parquet datasets need `parquet`, or fail naming the file.
 */
export async function loadStudy(
  db: Connector,
  study: Study,
  readText: (file: string) => Promise<string>,
  only: (d: StudyDataset) => boolean = () => true,
  parquet?: ParquetLoader,
): Promise<LoadedDataset[]> {
  const out: LoadedDataset[] = [];
  for (const dataset of study.datasets.filter(only)) {
    const codebook = JSON.parse(await readText(dataset.codebook)) as CodebookVariable[];
    if (formatOf(dataset) === 'parquet') {
      if (!parquet) {
        const detail = `dataset "${dataset.id}" is Parquet: run it with the command-line tool on native DuckDB`;
        throw new DataError({ code: 'unsupported_format', file: dataset.file, detail });
      }
      await parquet(db, dataset, codebook);
    } else {
      const text = await readText(dataset.file);
      const types = Object.fromEntries(codebook.map((v) => [v.name, v.type]));
      await loadCsvText(db, dataset.id, dataset.file, text, types);
    }
    out.push({ dataset, codebook });
  }
  return out;
}
