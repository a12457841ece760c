import type { Feature, Geometry } from 'geojson';
import { classLabels, classify } from '../charts/classing';
import { type Shade, choropleth, drawnValues } from '../charts/map';
import { type ModelPoint, eblupVsDirect, residualPlot } from '../charts/sae';
import type { ChartSpec } from '../charts/spec';
import type { Lang } from '../core/lang';
import { formatCount, formatNumber, formatValue } from '../i18n/format';
import type { T } from '../i18n/t';
import type { SaeRow } from '../indicators/sae-model';
import type { SaeResult } from '../indicators/sae-run';
import type { LegendItem } from './compare-view';

/** What the district-model views are worded with. */
export interface SaeSaid {
  t: T;
  lang: Lang;
  names: Record<string, string>;
}

const pct = (x: number | null, lang: Lang) => (x === null ? '—' : `${formatNumber(x * 100, lang, 0)}%`);

/** The model's name as a reader meets it: "Fay–Herriot (REML), Prasad–Rao MSE". */
export function modelName(r: SaeResult, t: T): string {
  return t('sae.modelName', { method: r.model.method, mse: t(`sae.mse.${r.model.mse_method}`) });
}

/** A district's tooltip: the model-based value with its interval and CV, the direct value and n, the shrinkage. */
export function saeTip(row: SaeRow, unit: string, { t, lang, names }: SaeSaid): string[] {
  const f = (x: number | null) => (x === null ? '—' : formatValue(x, unit, lang));
  const lines = [names[row.area] ?? row.area];
  if (row.status !== 'ok') return [...lines, t('sae.noCovariates')];
  lines.push(`${t('sae.modelBased')}: ${f(row.estimate)} (${t('tip.ci')} ${f(row.ci_low)}–${f(row.ci_high)})`);
  lines.push(`${t('sae.cv')}: ${pct(row.cv, lang)}`);
  if (row.synthetic) lines.push(t('sae.syntheticTip'));
  else {
    lines.push(`${t('sae.direct')}: ${f(row.direct)}; ${t('tip.n')} = ${formatCount(row.n ?? 0, lang)}`);
    lines.push(`${t('sae.shrinkage')}: ${formatNumber(row.shrinkage, lang, 2)}`);
  }
  return lines;
}

/**
 * The map of model-based estimates: every district classed by quantiles, hatched when synthetic (no respondents)
 * or flagged (CV at or above the base rules' maximum RSE), as notebook maps of the same rows are.
 */
export function saeMap(
  result: SaeResult,
  features: Feature<Geometry, { code: string }>[],
  label: string,
  said: SaeSaid,
): { spec: ChartSpec; legend: { title: string; items: LegendItem[] } } {
  const { t, lang } = said;
  const shades: Shade[] = result.rows.map((r) => ({
    code: r.area,
    value: r.estimate,
    look: r.estimate === null ? 'missing' : r.synthetic || r.flags.length ? 'flagged' : 'solid',
    tip: saeTip(r, result.unit, said),
  }));
  const ok = drawnValues(shades);
  const classes = classify(ok, 'quantile');
  const f = (x: number) => formatValue(x, result.unit, lang);
  const items: LegendItem[] = classes
    ? classLabels(classes, f).map((label, i) => ({ fill: classes.colors[i], label }))
    : [];
  items.push({ fill: '#ffffff', pattern: 'hatch', label: t('sae.legend.hatched') });
  items.push({ fill: '#d9d9d9', label: t('sae.legend.none') });
  return {
    spec: choropleth(features, shades, classes, { lang, ariaLabel: `${t('chart.map')} — ${label}`, level: 'district' }),
    legend: { title: `${label} — ${modelName(result, t)}`, items },
  };
}

/** The areas with a sample as points of the model's diagnostic plots. */
export function modelPoints(result: SaeResult, said: SaeSaid): ModelPoint[] {
  return result.rows.flatMap((r) =>
    r.status === 'ok' && !r.synthetic && r.direct !== null && r.variance !== null
      ? [
          {
            code: r.area,
            direct: r.direct,
            eblup: r.eblup!,
            fitted: r.fitted!,
            residual: (r.direct - r.fitted!) / Math.sqrt(result.model.sigma2_u + r.variance),
            n: r.n ?? 0,
            tip: saeTip(r, result.unit, said),
          },
        ]
      : [],
  );
}

/** The model panel's two plots: EBLUP against direct, and standardised residuals against the fit. */
export function modelCharts(result: SaeResult, said: SaeSaid) {
  const { t, lang } = said;
  const points = modelPoints(result, said);
  return {
    versus: eblupVsDirect(points, {
      lang,
      ariaLabel: t('sae.chart.versus'),
      xLabel: t('sae.direct'),
      yLabel: t('sae.eblup'),
    }),
    residuals: residualPlot(points, {
      lang,
      ariaLabel: t('sae.chart.residuals'),
      xLabel: t('sae.fitted'),
      yLabel: t('sae.residual'),
    }),
  };
}

/** One district's row for tables, exports and notebook cells: named, with every figure of the model. */
export function saeRecord(r: SaeRow, name: (code: string) => string, model: string) {
  return {
    district: r.area,
    district_name: name(r.area),
    region: r.region,
    region_name: r.region === null ? null : name(r.region),
    n: r.n,
    direct: r.direct,
    direct_se: r.direct_se,
    estimate: r.estimate,
    ci_low: r.ci_low,
    ci_high: r.ci_high,
    mse: r.mse,
    cv: r.cv,
    shrinkage: r.shrinkage,
    synthetic: r.synthetic,
    model,
  };
}

/** The page's table and export rows (region code and name as the other exports have them). */
export function saeRecords(result: SaeResult, said: SaeSaid, regionNames: Record<string, string>) {
  const name = (code: string) => said.names[code] ?? regionNames[code] ?? code;
  const model = modelName(result, said.t);
  return result.rows.map((r) => {
    const { district, district_name, region, region_name, ...figures } = saeRecord(r, name, model);
    return {
      district,
      district_name,
      region_code: region,
      region: region_name,
      ...figures,
      variance_source: r.variance_source,
    };
  });
}
