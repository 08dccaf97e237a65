import { defineConfig } from 'vitest/config';

/**
 * `npm test`: everything that runs from the repository alone. The ../shared tests are `npm run
 * test:sources` (vitest.sources.config.ts); those driving other programs `npm run test:tools`.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.sources.test.ts', 'test/**/*.tools.test.ts', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
