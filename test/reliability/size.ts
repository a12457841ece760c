// How hard the reliability suite pushes: the full run (`npm run test:reliability`) or the subset inside `npm test`.
export const FULL = process.env.RELIABILITY === 'full';

export const SUITE = {
  /** Mutated inputs per reader or sniffer. */
  fuzzInputs: FULL ? 10_000 : 400,
  /** Tabs killed in the middle of an import, then reopened (full run only). */
  killRuns: 20,
};

/** The seed of a fuzz run: RELIABILITY_SEED reproduces a printed failure. */
export const SEED = Number(process.env.RELIABILITY_SEED ?? 20261202);
