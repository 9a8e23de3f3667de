/**
 * Runs one jest project in a child process and reads its JSON report, so a
 * runner can print `N passed, N failed`, tell "ran no test" apart, and list
 * the tests that were skipped with their reason.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './prepare.mjs';
import { run } from './run.mjs';

const JEST = path.join(ROOT, 'node_modules/jest/bin/jest.js');
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-jest-'));

// tests/integration/helpers/skip-on.ts ends a skipped test's title with this.
const REASON = /\s*\[skipped on [a-z]+: (.+)\]$/;

/** Each skipped (or todo) test of a jest JSON report: file, title, and the reason its title carries. */
export const skippedTests = (report) =>
  (report.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((a) => a.status === 'pending' || a.status === 'skipped' || a.status === 'todo')
      .map((a) => {
        const title = [...(a.ancestorTitles ?? []), a.title].join(' › ');
        const match = REASON.exec(title);
        return {
          file: path.relative(ROOT, file.name),
          title: match ? title.slice(0, match.index) : title,
          reason: match ? match[1] : 'no reason in its title (an it.skip without skipOn, or left out by -t)',
        };
      })
  );

/**
 * Resolves with jest's exit code, its passed and failed test counts (a suite
 * that failed to run counts as failed) and its skipped tests.
 */
export const runJestProject = async (project, { label = project, args = [], env = {}, buffered = false } = {}) => {
  const report = path.join(reportDir, `${label}.json`);
  const code = await run(process.execPath, [JEST, ...args, '--json', '--outputFile', report, '--selectProjects', project], { env: { NEWSROOM_DEMO_SECRETS: '1', ...env }, buffered });
  let passed = 0;
  let failed = 0;
  let skipped = [];
  try {
    const result = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed = result.numPassedTests;
    failed = result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
    skipped = skippedTests(result);
  } catch {
    failed += 1;
  }
  return { code, passed, failed, skipped };
};
