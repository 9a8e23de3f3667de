/**
 * Every skipped test must be one the README lists, by name and reason, in the
 * table of its test section: a row per skipped test, a column per database,
 * each cell `runs` or `skipped: <reason>`. The runner (scripts/test.mjs)
 * fails on a skip the table does not list with that reason, and — on a full
 * run of a database's suite — on a row that says a test is skipped on a
 * database where it ran.
 *
 *   | `write-retry.test.ts` › survives … | skipped: <reason> | runs | runs |
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './prepare.mjs';

const COLUMNS = { sqlite: 'SQLite', postgres: 'PostgreSQL', mysql: 'MariaDB/MySQL' };

const cells = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

/** The README's skip table: rows of { file, title, skips: { database: reason } }. */
export const readSkipTable = (readme = path.join(ROOT, 'README.md')) => {
  const lines = fs.readFileSync(readme, 'utf8').split('\n');
  const start = lines.findIndex((line) => /^\|\s*test\s*\|/.test(line));
  if (start < 0) throw new Error('README.md: no skip table (a table whose first column is "test")');
  const header = cells(lines[start]);
  const columnOf = Object.fromEntries(Object.entries(COLUMNS).map(([database, name]) => [database, header.indexOf(name)]));
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break;
    const row = cells(line);
    const match = /^`([^`]+)`\s*›\s*(.+)$/.exec(row[0]);
    if (!match) continue; // "everything else"
    const skips = {};
    for (const [database, column] of Object.entries(columnOf)) {
      const skipped = /^skipped:\s*(.+)$/.exec(row[column] ?? '');
      if (skipped) skips[database] = skipped[1].trim();
    }
    rows.push({ file: match[1], title: match[2].trim(), skips });
  }
  return rows;
};

const sameFile = (reported, listed) => reported === listed || reported.endsWith(`/${listed}`);

/**
 * The problems of a run against the table: `results` are the suites the
 * runner ran ({ label, database, skipped: [{ file, title, reason }] }),
 * `complete` says every test file of each suite ran (no jest arguments).
 */
export const checkSkips = (results, table, { complete }) => {
  const problems = [];
  for (const result of results) {
    for (const skip of result.skipped) {
      const row = table.find((r) => sameFile(skip.file, r.file) && r.title === skip.title);
      const listed = row?.skips[result.database];
      if (!row || listed === undefined) problems.push(`${result.label}: ${skip.file} › ${skip.title} is skipped but not listed in README.md's skip table`);
      else if (listed !== skip.reason) problems.push(`${result.label}: ${skip.file} › ${skip.title}: README says "${listed}", the test says "${skip.reason}"`);
    }
    if (!complete || !result.database) continue;
    for (const row of table) {
      if (row.skips[result.database] === undefined) continue;
      const skipped = result.skipped.some((t) => sameFile(t.file, row.file) && t.title === row.title);
      if (!skipped) problems.push(`${result.label}: README lists ${row.file} › ${row.title} as skipped on ${result.database}, but no such test was skipped (it ran, or has another name)`);
    }
  }
  return problems;
};
