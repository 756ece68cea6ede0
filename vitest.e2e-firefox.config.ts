import './test/setup/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

/** The Firefox end-to-end suite (test/e2e-firefox/): headless Firefox ESR over WebDriver BiDi. */
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
