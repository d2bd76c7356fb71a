/**
 * Two layers: fast tests beside the code, and end-to-end tests, which start
 * whole systems: those under test/, and an agency's own beside its code,
 * named *.e2e.test.ts.
 */
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs', ignoreDynamic: true },
    },
  ],
};
const common = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'js', 'json'] };

/**
 * End-to-end tests whose assertions hold a time: a server's timeouts, rate
 * limits, drains on SIGTERM, a memory ceiling, a subgraph timeout of 1.5 s.
 * `npm test` runs them one at a time after the others (the e2e-serial
 * project), on a machine no other test file is loading; the rest run two
 * files at a time (docs/testing.md).
 */
const SERIAL = [
  'connections',
  'entity-limits',
  'faults',
  'operations',
  'rate-limits',
  'soak',
  'workers',
  'writes-once',
];

module.exports = {
  transform,
  // End-to-end tests run the whole federation: a generous default, so a busy machine slows them down rather than failing them.
  testTimeout: 30_000,
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/shared/src/**/__tests__/**/*.test.ts',
        '<rootDir>/dev/src/**/__tests__/**/*.test.ts',
        '<rootDir>/subgraphs/*/src/**/__tests__/**/*.test.ts',
        '<rootDir>/gateway/src/**/__tests__/**/*.test.ts',
        // An agency's end-to-end tests beside its code start whole systems: the e2e project's.
        '!**/*.e2e.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/subgraphs/*/src/**/__tests__/**/*.e2e.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', `/test/(${SERIAL.join('|')})\\.test\\.ts$`],
    },
    { ...common, displayName: 'e2e-serial', testMatch: SERIAL.map((name) => `<rootDir>/test/${name}.test.ts`) },
  ],
};
