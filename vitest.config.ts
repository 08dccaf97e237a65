import { defineConfig } from 'vitest/config';

/** `npm test`: everything that runs from the repository alone; the ../shared tests are `npm run test:sources` (vitest.sources.config.ts). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.sources.test.ts', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
