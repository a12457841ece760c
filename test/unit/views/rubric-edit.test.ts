import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../../../src/indicators/kpi/default-rubric';
import { evaluateCentre } from '../../../src/indicators/kpi/evaluate';
import { setThreshold, thresholds } from '../../../src/views/rubric-edit';

describe('editing the KPI rubric', () => {
  it('lists every number with its path, per network level where the standard differs by level', () => {
    const all = thresholds(DEFAULT_RUBRIC);
    expect(all.find((x) => x.kpi === 'staff_training' && x.part === 'high')).toMatchObject({
      path: 'kpis.1.high.0',
      field: 'training_per_year',
      value: 4,
    });
    expect(all.filter((x) => x.field === 'area_m2').map((x) => [x.level, x.value])).toEqual([
      ['republican', 100],
      ['regional', 100],
      ['district', 30],
      ['rural', 30],
    ]);
    expect(all.slice(-2).map((x) => x.path)).toEqual(['bands.high', 'bands.medium']);
    expect(all.some((x) => x.field === 'premises')).toBe(false);
  });
  it('changes one threshold in a copy, and the centre levels follow', () => {
    const centre = {
      centre_id: 'C',
      region: 'R',
      level: 'district',
      training_per_year: 3,
      mentoring: 1,
      knowledge_transfer: 1,
    };
    const before = evaluateCentre(centre, DEFAULT_RUBRIC).find((k) => k.kpi === 'staff_training')!;
    const r = setThreshold(DEFAULT_RUBRIC, 'kpis.1.high.0', 3);
    expect(evaluateCentre(centre, r).find((k) => k.kpi === 'staff_training')!.level).toBe('High');
    expect(before.level).toBe('Medium');
    expect(DEFAULT_RUBRIC.kpis[1].high[0].value).toBe(4);
    expect(setThreshold(DEFAULT_RUBRIC, 'kpis.4.medium.1.byLevel.district', 40).kpis[4].medium[1].value).toEqual({
      byLevel: { republican: 100, regional: 100, district: 40, rural: 30 },
    });
    expect(setThreshold(DEFAULT_RUBRIC, 'bands.high', 2.8).bands).toEqual({ high: 2.8, medium: 1.5 });
  });
});
