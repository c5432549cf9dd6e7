// Prints one closing line for both runs: "N passed, N failed, N skipped", after the name of
// every skipped test (a skip is never silent: e.g. the PostgreSQL-only tests on the PGlite run).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    missing++;
    console.log(`no report at ${file} (that run did not finish)`);
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  const failedTests = r.numFailedTests ?? 0;
  failed += failedTests;
  // A file that failed to load has no failed test but a failed suite.
  if (failedTests === 0 && r.success === false) failed += Math.max(1, r.numFailedTestSuites ?? 0);
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  for (const suite of r.testResults ?? []) {
    for (const t of suite.assertionResults ?? []) {
      if (t.status === 'pending' || t.status === 'skipped' || t.status === 'todo') {
        console.log(`skipped (${path.basename(file, '.json')}): ${path.relative(process.cwd(), suite.name ?? '')} > ${t.fullName ?? t.title}`);
      }
    }
  }
}
if (missing > 0) failed += missing;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
