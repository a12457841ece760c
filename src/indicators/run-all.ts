import type { Connector } from '../data/connector';
import { INDICATORS } from './catalog';
import { type IndicatorRow, type SurveySource, runIndicator } from './run';

/** Run the catalogue's indicators (or the given ids) on the loaded sources, skipping those whose data is absent. */
export async function runIndicators(
  db: Connector, sources: Record<string, SurveySource>, by: string[], ids?: string[],
): Promise<IndicatorRow[]> {
  const out: IndicatorRow[] = [];
  for (const spec of INDICATORS) {
    if (ids && !ids.includes(spec.id)) continue;
    const src = sources[spec.dataset];
    if (src) out.push(...(await runIndicator(db, spec, by, src)));
  }
  return out;
}
