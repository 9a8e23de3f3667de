#!/usr/bin/env node
/**
 * npm run bench:credits — time of splitting a credit line pasted into one
 * credit's name, on 40,000, 80,000 and 1,000,000 characters.
 *
 * Issue 11 measured the old splitter at 0.8 s for 40,000 characters and
 * 2.9 s for 80,000 (quadratic). This prints, for several hostile shapes, the
 * time of `parseCreditLine` and of the whole write-path normalization of a
 * meeting whose one credit holds the text (which scans it to decide whether
 * it is a credit line, splits it, and formats the derived lines), each the
 * best of three runs, and the growth from 40k to 1M per 25× more text:
 * about 1 means linear (quadratic would be about 25).
 *
 * The editorial core is compiled with the project's TypeScript into
 * node_modules/.cache/bench-credits first (no Strapi needed).
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'node_modules/.cache/bench-credits');
const EDITORIAL = path.join(ROOT, 'src/plugins/newsroom/server/src/editorial');

execFileSync(
  process.execPath,
  [
    path.join(ROOT, 'node_modules/typescript/bin/tsc'),
    '--outDir', OUT, '--module', 'commonjs', '--target', 'es2022', '--moduleResolution', 'node',
    '--esModuleInterop', '--resolveJsonModule', '--skipLibCheck', '--strict',
    path.join(EDITORIAL, 'index.ts'),
  ],
  { stdio: 'inherit' },
);
const require = createRequire(import.meta.url);
const core = require(path.join(OUT, 'index.js'));

const SIZES = [40_000, 80_000, 1_000_000];
/** Each shape is repeated to the size. The first ones are what made the old splitter quadratic. */
const SHAPES = {
  'role word and space (编辑 编辑 …)': '编辑 ',
  'role word and colon (编辑:编辑:…)': '编辑:',
  'the 读特 chain': '见习编辑 陈飞 审读 陈苏雅 二审 郑晓鹏 三审 王五 ',
  'one long name (陈陈陈…)': '陈',
  'spaces then a dot': ' ',
  'brackets ([编辑:陈飞] …)': '[编辑:陈飞] ',
  'glued role words (记者田也记者田也…)': '记者田也',
};

const repeatTo = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size - 1) + '。';

const time = (fn) => {
  let best = Infinity;
  for (let run = 0; run < 3; run += 1) {
    const started = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
};

const fmt = (ms) => `${ms.toFixed(1).padStart(9)} ms`;
console.log(`credit-line splitting (node ${process.version}); best of 3, growth = (1M time / 40k time) / 25`);
console.log(`${'shape'.padEnd(40)}${'step'.padEnd(12)}${SIZES.map((s) => `${s.toLocaleString('en')} ch`.padStart(15)).join('')}   growth`);
for (const [name, unit] of Object.entries(SHAPES)) {
  for (const [step, run] of [
    ['parse', (text) => core.parseCreditLine(text)],
    ['normalize', (text) => core.normalizeDocument('meeting', { editorial: { credits: [{ role: 'editor', name: text }] } }, { locale: 'zh-Hans' })],
  ]) {
    run(repeatTo(unit, 1000)); // warm up
    const times = SIZES.map((size) => {
      const text = repeatTo(unit, size);
      return time(() => run(text));
    });
    const growth = times[2] / times[0] / (SIZES[2] / SIZES[0]);
    console.log(`${name.padEnd(40)}${step.padEnd(12)}${times.map((t) => fmt(t).padStart(15)).join('')}    ${growth.toFixed(2)}`);
  }
}
