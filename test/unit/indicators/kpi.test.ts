import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../../../src/indicators/kpi/default-rubric';
import { band, evaluateCentre, validateRubric } from '../../../src/indicators/kpi/evaluate';

/** A centre that is High on every KPI; each test lowers one field to the edge of a rubric row. */
const top = {
  centre_id: 'C-1',
  region: 'KZ-10',
  level: 'regional',
  specialists_match: 1,
  staff_total: 8,
  training_per_year: 4,
  mentoring: 1,
  knowledge_transfer: 1,
  staff_permanent: 3,
  staff_permanent_years: 3,
  staff_growing: 1,
  funding_state_order: 1,
  funding_grants: 1,
  funding_paid: 1,
  funding_other: 0,
  premises: 'own',
  area_m2: 100,
  equip_office_internet: 1,
  equip_photo_video: 1,
  equip_projector: 1,
  equip_sufficient: 1,
  services_offered: 7,
  can_launch_new: 1,
  proposals_made: 2,
  proposals_adopted: 1,
  expertise_recognised: 1,
  strategy_events: 1,
};
const level = (changes: Record<string, unknown>, kpi: string) =>
  evaluateCentre({ ...top, ...changes }, DEFAULT_RUBRIC).find((r) => r.kpi === kpi)!.level;

describe('evaluateCentre: each rubric row at its edges', () => {
  it('rates the top centre High on all seven KPIs, the roll-ups and overall', () => {
    const rows = evaluateCentre(top, DEFAULT_RUBRIC);
    expect(rows.map((r) => r.kpi)).toEqual([
      'staff_capacity',
      'staff_training',
      'staff_permanent',
      'funding_diversification',
      'premises_equipment',
      'services_diversification',
      'external_influence',
      'component:staff',
      'component:finance_premises',
      'component:services',
      'component:external',
      'overall',
    ]);
    expect(rows.every((r) => r.level === 'High' && r.score === 3)).toBe(true);
    expect(rows[0]).toMatchObject({
      centre_id: 'C-1',
      region: 'KZ-10',
      level_of_network: 'regional',
      evidence: { specialists_match: 1, staff_total: 8 },
    });
  });
  it('staff capacity: full match High, partial Medium, shortage Low', () => {
    expect([1, 2, 3].map((v) => level({ specialists_match: v }, 'staff_capacity'))).toEqual(['High', 'Medium', 'Low']);
  });
  it('staff training: quarterly with mentoring High; twice a year with knowledge transfer Medium; yearly Low', () => {
    expect(level({ mentoring: 0 }, 'staff_training')).toBe('Medium');
    expect(level({ training_per_year: 2 }, 'staff_training')).toBe('Medium');
    expect(level({ training_per_year: 2, knowledge_transfer: 0 }, 'staff_training')).toBe('Low');
    expect(level({ training_per_year: 1 }, 'staff_training')).toBe('Low');
  });
  it('permanent staff: ≥3 for ≥3 years and growing High; ≥2 for ≥2 years Medium; otherwise Low', () => {
    expect(level({ staff_growing: 0 }, 'staff_permanent')).toBe('Medium');
    expect(level({ staff_permanent: 2, staff_permanent_years: 2 }, 'staff_permanent')).toBe('Medium');
    expect(level({ staff_permanent: 1 }, 'staff_permanent')).toBe('Low');
    expect(level({ staff_permanent_years: 1 }, 'staff_permanent')).toBe('Low');
  });
  it('funding: 3 sources High, 2 Medium, 1 Low (sources counted from the four funding fields)', () => {
    expect(level({ funding_paid: 0 }, 'funding_diversification')).toBe('Medium');
    expect(level({ funding_paid: 0, funding_grants: 0 }, 'funding_diversification')).toBe('Low');
    expect(evaluateCentre(top, DEFAULT_RUBRIC).find((r) => r.kpi === 'funding_diversification')!.evidence).toEqual({
      funding_sources: 3,
    });
  });
  it('premises: own or PPP with full equipment High; rented with basics and the level’s area Medium; too small Low', () => {
    expect(level({ premises: 'ppp' }, 'premises_equipment')).toBe('High');
    expect(level({ premises: 'rented' }, 'premises_equipment')).toBe('Medium');
    expect(level({ premises: 'rented', area_m2: 99 }, 'premises_equipment')).toBe('Low');
    expect(level({ premises: 'rented', level: 'district', area_m2: 30 }, 'premises_equipment')).toBe('Medium');
    expect(level({ equip_office_internet: 0 }, 'premises_equipment')).toBe('Low');
  });
  it('services: whole Standard set and room to grow High; at least 5 of 7 Medium; fewer Low', () => {
    expect(level({ can_launch_new: 0 }, 'services_diversification')).toBe('Medium');
    expect(level({ services_offered: 5 }, 'services_diversification')).toBe('Medium');
    expect(level({ services_offered: 4 }, 'services_diversification')).toBe('Low');
  });
  it('external influence: proposals adopted and recognised expertise High; strategy events and proposals Medium; else Low', () => {
    expect(level({ expertise_recognised: 0 }, 'external_influence')).toBe('Medium');
    expect(level({ expertise_recognised: 0, proposals_made: 0, proposals_adopted: 0 }, 'external_influence')).toBe(
      'Low',
    );
    expect(level({ expertise_recognised: 0, strategy_events: 0 }, 'external_influence')).toBe('Low');
  });
  it('rolls up by mean score with bands ≥2.5 High, ≥1.5 Medium', () => {
    const rows = evaluateCentre({ ...top, specialists_match: 3, training_per_year: 1 }, DEFAULT_RUBRIC);
    expect(rows.find((r) => r.kpi === 'component:staff')).toMatchObject({ score: 5 / 3, level: 'Medium' });
    expect(rows.find((r) => r.kpi === 'overall')).toMatchObject({ score: 17 / 7, level: 'Medium' });
    expect([
      band(2.5, DEFAULT_RUBRIC.bands),
      band(2.49, DEFAULT_RUBRIC.bands),
      band(1.49, DEFAULT_RUBRIC.bands),
    ]).toEqual(['High', 'Medium', 'Low']);
  });
  it('a missing field never meets a condition', () => {
    expect(level({ specialists_match: null }, 'staff_capacity')).toBe('Low');
  });
});

describe('validateRubric', () => {
  it('accepts the default rubric on the registry’s fields and names the path of each mistake', () => {
    expect(validateRubric(DEFAULT_RUBRIC, Object.keys(top))).toEqual([]);
    const broken = structuredClone(DEFAULT_RUBRIC);
    broken.kpis[1].high[0].field = 'training_per_yer';
    broken.bands = { high: 1, medium: 2 };
    expect(validateRubric(broken, Object.keys(top))).toEqual([
      'kpis[1].high[0].field: unknown column "training_per_yer"',
      'bands: high must be above medium',
    ]);
  });
});
