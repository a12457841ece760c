import type { Connector } from '../data/connector';
import { INDICATORS } from './catalog';
import { type RegistrySource, runRegistryIndicator } from './registry';
import { type IndicatorRow, type SurveySource, runIndicator } from './run';

/** A loaded dataset an indicator can read: a survey with its design, or a registry with its denominators. */
export type Source = SurveySource | RegistrySource;

/** Run the catalogue's indicators (or the given ids) on the loaded sources, skipping those whose data is absent. */
export async function runIndicators(
  db: Connector, sources: Record<string, Source>, by: string[], ids?: string[],
): Promise<IndicatorRow[]> {
  const out: IndicatorRow[] = [];
  for (const spec of INDICATORS) {
    if (ids && !ids.includes(spec.id)) continue;
    const src = sources[spec.dataset];
    if (!src) continue;
    if ('kind' in src && src.kind === 'registry') out.push(...(await runRegistryIndicator(db, spec, by, src)));
    else out.push(...(await runIndicator(db, spec, by, src as SurveySource)));
  }
  return out;
}
