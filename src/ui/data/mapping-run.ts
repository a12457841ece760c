import crosswalkCsv from '../../../data/reference/regions-crosswalk-2022.csv?raw';
import type { DatasetMeta } from '../../data/datasets';
import { codebookOf } from '../../data/demo';
import { applyMapping, fileHeader } from '../../data/mapping/apply';
import {
  MAPPINGS_SETTING,
  type MappingChoice,
  type MappingMemory,
  type RememberedMapping,
  headerSignature,
  recall,
  remember,
} from '../../data/mapping/memory';
import type { PlaceMatches, PlaceRef } from '../../data/mapping/places';
import type { ExpectedColumn } from '../../data/mapping/shape';
import { pre2022Codes } from '../../data/region-match';
import { type T, textOr } from '../../i18n/t';
import { importShape, isMappedRole } from '../../indicators/import-shape';
import { DISTRICTS, REGIONS } from '../reference';
import { workspace } from '../stores/workspace.svelte';
import { problemText } from '../data-actions';

const REF: PlaceRef = { regions: REGIONS, districts: DISTRICTS, pre2022: pre2022Codes(crosswalkCsv) };

/** The columns a role expects, from the demo study's codebook of that dataset. */
export async function expectedOf(role: string): Promise<ExpectedColumn[]> {
  return importShape(role, await codebookOf(role));
}

/** The mappings remembered in the workspace. */
export const mappingMemory = () => workspace.setting<MappingMemory>(MAPPINGS_SETTING, {});

/** The mapping remembered for this dataset's header (for the role given, or any role). */
export async function rememberedFor(meta: DatasetMeta, role?: string): Promise<RememberedMapping | null> {
  return recall(await mappingMemory(), headerSignature(fileHeader(meta)), role);
}

/**
 * Apply a mapping to an imported dataset (giving it the role), remember it for files of the same header, and save
 * the workspace. A value that does not convert throws a DataError and leaves the workspace as it was.
 */
export async function mapDataset(meta: DatasetMeta, role: string, choice: MappingChoice) {
  const expected = await expectedOf(role);
  const result = await workspace.withDb((db) => applyMapping(db, meta, { role, expected, choice, ref: REF }));
  const memory = remember(await mappingMemory(), role, headerSignature(fileHeader(meta)), choice);
  await workspace.putSetting(MAPPINGS_SETTING, memory);
  await workspace.refreshDatasets();
  return result;
}

/** What a mapping left unmatched, one sentence per column: the file, the column and the values with their rows. */
export function placesReport(t: T, file: string, places: PlaceMatches): string[] {
  const lines: string[] = [];
  const list = (xs: { value: string; n: number }[]) =>
    xs.map((x) => t('colmap.rowsOf', { value: x.value, n: x.n })).join(', ');
  const regions = places.regions.filter((r) => !r.code);
  if (regions.length && places.regionColumn)
    lines.push(
      t('colmap.unmatched.region', { file, column: places.regionColumn, n: regions.length, values: list(regions) }),
    );
  const districts = places.districts.filter((d) => !d.code);
  if (districts.length && places.districtColumn)
    lines.push(
      t('colmap.unmatched.district', {
        file,
        column: places.districtColumn,
        n: districts.length,
        values: list(districts),
      }),
    );
  return lines;
}

/**
 * After an import: when the workspace remembers a mapping for the file's header, apply it without asking and say
 * so (null when it remembers none). A failure leaves the dataset imported, without a role.
 */
export async function applyRemembered(t: T, meta: DatasetMeta): Promise<{ ok: boolean; text: string } | null> {
  const found = await rememberedFor(meta);
  if (!found || !isMappedRole(found.role)) return null;
  const role = textOr(t, `role.${found.role}`, found.role);
  try {
    const { columns, regions, districts } = found;
    const { places } = await mapDataset(meta, found.role, { columns, regions, districts });
    return {
      ok: true,
      text: [t('colmap.auto', { file: meta.file, role }), ...placesReport(t, meta.file, places)].join(' '),
    };
  } catch (e) {
    return { ok: false, text: t('colmap.autoFailed', { role, message: problemText(t, e) }) };
  }
}
