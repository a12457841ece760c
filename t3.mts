import { openWithFixtures } from './test/helpers/db.ts';
import { estimate } from './src/stats/estimate.ts';
const db = await openWithFixtures('apiclus1');
const r = await estimate(db, 'apiclus1', { ids: 'dnum', strata: null, weights: 'pw', fpc: 'fpc' }, { statistic: 'total', y: '1', by: ['"sch.wide"', '"stype"'] });
console.log(r.map(x=>[x.by, x.estimate]));
