#!/usr/bin/env node
/**
 * npm run accuracy:import — field-level accuracy of the article parser over
 * the fixture corpus (tests/fixtures/reports/*.txt with their
 * .expected.json), field by field: title, date held, report date, organizer,
 * source, credits by role, speakers with titles, achievements, street cases,
 * documents.
 *
 * A field's accuracy is the items found as expected over the larger of the
 * expected and the found items (an extra item counts against, as a missing
 * one does); a field both sides leave empty counts as one item right. Prints a
 * table, the fixtures with any miss and what was missed, and exits 1 when a
 * field is under ACCURACY_MIN percent (default 100).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadParser } from './lib/load-parser.mjs';
import { ROOT } from './lib/prepare.mjs';

const FIXTURES = path.join(ROOT, 'tests/fixtures/reports');
const minimum = Number(process.env.ACCURACY_MIN ?? 100);
const { parseArticle, factsOf, scoreFacts, FIELDS } = loadParser();

const names = fs.readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort();
const totals = new Map(FIELDS.map(({ name }) => [name, { correct: 0, total: 0, fixtures: 0, exact: 0 }]));
const misses = [];
for (const name of names) {
  const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, name.replace(/\.txt$/, '.expected.json')), 'utf8'));
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
  for (const score of scoreFacts(expected, actual)) {
    const sum = totals.get(score.field);
    sum.correct += score.correct;
    sum.total += score.total;
    sum.fixtures += 1;
    if (score.correct === score.total) sum.exact += 1;
    else {
      const field = FIELDS.find((f) => f.name === score.field);
      misses.push(`${name}: ${score.field} expected ${JSON.stringify(field.items(expected))} got ${JSON.stringify(field.items(actual))}`);
    }
  }
}

const percent = (a, b) => (b === 0 ? 100 : (100 * a) / b);
console.log(`Article parser accuracy over ${names.length} fixture reports (tests/fixtures/reports)\n`);
console.log(`| field | items right / items | accuracy | fixtures exact |`);
console.log(`|---|---:|---:|---:|`);
let allCorrect = 0;
let allTotal = 0;
let failed = false;
for (const [field, sum] of totals) {
  const value = percent(sum.correct, sum.total);
  if (value < minimum) failed = true;
  allCorrect += sum.correct;
  allTotal += sum.total;
  console.log(`| ${field} | ${sum.correct} / ${sum.total} | ${value.toFixed(1)} % | ${sum.exact} / ${sum.fixtures} |`);
}
console.log(`| **all fields** | ${allCorrect} / ${allTotal} | ${percent(allCorrect, allTotal).toFixed(1)} % | |`);
if (misses.length > 0) {
  console.log(`\nMisses:`);
  for (const miss of misses) console.log(`  ${miss}`);
}
if (failed) {
  console.error(`\nA field is under ${minimum} %.`);
  process.exit(1);
}
