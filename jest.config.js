/** Tiers by suffix: *.test.ts (no I/O), *.int.test.ts (real PostgreSQL), *.e2e.test.ts (gateway and subgraph processes), *.browser.test.ts (those, the identity provider and the console in Chromium). */
module.exports = {
  testEnvironment: 'node',
  // Type errors fail the test run: with tsconfig.json's isolatedModules ts-jest would transpile without checking.
  // Its warning that Node16 modules want isolatedModules (151002) does not apply: the package is CommonJS.
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: false }, diagnostics: { ignoreCodes: [151002] } }],
  },
  setupFiles: ['<rootDir>/test/support/environment.ts'],
  testMatch: ['<rootDir>/{shared,gateway,subgraphs,test,console}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/console/dist/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
