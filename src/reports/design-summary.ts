import type { T } from '../i18n/t';
import type { Design } from '../core/design';
import type { DesignCheck } from '../stats/design-check';

/** A design and its check in plain words: what it is (with the codebook's labels), its size, then each warning. */
export function designSummary(c: DesignCheck, d: Design, labelOf: (name: string) => string, t: T): string[] {
  const label = (name: string | null) => (name ? labelOf(name) || name : '–');
  const parts =
    d.strata || d.ids || d.weights
      ? t('analyse.design.parts', { strata: label(d.strata), ids: label(d.ids), weights: label(d.weights) })
      : t('analyse.design.srs');
  const warnings = c.warnings.map((w) =>
    t(`analyse.design.${w.code}`, {
      count: w.count ?? 0,
      example: w.example ?? '',
      rows: w.rows?.join(', ') ?? '',
      rule: d.lonelyPsu ?? 'fail',
    }),
  );
  return [t('analyse.design', { design: parts, psus: c.psus, strata: c.strata, df: c.df }), ...warnings];
}
