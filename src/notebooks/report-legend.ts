import { classLabels } from '../charts/classing';
import { MISSING_FILL } from '../charts/map';
import type { ChartSpec } from '../charts/spec';
import type { Lang } from '../core/lang';
import { formatNumber } from '../i18n/format';
import { translator } from '../i18n/t';
import { escapeHtml } from './markdown';

/**
 * The legend of a drawn map or tile grid as HTML (drawn legends need a canvas): each class's range and colour, then
 * the hatched, grey-hatched and grey looks; other charts carry their meaning in their axes ('' for them).
 */
export function legendHtml(spec: ChartSpec, lang: Lang, minN: number): string {
  if (spec.kind !== 'map' && spec.kind !== 'tilegrid') return '';
  const t = translator(lang);
  const scale = spec.plot.color as { type?: string; domain?: number[]; range?: string[] } | undefined;
  const thresholds = scale?.type === 'threshold' ? (scale.domain ?? []) : [];
  const colors = scale?.type === 'threshold' ? (scale.range ?? []) : [];
  const edges = [null, ...thresholds, null];
  const ranges = colors.map((_, i) => [edges[i], edges[i + 1]] as [number | null, number | null]);
  const labels = classLabels({ method: 'quantile', thresholds, colors, ranges }, (x) => formatNumber(x, lang, 1));
  const item = (style: string, label: string) => `<li><i ${style}></i>${escapeHtml(label)}</li>`;
  return [
    '<ul class="legend">',
    ...colors.map((c, i) => item(`style="background:${escapeHtml(c)}"`, labels[i])),
    item('class="flagged"', t('cmp.legend.flagged')),
    item('class="suppressed"', t('cmp.legend.suppressed', { minN })),
    item(`style="background:${MISSING_FILL}"`, t('cmp.legend.missing')),
    '</ul>',
  ].join('');
}
