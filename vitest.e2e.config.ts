import { defineConfig } from 'vitest/config';

// Journeys wait for what they need (a selector, a value) rather than for a fixed time. The limits below only end
// a journey that is stuck, so they are far above what a loaded machine twice as slow as this one needs.
const STUCK = 5 * 60_000;

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 3 * STUCK,
    hookTimeout: STUCK,
    expect: { poll: { timeout: STUCK } },
    fileParallelism: false,
  },
});
