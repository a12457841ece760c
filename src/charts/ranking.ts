import type { IndicatorRow } from '../indicators/run';
import { type BaseRules, DEFAULT_RULES } from '../indicators/status';
import type { Lang, T } from '../i18n/t';
import { tipLines } from './labels';
import type { ChartSpec } from './spec';

const COLOR = '#2563a6';

/**
 * Regions ranked by estimate with 95% CIs, the national value as a dashed line. Estimates with flags
 * (small base, high RSE) are hollow dots; regions without an estimate are left out and listed by the page.
 */
export function rankingChart(
  rows: IndicatorRow[], national: IndicatorRow | undefined, names: Record<string, string>,
  opts: { t: T; lang: Lang; label: string; rules?: BaseRules },
): ChartSpec {
  const { t, lang, label, rules = DEFAULT_RULES } = opts;
  const ok = rows.filter((r) => r.status === 'ok' && r.region).sort((a, b) => b.estimate! - a.estimate!);
  const data = ok.map((r) => ({
    code: r.region!, name: names[r.region!] ?? r.region!, estimate: r.estimate, ci_low: r.ci_low, ci_high: r.ci_high,
    fill: r.flags.length ? 'white' : COLOR,
  }));
  const marks: ChartSpec['marks'] = [
    { type: 'ruleY', data, options: { y: 'name', x1: 'ci_low', x2: 'ci_high', stroke: COLOR, strokeOpacity: 0.6, strokeWidth: 2 } },
    { type: 'dot', data, options: { x: 'estimate', y: 'name', r: 4.5, fill: 'fill', stroke: COLOR, strokeWidth: 1.5 }, attr: { name: 'key', field: 'code' } },
  ];
  if (national?.status === 'ok') {
    const nat = [{ estimate: national.estimate, text: t('chart.national') }];
    marks.unshift({ type: 'ruleX', data: nat, options: { x: 'estimate', stroke: '#555', strokeDasharray: '4,3' } });
    marks.push({ type: 'text', data: nat, options: { x: 'estimate', text: 'text', frameAnchor: 'top', dy: -12, fill: '#555' } });
  }
  const tips = Object.fromEntries(ok.map((r) => [r.region!, tipLines(names[r.region!] ?? r.region!, r, t, lang, rules)]));
  return {
    kind: 'ranking',
    ariaLabel: t('chart.ranking'),
    height: 40 + 22 * Math.max(1, data.length),
    plot: {
      marginLeft: 190, marginTop: 28,
      x: { label, grid: true },
      y: { domain: data.map((d) => d.name), label: null },
    },
    marks,
    tips,
  };
}
