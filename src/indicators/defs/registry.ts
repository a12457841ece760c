import type { IndicatorSpec } from '../spec';

/** Indicators of the network of centres, from the registry (task I1 and measure 11, spec section 11). */
export const REGISTRY_INDICATORS: IndicatorSpec[] = [
  {
    id: 'centres_per_100k', task: 'I1', dataset: 'centres', unit: 'per_100k', estimator: 'per_population',
    value: 'centre_id', variables: [], dimensions: ['region', 'wave'],
  },
  {
    id: 'districts_with_centre_pct', task: 'I1', dataset: 'centres', unit: 'percent', estimator: 'district_share',
    value: 'district', variables: [], dimensions: ['region', 'wave'],
  },
];
