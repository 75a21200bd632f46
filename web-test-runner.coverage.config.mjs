import base from './web-test-runner.config.mjs';

/**
 * The browser tests with a coverage report of the widget's code (src/, not the command line nor the
 * keepers' page): `npx web-test-runner --config web-test-runner.coverage.config.mjs`, report in
 * coverage/. The element tests import src/ itself, so the lines are the source's; the tests of the
 * built bundle (test/dist.test.ts, test/embed-csp.test.ts) count for nothing here.
 */
export default {
  ...base,
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/cli/**', 'src/keepers/**'],
    reportDir: 'coverage',
    reporters: ['text-summary', 'json', 'lcov'],
  },
};
