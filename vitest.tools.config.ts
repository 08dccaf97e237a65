import { defineConfig } from 'vitest/config';

/**
 * `npm run test:tools`: the tests that drive other programs (LibreOffice, pandoc, Chromium, tiffcp;
 * Debian packages the checker never needs) to write documents the way other producers do. They fail, not
 * skip, when a program is missing; .ci/run installs them.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.tools.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 900_000,
    pool: 'forks',
  },
});
