import type { IndicatorSpec } from '../spec';

const DIMENSIONS = ['region', 'wave', 'district', 'settlement', 'sex', 'age_group', 'language'];
const SERVICES = ['svc_consult', 'svc_training', 'svc_legal', 'svc_event', 'svc_technical'];

/** The headline indicators of the population survey (spec section 11). */
export const POPULATION_INDICATORS: IndicatorSpec[] = [
  {
    id: 'sci', task: 'D1', dataset: 'population', unit: 'index_0_100', estimator: 'mean', value: 'sci',
    variables: ['trust_gen10', 'conf_ngo', 'nb_migrants', 'volunteered', 'pride'], dimensions: DIMENSIONS,
  },
  {
    id: 'trust_generalised', task: 'D1', dataset: 'population', unit: 'percent', estimator: 'proportion',
    value: 'trust_gen = 1', valid: 'trust_gen IN (1, 2)', variables: ['trust_gen'], dimensions: DIMENSIONS,
  },
  {
    id: 'trust_ngo', task: 'P1', dataset: 'population', unit: 'percent', estimator: 'proportion',
    value: 'conf_ngo IN (1, 2)', valid: 'conf_ngo IN (1, 2, 3, 4)', variables: ['conf_ngo'], dimensions: DIMENSIONS,
  },
  {
    id: 'aware_centre', task: 'P1', dataset: 'population', unit: 'percent', estimator: 'proportion',
    value: 'aware_centre = 1', valid: 'aware_centre IN (0, 1)', variables: ['aware_centre'], dimensions: DIMENSIONS,
  },
  {
    // Task S1: services that improve quality of life, so "information only" does not count.
    id: 'used_centre_services', task: 'S1', dataset: 'population', unit: 'percent', estimator: 'proportion',
    value: SERVICES.map((s) => `${s} = 1`).join(' OR '),
    valid: SERVICES.map((s) => `${s} IN (0, 1)`).join(' AND '),
    variables: SERVICES, dimensions: DIMENSIONS,
  },
];
