/**
 * Runs one jest project in a child process and reads its JSON report, so a
 * runner can print `N passed, N failed` and tell "ran no test" apart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './prepare.mjs';
import { run } from './run.mjs';

const JEST = path.join(ROOT, 'node_modules/jest/bin/jest.js');
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-jest-'));

/** Resolves with jest's exit code and its passed and failed test counts (a suite that failed to run counts as failed). */
export const runJestProject = async (project, { label = project, args = [], env = {} } = {}) => {
  const report = path.join(reportDir, `${label}.json`);
  const code = await run(process.execPath, [JEST, ...args, '--json', '--outputFile', report, '--selectProjects', project], { env });
  let passed = 0;
  let failed = 0;
  try {
    const result = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed = result.numPassedTests;
    failed = result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
  } catch {
    failed += 1;
  }
  return { code, passed, failed };
};
