/** Unit, integration and bundle tests: everything runs on a fresh clone without any sibling folders. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/__tests__/peers/', '/__tests__/upstream/'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testTimeout: 60000,
  // One worker per CPU: most suites wait on child processes (helm, kubectl, the bundle) as much as they compute.
  maxWorkers: '100%',
};
