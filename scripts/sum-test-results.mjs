// Sums the vitest and Playwright JSON reports into the one closing line CI reads:
// "N passed, N failed". A step that failed before any report was written (typecheck, lint,
// build) counts as one failure, so a red run can never print "0 failed".
import { existsSync, readFileSync } from 'node:fs';

const npmTestStatus = Number(process.argv[2] ?? 0);
const shiftedStatus = Number(process.argv[3] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;
const notes = [];

function addVitest(file, label, missing) {
  if (!existsSync(file)) {
    notes.push(`${label}: no report (${missing})`);
    return false;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  notes.push(`${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  return true;
}

addVitest('test-results/vitest.json', 'vitest', 'the run stopped before the unit tests');
const shiftedRequired = process.argv.includes('--shifted-clock');
if (!addVitest('test-results/vitest-shifted-clock.json', 'vitest, clock a year ahead', 'not run') && shiftedRequired) {
  failed += 1;
  notes.push('the shifted-clock run wrote no report: counted as 1 failure');
}

// The sync server's tests (server/, node:test on Node 22), when .ci/run passes --server <status>.
const serverFlag = process.argv.indexOf('--server');
if (serverFlag !== -1) {
  const serverStatus = Number(process.argv[serverFlag + 1] ?? 1);
  if (existsSync('test-results/server-tests.json')) {
    const report = JSON.parse(readFileSync('test-results/server-tests.json', 'utf8'));
    passed += report.passed;
    failed += report.failed;
    skipped += report.skipped;
    notes.push(`sync server: ${report.passed} passed, ${report.failed} failed`);
    if (serverStatus !== 0 && report.failed === 0) {
      failed += 1;
      notes.push('the sync server step failed without a failing test (typecheck?): counted as 1 failure');
    }
  } else {
    failed += 1;
    notes.push('sync server: no report (its typecheck or install failed): counted as 1 failure');
  }
}

if (existsSync('test-results/playwright.json')) {
  const { stats } = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'));
  passed += stats.expected ?? 0;
  failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  skipped += stats.skipped ?? 0;
  notes.push(`playwright: ${stats.expected} passed, ${(stats.unexpected ?? 0) + (stats.flaky ?? 0)} failed`);
} else {
  notes.push('playwright: no report (the run stopped before the end-to-end tests)');
}

if (shiftedStatus !== 0 && failed === 0) {
  failed = 1;
  notes.push('the shifted-clock run failed without failing tests in its report: counted as 1 failure');
}

if (npmTestStatus !== 0 && failed === 0) {
  failed = 1;
  notes.push('npm test failed in a step without a test report (typecheck, lint or build): counted as 1 failure');
}

for (const note of notes) console.log(note);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
