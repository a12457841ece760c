import { describe, expect, it } from 'vitest';
import { fuzz } from './fuzz/run';
import { TARGETS } from './fuzz/targets';
import { SEED, SUITE } from './size';

/** A reader may take this long on one mutated input (under 256 KiB): apache-arrow takes ~4 s on a lying schema. */
const LIMIT_MS = 5_000;

describe('seeded fuzzing of every reader and sniffer', () => {
  for (const target of TARGETS) {
    it(`${target.name}: ${SUITE.fuzzInputs} mutated inputs end in a value or a DataError, each within ${LIMIT_MS} ms`, async () => {
      const report = await fuzz(target, SEED, SUITE.fuzzInputs, LIMIT_MS);
      console.log(JSON.stringify(report));
      expect(report.failure).toBeNull();
      expect(report.inputs).toBe(SUITE.fuzzInputs);
    });
  }
});
