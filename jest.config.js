/** Tiers by suffix: *.test.ts (no I/O), *.int.test.ts (real PostgreSQL), *.e2e.test.ts (gateway and subgraph processes), *.browser.test.ts (those, the identity provider and the console in Chromium). */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testMatch: ['<rootDir>/{shared,gateway,subgraphs,test,console}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/console/dist/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
