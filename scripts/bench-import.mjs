#!/usr/bin/env node
/**
 * npm run bench:import — parse time per report and import throughput.
 *
 * For each database in BENCH_DATABASES (default sqlite,postgres) it boots the
 * app on a fresh database, parses the seed report many times, then imports
 * REPORTS (default 40) distinct reports of the seed's shape as drafts, one
 * transaction each, and prints the figures: once through the editorial hooks
 * and once without the plugin's write hooks (NEWSROOM_DOCUMENT_MIDDLEWARES=false,
 * each on a fresh database of its own), alternating ROUNDS (3) times, with
 * what the hooks cost by the median of each, and the number of queries of
 * the third report (BENCH_SQL=/tmp/x writes them to /tmp/x-<database>-<on|off>.sql).
 */
import fs from 'node:fs';
import path from 'node:path';
import { bootStrapi } from './lib/boot.mjs';
import { freshDatabase } from './lib/bench-database.mjs';
import { prepare, ROOT } from './lib/prepare.mjs';

// One Strapi per process: each database is measured in a child process of its own.
const only = process.env.BENCH_DATABASE;
const databases = only ? [only] : (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',').map((d) => d.trim()).filter(Boolean);
const REPORTS = Number(process.env.REPORTS ?? 40);
const HOOKS = process.env.NEWSROOM_DOCUMENT_MIDDLEWARES !== 'false';
const PARSES = Number(process.env.PARSES ?? 300);
const seed = fs.readFileSync(path.resolve(ROOT, '../shared/seed/futian-2023-disability-committee-meeting.txt'), 'utf8');
const variant = (n) =>
  seed
    .replace(/实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议/g, `福田区召开2023年区残工委会议(第${n}篇)`)
    .replace('2023-04-29 09:58', `2023-04-29 ${String(10 + Math.floor((n % 600) / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`);


// Each child appends its figures here; the parent compares them.
const RESULTS = path.join(ROOT, '.tmp', 'bench-import-results.jsonl');

await prepare();
if (!only) {
  fs.rmSync(RESULTS, { force: true });
  // The parent makes and drops each database; the child measures and exits.
  const { run } = await import('./lib/run.mjs');
  // On and off alternate, ROUNDS times each, so that a change in the machine's load falls on both.
  const ROUNDS = Number(process.env.ROUNDS ?? 3);
  for (const kind of databases) {
    for (const hooks of Array.from({ length: ROUNDS }, () => ['true', 'false']).flat()) {
      const database = await freshDatabase(kind);
      const env = { ...database.env, BENCH_DATABASE: kind, NEWSROOM_DOCUMENT_MIDDLEWARES: hooks };
      const code = await run(process.execPath, [process.argv[1]], { env });
      await database.drop();
      if (code !== 0) process.exit(code);
    }
  }
  const rows = fs.readFileSync(RESULTS, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  fs.rmSync(RESULTS, { force: true });
  const medianRate = (list) => [...list].map((r) => r.rate).sort((a, b) => a - b)[Math.floor(list.length / 2)];
  for (const kind of databases) {
    const on = rows.filter((r) => r.kind === kind && r.hooks);
    const off = rows.filter((r) => r.kind === kind && !r.hooks);
    if (on.length === 0 || off.length === 0) continue;
    const [a, b] = [medianRate(on), medianRate(off)];
    console.log(
      `${kind.padEnd(9)} the hooks cost ${(100 * (1 - a / b)).toFixed(1)} % of import throughput: median ${a.toFixed(1)} vs ${b.toFixed(1)} reports/s over ${on.length} alternating runs each`
    );
  }
  process.exit(0);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const kind of databases) {
  Object.assign(process.env, { SERVE_ADMIN_PANEL: 'false', STRAPI_LOG_LEVEL: 'error' });
  const strapi = await bootStrapi({ quiet: true });
  const importer = strapi.plugin('newsroom').service('importer');
  try {
    const parseTimes = [];
    for (let i = 0; i < PARSES; i += 1) {
      const t = process.hrtime.bigint();
      await importer.parse(variant(i), 'bench.txt');
      parseTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const started = process.hrtime.bigint();
    const importTimes = [];
    // The queries of the third report (its slugs clash with the first two): a figure the machine's load does not move.
    const statements = [];
    const count = (query) => statements.push(query.sql);
    for (let i = 0; i < REPORTS; i += 1) {
      if (i === 2) strapi.db.connection.on('query', count);
      const t = process.hrtime.bigint();
      await importer.importReport(variant(i), { fileName: `bench-${i}.txt` });
      importTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (i === 2) strapi.db.connection.off('query', count);
    }
    if (process.env.BENCH_SQL) fs.writeFileSync(`${process.env.BENCH_SQL}-${kind}-${HOOKS ? 'on' : 'off'}.sql`, statements.join('\n'));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(
      `${kind.padEnd(9)} hooks ${HOOKS ? 'on ' : 'off'}  parse: median ${median(parseTimes).toFixed(2)} ms/report (${PARSES} parses)   ` +
        `import: ${(REPORTS / seconds).toFixed(1)} reports/s, median ${median(importTimes).toFixed(0)} ms/report (${REPORTS} reports, drafts), ` +
        `${statements.length} queries for the third report`
    );
    fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
    fs.appendFileSync(RESULTS, `${JSON.stringify({ kind, hooks: HOOKS, rate: REPORTS / seconds })}\n`);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
process.exit(0);
