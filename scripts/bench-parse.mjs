#!/usr/bin/env node
/**
 * npm run bench:parse — the article parser's time on the seed report and on
 * hostile inputs (tests/fixtures/hostile-inputs.ts) of 0.5, 1 and 2 MB.
 *
 * Linear means four times the input takes four times as long: the table
 * prints the 2 MB / 0.5 MB ratio for each input (about 4 when linear; a
 * quadratic scan gives about 16). The run fails when a ratio exceeds
 * RATIO_MAX (default 8: the machine is shared, single timings jitter) or a
 * 2 MB parse takes over BOUND_MS (default 3000 ms, the bound the unit test
 * used to hold). Median of RUNS (default 3) parses each.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadParser } from './lib/load-parser.mjs';
import { ROOT } from './lib/prepare.mjs';
import { SEED_FILE } from './lib/seed.cjs';

const RUNS = Number(process.env.RUNS ?? 3);
const RATIO_MAX = Number(process.env.RATIO_MAX ?? 8);
const BOUND_MS = Number(process.env.BOUND_MS ?? 3000);
const MB = 1024 * 1024;
const { parseArticle, ArticleParseError } = loadParser();
const { hostileInputs } = await import(path.join(ROOT, 'node_modules/.cache/newsroom-parser/tests/fixtures/hostile-inputs.js'));
const seedText = fs.readFileSync(SEED_FILE, 'utf8');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = (text) => {
  const samples = [];
  let outcome = '';
  for (let i = 0; i < RUNS; i += 1) {
    const started = process.hrtime.bigint();
    try {
      parseArticle(text);
      outcome = 'report';
    } catch (error) {
      if (!(error instanceof ArticleParseError)) throw error;
      outcome = `refused (${error.code})`;
    }
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ms: median(samples), outcome };
};

const seed = [];
for (let i = 0; i < 200; i += 1) seed.push(time(seedText).ms);
console.log(`seed report (${Buffer.byteLength(seedText)} bytes): median ${median(seed).toFixed(2)} ms over 200 parses\n`);
console.log('| input | 0.5 MB | 1 MB | 2 MB | 2 MB / 0.5 MB | outcome |');
console.log('|---|---:|---:|---:|---:|---|');
let failed = false;
for (const [name, make] of hostileInputs(seedText)) {
  const [half, one, two] = [MB / 2, MB, 2 * MB].map((bytes) => time(make(bytes)));
  const ratio = two.ms / Math.max(half.ms, 0.5);
  const bad = ratio > RATIO_MAX || two.ms > BOUND_MS;
  if (bad) failed = true;
  console.log(`| ${name} | ${half.ms.toFixed(0)} ms | ${one.ms.toFixed(0)} ms | ${two.ms.toFixed(0)} ms | ${ratio.toFixed(2)}${bad ? ' ✗' : ''} | ${two.outcome} |`);
}
if (failed) {
  console.error(`\nAn input grew faster than linear (ratio over ${RATIO_MAX}) or took over ${BOUND_MS} ms at 2 MB.`);
  process.exit(1);
}
