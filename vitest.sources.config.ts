import { defineConfig } from 'vitest/config';

/**
 * `npm run test:sources`: the tests that read ../shared (the notices' texts, real alliance documents,
 * the external set and its scorer). They fail, not skip, when ../shared is missing.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.sources.test.ts'],
    globalSetup: ['test/real/shared-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
