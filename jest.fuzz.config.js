/**
 * Nightly-size fuzz run (`npm run fuzz`): the property suites of tests/fuzz at 10,000 inputs per
 * entry point (FUZZ_RUNS overrides), with a summary table of inputs, exceptions, cells lost and time.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  roots: ["<rootDir>/tests/fuzz"],
  setupFiles: ["<rootDir>/tests/fuzz/setup-nightly.js"],
  reporters: ["default", "<rootDir>/tests/fuzz/reporter.js"],
  testTimeout: 3 * 60 * 60 * 1000,
};
