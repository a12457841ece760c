import {
  type Design,
  LONELY_PSU,
  type LonelyPsu,
  REPLICATE_TYPES,
  type ReplicateSpec,
  type ReplicateType,
  SRS,
} from '../core/design';

/** One sampling stage: its strata, units and population size (column names, or null). */
export interface Stage {
  strata: string | null;
  ids: string | null;
  fpc: string | null;
}

export class DesignError extends Error {}

const terms = (s: string | null) =>
  (s ?? '')
    .split('+')
    .map((t) => t.trim())
    .filter((t) => t && t !== '1' && t !== '0');

/** The stages of a design, as svydesign builds them: later stages use the last strata term given. */
export function stagesOf(d: Design): Stage[] {
  const ids = terms(d.ids),
    strata = terms(d.strata),
    fpc = terms(d.fpc);
  const n = Math.max(ids.length, 1);
  if (fpc.length && fpc.length !== n) throw new DesignError(`design: fpc has ${fpc.length} term(s) for ${n} stage(s)`);
  if (strata.length > n) throw new DesignError(`design: strata has more terms than ids`);
  return Array.from({ length: n }, (_, i) => ({
    ids: ids[i] ?? null,
    strata: strata.length ? strata[Math.min(i, strata.length - 1)] : null,
    fpc: fpc[i] ?? null,
  }));
}

function setReplicate(design: Design, key: string, value: string, errors: string[]) {
  const rep: ReplicateSpec = design.replicates ?? { columns: '', type: 'JK1' };
  design.replicates = rep;
  if (key === 'repweights') rep.columns = value;
  else if (key === 'type') {
    if ((REPLICATE_TYPES as readonly string[]).includes(value)) rep.type = value as ReplicateType;
    else errors.push(`design.type: "${value}" is not one of ${REPLICATE_TYPES.join(', ')}`);
  } else if (key === 'mse') rep.mse = value === 'true' || value === 'TRUE';
  else if (!Number.isFinite(Number(value))) errors.push(`design.${key}: "${value}" is not a number`);
  else rep[key as 'rho' | 'scale'] = Number(value);
}

/**
 * Parse the CLI's design string `ids=dnum+snum,strata=stype,weights=pw,fpc=fpc1+fpc2[,nest=true][,lonely=adjust]`
 * or `weights=pw,repweights=REGEX,type=JK1|JKn|BRR|Fay|bootstrap[,rho=..][,scale=..][,mse=true]`.
 * Returns errors as values so the caller can report them.
 */
export function parseDesign(text: string): { design: Design; errors: string[] } {
  const design: Design = { ...SRS };
  const errors: string[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [key, ...rest] = part.split('=');
    const value = rest.join('=').trim();
    if (key === 'ids') design.ids = value === '1' || value === '0' ? null : value;
    else if (key === 'strata' || key === 'weights' || key === 'fpc') design[key] = value || null;
    else if (key === 'nest') design.nest = value === 'true' || value === 'TRUE';
    else if (key === 'lonely' || key === 'lonely.psu') {
      if ((LONELY_PSU as readonly string[]).includes(value)) design.lonelyPsu = value as LonelyPsu;
      else errors.push(`design.lonely: "${value}" is not one of ${LONELY_PSU.join(', ')}`);
    } else if (key === 'as') {
      if (value === 'JK1' || value === 'JKn') design.replicates = { ...design.replicates, columns: '', type: value };
      else errors.push(`design.as: "${value}" must be JK1 or JKn (R's as.svrepdesign jackknife)`);
    } else if (['repweights', 'type', 'rho', 'scale', 'mse'].includes(key)) setReplicate(design, key, value, errors);
    else errors.push(`design: unknown key "${key}"`);
  }
  const asJackknife = /(^|,)\s*as=/.test(text);
  if (design.replicates && !design.replicates.columns && !asJackknife)
    errors.push('design: a replicate design needs repweights=REGEX');
  if (!design.replicates || asJackknife) {
    try {
      stagesOf(design);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  return { design, errors };
}
