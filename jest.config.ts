import type { Config } from 'jest';

/**
 * One test run for everything: unit and integration tests beside the code (server/src), and
 * cross-cutting suites (e2e/: browser flows, start-up of the built service). Integration tests
 * use a real PostgreSQL: DATABASE_URL when set, otherwise the embedded one started here.
 */
const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/server', '<rootDir>/e2e', '<rootDir>/bench'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  // As main.ts does first: type-graphql's decorators need the metadata polyfill in every module graph.
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/server/test/global-setup.ts',
  globalTeardown: '<rootDir>/server/test/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
  // Browser and child-process suites start their own servers; give them room to stop.
  openHandlesTimeout: 5_000,
};

export default config;
