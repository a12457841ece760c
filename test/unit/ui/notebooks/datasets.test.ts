import { describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../../../src/data/datasets';
import type { StudyDataset } from '../../../../src/data/study';
import { envDatasets } from '../../../../src/ui/notebooks/datasets';

const study = (id: string): StudyDataset =>
  ({ id, kind: 'survey', title: { ru: `ru ${id}`, kk: `kk ${id}`, en: `en ${id}` }, waves: [2021, 2025] }) as never;

describe('envDatasets', () => {
  it('reads each study dataset from its table, and an import given a role from the import’s table', () => {
    const imported = {
      id: 'u_wave_2027',
      title: 'Wave 2027.csv',
      role: 'population',
      wave: 2027,
      codebook: [],
      design: null,
    } as unknown as DatasetMeta;
    const out = envDatasets(
      [
        { dataset: study('population'), codebook: [] },
        { dataset: study('centres'), codebook: [] },
      ],
      [imported],
      'en',
    );
    expect(out.population).toMatchObject({ table: 'u_wave_2027', title: 'Wave 2027.csv' });
    expect(out.population.dataset).toMatchObject({ id: 'population', waves: [2027] });
    expect(out.centres).toMatchObject({ table: 'centres', title: 'en centres' });
  });
});
