/**
 * Test projects: `unit` runs pure tests once; `pglite` and `postgres` run every database
 * test (`*.db.test.ts`) against each backend; `e2e` drives real headless Chromium.
 */
import { defineConfig } from 'vitest/config';

/** Precompiles the `humas` command for the child processes tests start (test/helpers/cli-build.ts). */
const CLI_BUILD = 'test/helpers/cli-build-setup.ts';
const dbTests = ['src/**/*.db.test.ts', 'test/**/*.db.test.ts', 'bench/**/*.db.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: [...dbTests, 'test/e2e/**'],
          globalSetup: [CLI_BUILD],
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: dbTests,
          env: { HUMAS_TEST_BACKEND: 'pglite' },
          globalSetup: ['test/helpers/global-setup.ts', CLI_BUILD],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: dbTests,
          env: { HUMAS_TEST_BACKEND: 'postgres' },
          globalSetup: ['test/helpers/global-setup.ts', CLI_BUILD],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          env: { HUMAS_TEST_BACKEND: 'pglite' },
          globalSetup: ['test/helpers/global-setup.ts', CLI_BUILD],
        },
      },
    ],
  },
});
