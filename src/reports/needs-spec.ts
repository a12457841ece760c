/** The tables of the needs-assessment report, in the report's order; each has a title string `needs.table.<id>`. */
export type NeedsTableId =
  'org_years' | 'funding_band' | 'funding_sources' | 'funding_term' | 'resources' | 'documents' | 'competences';

/** One table of a survey report: a single-choice question, a set of yes/no options, or 1–5 scores. */
export interface ReportTable {
  id: NeedsTableId;
  kind: 'single' | 'multi' | 'scores';
  variables: string[];
  /** For `multi`: the value counted as "yes". */
  yes?: number;
  /** i18n key of a note printed under the table. */
  note?: 'note.multi' | 'note.fundingRounding' | 'note.scores';
}

/** The needs-assessment report (spec section 9): every published table, in the report's order, for each wave. */
export const NEEDS_REPORT: { datasets: string[]; tables: ReportTable[] } = {
  datasets: ['needs_2019', 'needs_2024'],
  tables: [
    { id: 'org_years', kind: 'single', variables: ['org_years'] },
    { id: 'funding_band', kind: 'single', variables: ['funding_band'], note: 'note.fundingRounding' },
    {
      id: 'funding_sources',
      kind: 'multi',
      yes: 1,
      note: 'note.multi',
      variables: [
        'fs_state_order',
        'fs_grants_national',
        'fs_grants_international',
        'fs_paid_services',
        'fs_founders',
        'fs_crowdfunding',
        'fs_prizes',
      ],
    },
    { id: 'funding_term', kind: 'single', variables: ['funding_term'] },
    {
      id: 'resources',
      kind: 'multi',
      yes: 1,
      note: 'note.multi',
      variables: ['own_materials', 'multi_projects', 'own_office', 'portfolio'],
    },
    {
      id: 'documents',
      kind: 'multi',
      yes: 1,
      note: 'note.multi',
      variables: ['doc_job_descriptions', 'doc_accounting_policy', 'doc_centre_regulations', 'doc_procurement_rules'],
    },
    {
      id: 'competences',
      kind: 'scores',
      note: 'note.scores',
      variables: [
        'comp_management',
        'comp_service_quality',
        'comp_budgeting',
        'comp_ngo_evaluation',
        'comp_business_tools',
        'comp_social_media',
        'comp_fundraising',
        'comp_product_development',
      ],
    },
  ],
};
