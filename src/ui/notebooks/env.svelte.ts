import type { Lang } from '../../core/lang';
import type { DatasetMeta } from '../../data/datasets';
import { DEMO, codebookOf } from '../../data/demo';
import type { NotebookEnv } from '../../notebooks/env';
import tilegridCsv from '../../../data/reference/kz-tilegrid.csv?raw';
import { districtFeatures, districtNeighbours } from '../../charts/geo';
import { parseTilegrid } from '../../charts/tilegrid';
import { DISTRICTS, FEATURES, REGIONS } from '../reference';
import { indicators } from '../stores/indicators.svelte';
import { workspace } from '../stores/workspace.svelte';
import { envDatasets } from './datasets';

const TILES = parseTilegrid(tilegridCsv);

/**
 * The app's notebook environment: the whole workspace (waits until every table is in), the indicator store (its
 * catalogue, district models and the planner's inputs) and the boundaries.
 */
export async function notebookEnv(lang: Lang): Promise<NotebookEnv> {
  const ws = await workspace.opened();
  await workspace.completed();
  const study = await Promise.all(
    DEMO.datasets.map(async (dataset) => ({ dataset, codebook: await codebookOf(dataset.id) })),
  );
  const imported = $state.snapshot(workspace.datasets.filter((d) => d.role)) as DatasetMeta[];
  const districtTopo = (await import('../../../data/reference/kz-districts.topo.json')).default;
  let neighbours: Map<string, string[]> | null = null;
  return {
    db: ws.db,
    lang,
    datasets: envDatasets(study, imported, lang),
    indicators: (ids, by) =>
      indicators.rows(
        indicators.entries().filter((e) => ids.includes(e.id)),
        by,
      ),
    sae: (req) => indicators.sae(req),
    plan: (req) => indicators.plan(req.wave, req.covariates, (neighbours ??= districtNeighbours(districtTopo))),
    rules: $state.snapshot(indicators.rules),
    regions: REGIONS,
    districts: DISTRICTS,
    shapes: { features: FEATURES, tiles: TILES, districts: districtFeatures(districtTopo) },
  };
}
