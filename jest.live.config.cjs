/**
 * `npm run test:live`: the acceptance flows against the Zendesk sandbox that the ZENDESK_LIVE_* variables name
 * (README, "Running the acceptance flows against your sandbox"). Not part of `npm test`: its files end in .live.ts,
 * which jest.config.js does not match (a .cjs file: it requires that config). No global setup: it would start test-results/figures.md afresh, and the
 * runner gives terraform a CLI configuration of its own anyway.
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js');

module.exports = {
  testEnvironment: base.testEnvironment,
  transform: base.transform,
  roots: ['<rootDir>/test/live'],
  testMatch: ['**/*.live.ts'],
  // A real account answers slower than the emulator, and a run is one long test.
  testTimeout: 30 * 60 * 1000,
  maxWorkers: 1,
};
