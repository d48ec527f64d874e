// `npm run test:unit`: the fast tests, which need no terraform, no built dist/, no Chromium and no network beyond
// servers the tests start on 127.0.0.1 themselves (the emulator, fake APIs). Everything else runs in `npm test`.
// A new test file in one of these folders is a unit test unless it is listed under testPathIgnorePatterns.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: [
    '<rootDir>/test/framework/**/*.test.ts',
    '<rootDir>/test/protocol/**/*.test.ts',
    '<rootDir>/test/provider/**/*.test.ts',
    '<rootDir>/test/codegen/**/*.test.ts',
    '<rootDir>/test/client/**/*.test.ts',
    '<rootDir>/test/emulator/**/*.test.ts',
    '<rootDir>/test/contract/**/*.test.ts',
    '<rootDir>/test/docs/**/*.test.ts',
    '<rootDir>/test/cli/report*.test.ts',
    '<rootDir>/test/cli/terminal-text.test.ts',
    '<rootDir>/test/cli/terraform-log.test.ts',
    '<rootDir>/test/cli/user-cli-config.test.ts',
    '<rootDir>/test/cli/drift-zendesk-access.test.ts',
    '<rootDir>/test/cli/no-type-names.test.ts',
    '<rootDir>/test/cli/fleet-columns.test.ts',
    '<rootDir>/test/cli/new-resource.test.ts',
    '<rootDir>/test/cli/init-queue.test.ts',
  ],
  testPathIgnorePatterns: [
    '/node_modules/',
    // the real terraform
    '<rootDir>/test/protocol/terraform-e2e.test.ts',
    // the built dist/ or its bundle
    '<rootDir>/test/client/bundle.test.ts',
    '<rootDir>/test/codegen/generated-up-to-date.test.ts',
    '<rootDir>/test/codegen/cdktn-variant.test.ts',
    // the built CLI (bin/ runs dist/) as a child process
    '<rootDir>/test/emulator/cli-and-persistence.test.ts',
  ],
  // No terraform runs, so no CLI configuration or standalone provider to prepare (global-setup.cjs does both).
  globalSetup: undefined,
  globalTeardown: undefined,
};
