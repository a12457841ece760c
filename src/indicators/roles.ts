import { type DatasetMeta, asStudyDataset } from '../data/datasets';
import type { LoadedInput } from './prepare';

/** The study datasets the catalogue reads, which an imported dataset may stand in for. */
export const ROLES = [
  'population',
  'centres',
  'service_logs',
  'training_evaluations',
  'ngo_stats',
  'initiatives',
  'civic_control',
  'generous_heart',
  'generous_heart_participants',
] as const;
export type Role = (typeof ROLES)[number];

/** Waves of an imported dataset: those it combines, or its own wave number. */
const wavesOf = (m: DatasetMeta) =>
  m.combined ? m.combined.waves.map((w) => w.wave).sort((a, b) => a - b) : m.wave ? [m.wave] : [];

/**
 * The inputs of the catalogue: the study's datasets, each replaced by the imported dataset the user gave its role
 * (the latest import wins). The replacement keeps its own table, codebook and design.
 */
export function inputsWithRoles(study: LoadedInput[], imported: DatasetMeta[]): LoadedInput[] {
  const byRole = new Map(imported.filter((m) => m.role).map((m) => [m.role!, m]));
  const replaced = study.map((input) => {
    const m = byRole.get(input.dataset.id);
    if (!m) return input;
    const dataset = { ...asStudyDataset(m), id: input.dataset.id, kind: input.dataset.kind, waves: wavesOf(m) };
    return { dataset, table: m.id, codebook: m.codebook, source: m };
  });
  const missing = [...byRole].filter(([role]) => !study.some((i) => i.dataset.id === role));
  return [
    ...replaced,
    ...missing.map(([role, m]) => ({
      dataset: {
        ...asStudyDataset(m),
        id: role,
        kind: role === 'population' ? ('survey' as const) : ('registry' as const),
        waves: wavesOf(m),
      },
      table: m.id,
      codebook: m.codebook,
      source: m,
    })),
  ];
}
