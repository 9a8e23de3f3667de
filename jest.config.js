/**
 * Three projects: `unit` tests the pure core (no Strapi, milliseconds);
 * `integration` boots a real Strapi in-process from the compiled app in dist/
 * (Strapi's .ts config files are not loaded under jest, strapi#20935);
 * `e2e` drives the built admin panel in headless Chromium (run alone, by
 * scripts/e2e.mjs).
 */
// A focused test (`.only`, fit, fdescribe) fails its file: it can never pass silently.
const noFocus = '<rootDir>/tests/setup/no-focus.ts';
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/unit'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      setupFilesAfterEnv: [noFocus],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      // Booting Strapi on a server database takes seconds; per-project testTimeout is not honoured.
      setupFilesAfterEnv: [noFocus, '<rootDir>/tests/integration/helpers/setup.ts'],
    },
    {
      // Headless Chromium against the built admin panel of a real Strapi (scripts/e2e.mjs, npm run test:e2e).
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      setupFilesAfterEnv: [noFocus, '<rootDir>/tests/e2e/helpers/setup.ts'],
    },
  ],
};
