/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  testTimeout: 60000,
  setupFiles: ['<rootDir>/test/support/fastCheckSeed.ts'],
};
