/** A survey design as R's svydesign describes it (one sampling stage; more come with replicate designs). */
export interface Design {
  /** PSU column; null means every row is its own PSU (R's `ids = ~1`). */
  ids: string | null;
  strata: string | null;
  weights: string | null;
  /** Population size per stratum (PSUs in the stratum), or a sampling fraction ≤ 1, as R's `fpc`. */
  fpc: string | null;
}

/** A design with no clustering, strata, weights or fpc: simple random sampling with replacement. */
export const SRS: Design = { ids: null, strata: null, weights: null, fpc: null };

/** Quote an identifier for DuckDB SQL. */
export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/** Quote a string literal for DuckDB SQL. */
export function quoteLiteral(value: string): string {
  return "'" + value.replace(/'/g, "''") + "'";
}

/**
 * Parse the CLI's design string `ids=dnum,strata=stype,weights=pw,fpc=fpc[,nest=true]`.
 * Returns errors as values so the caller can report them.
 */
export function parseDesign(text: string): { design: Design; errors: string[] } {
  const design: Design = { ...SRS };
  const errors: string[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key, ...rest] = part.split('=');
    const value = rest.join('=').trim();
    if (key === 'ids') design.ids = value === '1' || value === '0' ? null : value;
    else if (key === 'strata' || key === 'weights' || key === 'fpc') design[key] = value || null;
    else if (key === 'nest') continue; // PSUs are always keyed within their stratum.
    else errors.push(`design: unknown key "${key}"`);
    if (value.includes('+')) errors.push(`design.${key}: multistage designs are not supported yet`);
  }
  return { design, errors };
}
