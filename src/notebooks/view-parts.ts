import { stringify } from 'yaml';
import type { Study } from '../data/study';
import studyJson from '../../data/demo/study.json';
import { entryById } from '../indicators/catalogue';
import type { Entry } from '../indicators/catalogue/types';

/** The waves of the population survey, oldest first (the pages offer these). */
export const WAVES = (studyJson as Study).datasets.find((d) => d.id === 'population')!.waves;

/** A cell's options as the view gives them (null, undefined and '' are left out). */
export type Options = Record<string, unknown>;

/** A fenced cell with its options as a YAML body (values quoted by the YAML writer, never pasted). */
export function fenced(kind: string, options: Options): string {
  const set = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  return `\`\`\`${kind}\n${stringify(set, { lineWidth: 0 })}\`\`\`\n`;
}

/** The datasets an entry is computed from (service and training data reach regions through the centres). */
export function datasetsOf(entry: Entry): string[] {
  if (entry.formula.kind === 'composite') {
    const parts = entry.formula.of.flatMap((c) => {
      const e = entryById(c.id);
      return e ? datasetsOf(e) : [];
    });
    return [...new Set(parts)];
  }
  if (!entry.dataset) return [];
  const through = entry.dataset === 'service_logs' || entry.dataset === 'training_evaluations' ? ['centres'] : [];
  return [entry.dataset, ...through];
}
