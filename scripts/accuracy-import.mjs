#!/usr/bin/env node
/**
 * npm run accuracy:import — field-level accuracy of the article parser over
 * two fixture sets, each report a .txt with its .expected.json:
 *
 * - tests/fixtures/reports: the corpus the parser was built against (the
 *   golden tests keep it at 100 %);
 * - tests/fixtures/reports-unseen: reports written BEFORE the parser was
 *   changed for them (issue 25), in shapes the corpus did not have. Its figure
 *   says how the parser does on shapes it was not tuned for; the next round
 *   adds its own unseen set before changing the parser.
 *
 * Fields: headline, title, date held, report date, organizer, source, credits
 * by role, body (each text the expected file says must stay out of the body —
 * page furniture, foot credits, repost notices; only fixtures that state such
 * texts count), speakers with titles, achievements, street cases, documents.
 * A field's accuracy is the items found as expected over the larger of the
 * expected and the found items (an extra item counts against, as a missing
 * one does); a field both sides leave empty counts as one item right.
 *
 * Prints a table per set and the fixtures with any miss. Exits 1 when a field
 * of the built-against corpus is under ACCURACY_MIN percent (default 100);
 * the unseen set is reported, never enforced (UNSEEN_MIN, default 0).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadParser } from './lib/load-parser.mjs';
import { ROOT } from './lib/prepare.mjs';

const SETS = [
  { dir: 'tests/fixtures/reports', label: 'corpus the parser was built against', minimum: Number(process.env.ACCURACY_MIN ?? 100) },
  { dir: 'tests/fixtures/reports-unseen', label: 'written before the issue-25 changes (76.0 % then; BENCHMARKS.md says what the figure now is)', minimum: Number(process.env.UNSEEN_MIN ?? 0) },
  { dir: 'tests/fixtures/reports-holdout', label: 'written after the issue-25 changes, never tuned for', minimum: Number(process.env.UNSEEN_MIN ?? 0) },
];
const { parseArticle, factsOf, scoreFacts, scoreBody, bodyLeaks, FIELDS, BODY_FIELD } = loadParser();
const FIELD_NAMES = [...FIELDS.map(({ name }) => name).slice(0, 7), BODY_FIELD, ...FIELDS.map(({ name }) => name).slice(7)];
const percent = (a, b) => (b === 0 ? 100 : (100 * a) / b);

function measure(directory) {
  const names = fs.readdirSync(directory).filter((name) => name.endsWith('.txt')).sort();
  const totals = new Map(FIELD_NAMES.map((name) => [name, { correct: 0, total: 0, fixtures: 0, exact: 0 }]));
  const misses = [];
  let exactReports = 0;
  for (const name of names) {
    const text = fs.readFileSync(path.join(directory, name), 'utf8');
    const expected = JSON.parse(fs.readFileSync(path.join(directory, name.replace(/\.txt$/, '.expected.json')), 'utf8'));
    let actual;
    try {
      actual = factsOf(parseArticle(text, { fileName: name }));
    } catch (error) {
      misses.push(`${name}: refused (${error.message})`);
      for (const { name: field, items } of FIELDS) {
        const sum = totals.get(field);
        sum.total += Math.max(1, items(expected).length);
        sum.fixtures += 1;
      }
      continue;
    }
    const scores = scoreFacts(expected, actual);
    const body = scoreBody(expected, actual);
    if (body !== undefined) scores.push(body);
    let exact = true;
    for (const score of scores) {
      const sum = totals.get(score.field);
      sum.correct += score.correct;
      sum.total += score.total;
      sum.fixtures += 1;
      if (score.correct === score.total) {
        sum.exact += 1;
        continue;
      }
      exact = false;
      if (score.field === BODY_FIELD) {
        misses.push(`${name}: body still holds ${JSON.stringify(bodyLeaks(expected, actual))}`);
        continue;
      }
      const field = FIELDS.find((f) => f.name === score.field);
      misses.push(`${name}: ${score.field} expected ${JSON.stringify(field.items(expected))} got ${JSON.stringify(field.items(actual))}`);
    }
    if (exact) exactReports += 1;
  }
  return { names, totals, misses, exactReports };
}

let failed = false;
for (const set of SETS) {
  const directory = path.join(ROOT, set.dir);
  if (!fs.existsSync(directory)) continue;
  const { names, totals, misses, exactReports } = measure(directory);
  console.log(`\n## ${set.dir} — ${set.label}: ${names.length} reports, ${exactReports} read without a miss\n`);
  console.log(`| field | items right / items | accuracy | fixtures exact |`);
  console.log(`|---|---:|---:|---:|`);
  let allCorrect = 0;
  let allTotal = 0;
  for (const [field, sum] of totals) {
    const value = percent(sum.correct, sum.total);
    if (value < set.minimum) {
      failed = true;
      console.error(`${set.dir}: ${field} is under ${set.minimum} %`);
    }
    allCorrect += sum.correct;
    allTotal += sum.total;
    console.log(`| ${field} | ${sum.correct} / ${sum.total} | ${value.toFixed(1)} % | ${sum.exact} / ${sum.fixtures} |`);
  }
  console.log(`| **all fields** | ${allCorrect} / ${allTotal} | ${percent(allCorrect, allTotal).toFixed(1)} % | |`);
  if (misses.length > 0) {
    console.log(`\nMisses:`);
    for (const miss of misses) console.log(`  ${miss}`);
  }
}
if (failed) process.exit(1);
