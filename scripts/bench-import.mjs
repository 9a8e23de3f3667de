#!/usr/bin/env node
/**
 * npm run bench:import — parse time per report and what the editorial hooks
 * cost of import throughput.
 *
 * For each database in BENCH_DATABASES (default sqlite,postgres) two Strapi
 * processes boot side by side, each on a fresh database of its own: one with
 * the plugin's write hooks, one without them (NEWSROOM_DOCUMENT_MIDDLEWARES=false:
 * no rules, slugs or page rebuild). Each parses the seed report PARSES (300)
 * times and imports WARMUP (5) reports untimed. Then they import REPORTS (40)
 * distinct reports of the seed's shape as drafts, one transaction each, in
 * lockstep: report i through one process, then through the other (which goes
 * first alternates), never both at once; a report's time runs to the last
 * query it caused (Strapi's entry events read the new documents after the
 * import returns). A change in the machine's speed —
 * on this shared 2-core machine whole runs moved by ±20 % from one to the
 * next — then falls on both halves of every pair instead of on one mode.
 * ROUNDS (3) times, with fresh databases and processes; prints each round
 * and the median, and the number of queries of the third timed report
 * (BENCH_SQL=/tmp/x writes them to /tmp/x-<database>-<on|off>.sql).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createInterface } from 'node:readline';
import { bootStrapi } from './lib/boot.mjs';
import { freshDatabase } from './lib/bench-database.mjs';
import { prepare } from './lib/prepare.mjs';
import { SEED_FILE } from './lib/seed.cjs';

const REPORTS = Number(process.env.REPORTS ?? 40);
const PARSES = Number(process.env.PARSES ?? 300);
const WARMUP = Number(process.env.WARMUP ?? 5);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const QUIET = 50;
const seed = fs.readFileSync(SEED_FILE, 'utf8');
const variant = (n) =>
  seed
    .replace(/实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议/g, `福田区召开2023年区残工委会议(第${n}篇)`)
    .replace('2023-04-29 09:58', `2023-04-29 ${String(10 + Math.floor((n % 600) / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The child's lines to the parent start with this; Strapi's own output does not. */
const TAG = 'BENCH ';

/**
 * A child: boots, parses, warms up, says ready, then imports the report it
 * is told to, one at a time, answering with the time it took.
 */
const child = async () => {
  const hooks = process.env.NEWSROOM_DOCUMENT_MIDDLEWARES !== 'false';
  const say = (message) => process.stdout.write(`${TAG}${JSON.stringify(message)}\n`);
  Object.assign(process.env, { SERVE_ADMIN_PANEL: 'false', STRAPI_LOG_LEVEL: 'error' });
  const strapi = await bootStrapi({ quiet: true, demoSecrets: true });
  const importer = strapi.plugin('newsroom').service('importer');
  const parseTimes = [];
  for (let i = 0; i < PARSES; i += 1) {
    const t = process.hrtime.bigint();
    await importer.parse(variant(i), 'bench.txt');
    parseTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  // Untimed: a process's first reports run cold code (JIT, first queries) for 2–4 times as long.
  for (let i = 0; i < WARMUP; i += 1) await importer.importReport(variant(10_000 + i), { fileName: `warm-up-${i}.txt` });
  // Strapi loads the written entries for its entry events after the import has returned (about a
  // quarter of the queries a report causes): a report's time runs to the last answer it caused, once
  // the database has been quiet for QUIET ms (the wait itself is not counted).
  let lastAnswer = 0;
  strapi.db.connection.on('query-response', () => {
    lastAnswer = performance.now();
  });
  const settled = async () => {
    while (performance.now() - lastAnswer < QUIET) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  await settled();
  say({ ready: true });
  const statements = [];
  const count = (query) => statements.push(query.sql);
  for await (const line of createInterface({ input: process.stdin })) {
    const { report } = JSON.parse(line);
    if (report === undefined) break;
    // The queries of the third timed report (its slugs clash with the reports before it): a figure the machine's load does not move.
    if (report === 2) strapi.db.connection.on('query', count);
    const t = performance.now();
    await importer.importReport(variant(report), { fileName: `bench-${report}.txt` });
    const returned = performance.now();
    await settled();
    const ms = Math.max(returned, lastAnswer) - t;
    if (report === 2) strapi.db.connection.off('query', count);
    say({ report, ms });
  }
  if (process.env.BENCH_SQL) fs.writeFileSync(`${process.env.BENCH_SQL}-${process.env.BENCH_DATABASE}-${hooks ? 'on' : 'off'}.sql`, statements.join('\n'));
  say({ done: true, parseMedian: median(parseTimes), queries: statements.length });
  process.exit(0);
};

/** Starts a child and answers a way to send it a message and to wait for its next tagged line. */
const startChild = (env) => {
  const process_ = spawn(process.execPath, [process.argv[1]], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
  const queue = [];
  const waiters = [];
  createInterface({ input: process_.stdout }).on('line', (line) => {
    if (!line.startsWith(TAG)) return;
    const message = JSON.parse(line.slice(TAG.length));
    const waiter = waiters.shift();
    if (waiter) waiter.resolve(message);
    else queue.push(message);
  });
  const exited = new Promise((resolve) => process_.on('exit', resolve));
  process_.on('exit', (code) => {
    for (const waiter of waiters.splice(0)) waiter.reject(new Error(`benchmark child exited with ${code}`));
  });
  return {
    send: (message) => process_.stdin.write(`${JSON.stringify(message)}\n`),
    next: () => (queue.length > 0 ? Promise.resolve(queue.shift()) : new Promise((resolve, reject) => waiters.push({ resolve, reject }))),
    exited,
    kill: () => process_.kill(),
  };
};

/** One round: two fresh databases, two processes, REPORTS reports in lockstep. */
const round = async (kind) => {
  const databases = { on: await freshDatabase(kind), off: await freshDatabase(kind) };
  const children = {};
  try {
    for (const mode of ['on', 'off']) {
      children[mode] = startChild({ ...databases[mode].env, BENCH_DATABASE: kind, BENCH_CHILD: '1', NEWSROOM_DOCUMENT_MIDDLEWARES: mode === 'on' ? 'true' : 'false' });
    }
    // Both boot and warm up at once; the timed part starts when both are ready.
    await Promise.all(Object.values(children).map((c) => c.next()));
    const times = { on: [], off: [] };
    for (let report = 0; report < REPORTS; report += 1) {
      for (const mode of report % 2 === 0 ? ['on', 'off'] : ['off', 'on']) {
        children[mode].send({ report });
        times[mode].push((await children[mode].next()).ms);
      }
    }
    const summary = {};
    for (const mode of ['on', 'off']) {
      children[mode].send({});
      summary[mode] = await children[mode].next();
      await children[mode].exited;
    }
    const rate = (mode) => REPORTS / (times[mode].reduce((a, b) => a + b, 0) / 1000);
    return { on: { rate: rate('on'), median: median(times.on), ...summary.on }, off: { rate: rate('off'), median: median(times.off), ...summary.off } };
  } finally {
    for (const c of Object.values(children)) c.kill();
    await databases.on.drop();
    await databases.off.drop();
  }
};

if (process.env.BENCH_CHILD) {
  await child().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  await prepare();
  const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',').map((d) => d.trim()).filter(Boolean);
  for (const kind of databases) {
    const costs = [];
    for (let r = 1; r <= ROUNDS; r += 1) {
      const { on, off } = await round(kind);
      const cost = 100 * (1 - on.rate / off.rate);
      costs.push(cost);
      console.log(
        `${kind.padEnd(9)} round ${r}: hooks on ${on.rate.toFixed(1)} reports/s (median ${on.median.toFixed(0)} ms/report), ` +
          `off ${off.rate.toFixed(1)} reports/s (median ${off.median.toFixed(0)} ms/report): the hooks cost ${cost.toFixed(1)} %; ` +
          `parse median ${on.parseMedian.toFixed(2)} ms/report; queries of the third report ${on.queries} on, ${off.queries} off`
      );
    }
    console.log(
      `${kind.padEnd(9)} the hooks cost ${median(costs).toFixed(1)} % of import throughput (median of ${ROUNDS} rounds of ${REPORTS} reports in lockstep, after ${WARMUP} untimed)`
    );
  }
  process.exit(0);
}
