#!/usr/bin/env node
/**
 * The test command: unit tests once, then the integration suite on each
 * database of TEST_DATABASES (default: sqlite). Each integration test file
 * boots a real Strapi on its own throwaway database.
 *
 *   npm test                                  unit + integration on SQLite
 *   TEST_DATABASES=sqlite,postgres,mysql npm test
 *   npm test -- tests/unit                    extra arguments go to jest
 *   TEST_PARALLEL=2 TEST_DATABASES=… npm test  lint and up to 2 databases' suites at once
 *
 * TEST_PARALLEL (default 1) runs lint beside the tests and that many
 * databases' integration suites side by side (each on its own throwaway
 * databases, so they share nothing), each one's output printed whole when it
 * ends. CI uses 2: most of an integration suite's time is spent waiting on a
 * database server, not on this machine's two cores.
 *
 * ESLint runs first (npm run lint); a focused run (arguments for jest, or
 * TEST_ONLY) skips it. Fails when lint or any suite fails, when a database's
 * suite ran no test, and when a test was skipped that README.md's skip table
 * does not list by name with the same reason (scripts/lib/skips.mjs; the
 * reason is carried by the title, tests/integration/helpers/skip-on.ts). A
 * name filter (-t) skips the rest on purpose: then unlisted skips are only
 * printed. A focused test (`.only`, fit, fdescribe) fails its file in every
 * project (tests/setup/no-focus.ts).
 */
import { prepare } from './lib/prepare.mjs';
import { runJestProject } from './lib/jest.mjs';
import { run } from './lib/run.mjs';
import { checkSkips, readSkipTable } from './lib/skips.mjs';

const KNOWN = ['sqlite', 'postgres', 'mysql'];
const databases = (process.env.TEST_DATABASES ?? 'sqlite').split(',').map((d) => d.trim()).filter(Boolean);
const unknown = databases.filter((d) => !KNOWN.includes(d));
if (unknown.length > 0) {
  console.error(`TEST_DATABASES: unknown ${unknown.join(', ')}; use ${KNOWN.join(', ')}`);
  process.exit(2);
}
const jestArgs = process.argv.slice(2);
const only = process.env.TEST_ONLY; // 'unit', 'integration' or unset for both
const parallel = Math.max(1, Number.parseInt(process.env.TEST_PARALLEL ?? '1', 10) || 1);
const buffered = parallel > 1;

await prepare();

const runLint = async () => {
  const started = Date.now();
  if (!buffered) console.log('\n› lint (eslint)');
  const code = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'lint'], { buffered });
  if (buffered) console.log(`  (that was lint: ${code === 0 ? 'clean' : 'failed'})`);
  return { code, seconds: ((Date.now() - started) / 1000).toFixed(1) };
};
const wantLint = jestArgs.length === 0 && !only;
// Side by side, lint's output is printed whole when it ends; one at a time, it comes first.
const lintRun = wantLint && buffered ? runLint() : undefined;
let lint = wantLint && !buffered ? await runLint() : undefined;

const results = [];

const runSuite = async (label, project, env, extra = []) => {
  const started = Date.now();
  console.log(`\n› ${label}${buffered ? ' (started; its output follows when it ends)' : ''}`);
  const { code, passed, failed, skipped } = await runJestProject(project, { label, args: [...jestArgs, ...extra], env, buffered });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { label, database: env.TEST_DATABASE, code, passed, failed, skipped, seconds };
};

// A focused run (jest arguments) may match files of one project only: the other has nothing to run.
const focused = jestArgs.length > 0 ? ['--passWithNoTests'] : [];
if (only !== 'integration') results.push(await runSuite('unit', 'unit', {}, focused));
if (only !== 'unit') {
  const queue = [...databases];
  const worker = async () => {
    for (let database = queue.shift(); database !== undefined; database = queue.shift()) {
      results.push(await runSuite(`integration-${database}`, 'integration', { TEST_DATABASE: database }, ['--runInBand', ...focused]));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, databases.length) }, worker));
}
if (lintRun) lint = await lintRun;
// Side by side, suites end in any order: the summary keeps TEST_DATABASES's.
const order = (r) => (r.database === undefined ? -1 : databases.indexOf(r.database));
results.sort((a, b) => order(a) - order(b));

console.log('\nSummary');
let ok = true;
if (lint) {
  if (lint.code !== 0) ok = false;
  console.log(`  ${'lint'.padEnd(22)} ${lint.code === 0 ? 'clean' : 'FAILED (npm run lint)'} in ${lint.seconds}s`);
}
for (const r of results) {
  const empty = r.passed + r.failed === 0 && jestArgs.length === 0;
  if (r.code !== 0 || r.failed > 0 || empty) ok = false;
  console.log(
    `  ${r.label.padEnd(22)} ${r.passed} passed, ${r.failed} failed, ${r.skipped.length} skipped in ${r.seconds}s${empty ? '  (ran no test: counted as a failure)' : ''}`
  );
}
const withSkips = results.filter((r) => r.skipped.length > 0);
if (withSkips.length > 0) {
  console.log('\nSkipped');
  for (const r of withSkips) {
    console.log(`  ${r.label}`);
    for (const s of r.skipped) console.log(`    ${s.file} › ${s.title}\n      why: ${s.reason}`);
  }
}
// A name filter skips the tests it does not match: those skips are expected, and not checked.
const nameFiltered = jestArgs.some((arg) => arg === '-t' || arg.startsWith('--testNamePattern') || arg.startsWith('-t='));
const skipProblems = checkSkips(results, readSkipTable(), { complete: jestArgs.length === 0 });
if (skipProblems.length > 0) {
  console.log(nameFiltered ? '\nSkips the README does not list (not counted: -t skips on purpose)' : '\nSkips that fail the run (README.md, "The tests": the skip table)');
  for (const problem of skipProblems) console.log(`  ${problem}`);
  if (!nameFiltered) ok = false;
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed =
  results.reduce((n, r) => n + r.failed, 0) +
  results.filter((r) => r.code !== 0 && r.failed === 0).length +
  (lint && lint.code !== 0 ? 1 : 0) +
  (nameFiltered ? 0 : skipProblems.length);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
