/** node:test reporter that writes { passed, failed } as JSON, so CI can add up every suite. */
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    // Suites report too; only count leaf tests.
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') passed += 1;
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') failed += 1;
  }
  yield JSON.stringify({ passed, failed }) + '\n';
}
