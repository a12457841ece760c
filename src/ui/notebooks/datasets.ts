import type { Lang } from '../../core/lang';
import type { DatasetMeta } from '../../data/datasets';
import type { EnvDataset } from '../../notebooks/env';
import type { LoadedInput } from '../../indicators/prepare';
import { inputsWithRoles } from '../../indicators/roles';
/**
 * The datasets a notebook reads, by the study's dataset ids: each the demo's table, or the import given its role
 * (as the indicator store prepares them), with its codebook and the title the user knows it by.
 */
export function envDatasets(study: LoadedInput[], imported: DatasetMeta[], lang: Lang): Record<string, EnvDataset> {
  const out: Record<string, EnvDataset> = {};
  for (const input of inputsWithRoles(study, imported)) {
    const { dataset, codebook, source } = input;
    const title = source?.title ?? dataset.title[lang];
    out[dataset.id] = { table: input.table ?? dataset.id, dataset, codebook, title };
  }
  return out;
}
