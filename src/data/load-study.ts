import type { Connector } from '../core/sql';
import { loadCsvText } from './load-csv';
import type { CodebookVariable, Study, StudyDataset } from './study';

/** A dataset of a study, loaded as a table named after its id. */
export interface LoadedDataset {
  dataset: StudyDataset;
  codebook: CodebookVariable[];
}

/**
 * Load the datasets of a study (all, or those `only` accepts) into the database; `readText` reads a file relative
 * to the study folder.
 */
export async function loadStudy(
  db: Connector,
  study: Study,
  readText: (file: string) => Promise<string>,
  only: (d: StudyDataset) => boolean = () => true,
): Promise<LoadedDataset[]> {
  const out: LoadedDataset[] = [];
  for (const dataset of study.datasets.filter(only)) {
    const [text, codebookText] = await Promise.all([readText(dataset.file), readText(dataset.codebook)]);
    const codebook = JSON.parse(codebookText) as CodebookVariable[];
    await loadCsvText(db, dataset.id, dataset.file, text, Object.fromEntries(codebook.map((v) => [v.name, v.type])));
    out.push({ dataset, codebook });
  }
  return out;
}
