import { defineConfig } from 'vitest/config';

// The reliability suite tries to break the workbench: hostile files, fuzzed inputs, killed tabs, a full disk, two
// tabs at once. `npm test` runs a fast subset; `npm run test:reliability` (RELIABILITY=full) runs all of it.
// Its browser parts run against the build, like the journeys, so `npm run build` comes first.
const STUCK = 5 * 60_000;

export default defineConfig({
  test: {
    include: ['test/reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 6 * STUCK,
    hookTimeout: STUCK,
    expect: { poll: { timeout: STUCK } },
    fileParallelism: false,
  },
});
