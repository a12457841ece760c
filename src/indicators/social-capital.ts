import { type Connector, quoteIdent } from '../core/sql';
import { type AlphaResult, cronbachAlpha } from '../stats/alpha';
import type { Component } from './catalogue/types';
import type { Prepared } from './prepare';
import type { ScoreSpec } from './scores';

const INSTITUTIONS = [
  'government',
  'akimat',
  'courts',
  'police',
  'parliament',
  'media',
  'ngo',
  'centres',
  'public_councils',
  'charities',
];
const GROUPS = [
  'drug_users',
  'heavy_drinkers',
  'other_nationality',
  'other_religion',
  'migrants',
  'hiv',
  'unmarried_couples',
  'other_language',
  'former_prisoners',
];
const MEMBERSHIPS = ['religious', 'sport', 'culture', 'union', 'party', 'ngo'];
const ACTIONS = ['petition', 'hearing', 'akimat_meeting', 'donation'];

const likert = (item: string): ScoreSpec => ({ id: `s_${item}`, kind: 'likert4', item });
const binary = (item: string): ScoreSpec => ({ id: `s_${item}`, kind: 'binary', item });
const ids = (xs: ScoreSpec[]) => xs.map((x) => x.id);

const interpersonal = [
  { id: 's_trust_gen10', kind: 'scale10', item: 'trust_gen10' } as ScoreSpec,
  ...['trust_neighbours', 'trust_nationality', 'trust_religion'].map(likert),
];
const institutional = INSTITUTIONS.map((i) => likert(`conf_${i}`));
const tolerance = GROUPS.map((g) => binary(`nb_${g}`));
const actions = ACTIONS.map((a) => binary(`act_${a}`));
const identity = ['pride', 'close_kz', 'close_region'].map(likert);

/**
 * The social capital index of spec section 11, as data (item direction from the codebook's reverse flags):
 * 0–100 sub-indices for trust, tolerance, participation and civic identity, each needing half of its items valid;
 * the index needs all four (equal weights).
 */
export const SOCIAL_CAPITAL_SCORES: ScoreSpec[] = [
  ...interpersonal,
  ...institutional,
  ...tolerance,
  ...actions,
  ...identity,
  { id: 'sc_interpersonal', kind: 'mean', of: ids(interpersonal), minValid: 0.5 },
  { id: 'sc_institutional', kind: 'mean', of: ids(institutional), minValid: 0.5 },
  { id: 'sci_trust', kind: 'mean', of: ['sc_interpersonal', 'sc_institutional'], minValid: 1 },
  { id: 'sci_tolerance', kind: 'mean', of: ids(tolerance), minValid: 0.5 },
  { id: 's_active_member', kind: 'any', items: MEMBERSHIPS.map((m) => `memb_${m}`), value: 2 },
  binary('volunteered'),
  { id: 's_actions', kind: 'mean', of: ids(actions), minValid: 0.5 },
  { id: 'sci_participation', kind: 'mean', of: ['s_active_member', 's_volunteered', 's_actions'], minValid: 0.5 },
  { id: 'sci_identity', kind: 'mean', of: ids(identity), minValid: 0.5 },
  { id: 'sci', kind: 'mean', of: ['sci_trust', 'sci_tolerance', 'sci_participation', 'sci_identity'], minValid: 1 },
  {
    id: 'trust_civil_society',
    kind: 'mean',
    of: ['s_conf_ngo', 's_conf_centres', 's_conf_public_councils', 's_conf_charities'],
    minValid: 0.5,
  },
];

/** The sub-indices of the social capital index and the item scores each averages (for Cronbach's alpha). */
export const SCI_SUBINDICES: Record<string, string[]> = {
  sci_trust: ids([...interpersonal, ...institutional]),
  sci_tolerance: ids(tolerance),
  sci_participation: ['s_active_member', 's_volunteered', ...ids(actions)],
  sci_identity: ids(identity),
};

/** Respondent-level scores computed for each kind of dataset before indicators are estimated. */
export const SCORES: Record<string, ScoreSpec[]> = { population: SOCIAL_CAPITAL_SCORES };

/** The social capital index's definition as components: four sub-indices, 0–100 bounds, equal weights. */
export const SCI_COMPONENTS: Component[] = Object.keys(SCI_SUBINDICES).map((id) => ({
  id,
  weight: 1,
  min: 0,
  max: 100,
}));

/** Cronbach's alpha of each sub-index's item scores in one wave (weighted covariances, complete cases). */
export async function subIndexAlphas(db: Connector, src: Prepared, wave: number): Promise<Record<string, AlphaResult>> {
  const out: Record<string, AlphaResult> = {};
  for (const [id, items] of Object.entries(SCI_SUBINDICES)) {
    out[id] = await cronbachAlpha(db, src.scores ?? src.table, items.map(quoteIdent), {
      weight: src.design.weights ?? undefined,
      domain: `wave = ${Number(wave)}`,
      names: items,
    });
  }
  return out;
}
