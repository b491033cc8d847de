// Native ESM jest (the @actions/* packages are ESM-only); ts-jest transpiles only, `tsc --noEmit` type-checks in lint.
// Two projects: `unit`, the fast base, and `e2e`, the suites that run the built CLI, Action or
// library (test/e2e-files.js tells them apart) and so build dist/ first. `npm test` runs both;
// `npm run test:unit` / `npm run test:e2e` run one (jest --selectProjects).
import { e2eTestFiles } from './test/e2e-files.js';

const root = import.meta.dirname;
const e2e = e2eTestFiles(root);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @type {import('jest').Config} */
const base = {
  rootDir: root,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
};

/** @type {import('jest').Config} */
export default {
  maxWorkers: 2,
  // A global option: inside a project jest ignores it (and would use its 5 s default).
  testTimeout: 60000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...e2e.map((f) => `^${escape(`${root}/${f}`)}$`)],
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: e2e.map((f) => `<rootDir>/${f}`),
      // The end-to-end tests run the committed bundles exactly as users and the runner do.
      globalSetup: '<rootDir>/test/global-setup.js',
    },
  ],
};
