import type { Rubric } from './rubric';

/**
 * The KPI rubric of the strategy (spec section 4) with the computable rules chosen for the registry's fields
 * ([choice] where the source is qualitative). Thresholds are data: edit them here or pass another rubric.
 */
export const DEFAULT_RUBRIC: Rubric = {
  derived: [
    { name: 'funding_sources', sum: ['funding_state_order', 'funding_grants', 'funding_paid', 'funding_other'] },
  ],
  kpis: [
    {
      kpi: 'staff_capacity',
      component: 'staff',
      evidence: ['specialists_match', 'staff_total'],
      high: [{ field: 'specialists_match', op: '=', value: 1 }],
      medium: [{ field: 'specialists_match', op: '=', value: 2 }],
    },
    {
      kpi: 'staff_training',
      component: 'staff',
      evidence: ['training_per_year', 'mentoring', 'knowledge_transfer'],
      high: [
        { field: 'training_per_year', op: '>=', value: 4 },
        { field: 'mentoring', op: '=', value: 1 },
      ],
      medium: [
        { field: 'training_per_year', op: '>=', value: 2 },
        { field: 'knowledge_transfer', op: '=', value: 1 },
      ],
    },
    {
      kpi: 'staff_permanent',
      component: 'staff',
      evidence: ['staff_permanent', 'staff_permanent_years', 'staff_growing'],
      high: [
        { field: 'staff_permanent', op: '>=', value: 3 },
        { field: 'staff_permanent_years', op: '>=', value: 3 },
        { field: 'staff_growing', op: '=', value: 1 },
      ],
      medium: [
        { field: 'staff_permanent', op: '>=', value: 2 },
        { field: 'staff_permanent_years', op: '>=', value: 2 },
      ],
    },
    {
      kpi: 'funding_diversification',
      component: 'finance_premises',
      evidence: ['funding_sources'],
      high: [{ field: 'funding_sources', op: '>=', value: 3 }],
      medium: [{ field: 'funding_sources', op: '>=', value: 2 }],
    },
    {
      kpi: 'premises_equipment',
      component: 'finance_premises',
      evidence: [
        'premises',
        'area_m2',
        'equip_office_internet',
        'equip_photo_video',
        'equip_projector',
        'equip_sufficient',
      ],
      high: [
        { field: 'premises', op: 'in', value: ['own', 'ppp'] },
        { field: 'equip_sufficient', op: '=', value: 1 },
        { field: 'equip_office_internet', op: '=', value: 1 },
        { field: 'equip_photo_video', op: '=', value: 1 },
        { field: 'equip_projector', op: '=', value: 1 },
      ],
      medium: [
        { field: 'equip_office_internet', op: '=', value: 1 },
        { field: 'area_m2', op: '>=', value: { byLevel: { republican: 100, regional: 100, district: 30, rural: 30 } } },
      ],
    },
    {
      kpi: 'services_diversification',
      component: 'services',
      evidence: ['services_offered', 'can_launch_new'],
      high: [
        { field: 'services_offered', op: '>=', value: 7 },
        { field: 'can_launch_new', op: '=', value: 1 },
      ],
      medium: [{ field: 'services_offered', op: '>=', value: 5 }],
    },
    {
      kpi: 'external_influence',
      component: 'external',
      evidence: ['proposals_made', 'proposals_adopted', 'expertise_recognised', 'strategy_events'],
      high: [
        { field: 'proposals_adopted', op: '>=', value: 1 },
        { field: 'expertise_recognised', op: '=', value: 1 },
      ],
      medium: [
        { field: 'strategy_events', op: '=', value: 1 },
        { field: 'proposals_made', op: '>=', value: 1 },
      ],
    },
  ],
  bands: { high: 2.5, medium: 1.5 },
};
