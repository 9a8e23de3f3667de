#!/usr/bin/env node
/**
 * npm run bench:archive — writes that stay fast as the archive grows (issue 21).
 *
 * For each database in BENCH_DATABASES (default sqlite,postgres), one run on a
 * fresh database, Strapi with its outbox workers in a child process listening
 * on BENCH_PORT (default 14300). The archive grows by importing the seed
 * report again and again, published, through the importer service (the
 * admin's import route calls it; every write goes through the Document
 * Service and the plugin's hooks, nothing is written around them),
 * SEED_CONCURRENCY (default 4) imports at a time, with progress every 15 s;
 * each variant has its own title and a later date, and shares the report's
 * four speakers; the seeding imports are the report's short form (its
 * meeting and speakers, see PARTS). At each size of SIZES (default
 * 10,300,3000 meetings), with the outbox drained first:
 *   import:     IMPORTS (5) more imports of the whole report, one at a time, each timed to its commit (median);
 *   freshness:  16 clients (each pausing READ_PACE_MS, 100, between reads) read stored pages (meetings and speakers by-slug) while
 *               an editor imports FRESH (10) reports one after another; for each,
 *               the time from the import's commit until the pages it changes
 *               (the meeting's and its four speakers') all show it: p50, p99;
 *   rename:     RENAMES (3) renames of a shared speaker over REST (PUT
 *               /api/newsroom/speakers/:id), each timed with the process's
 *               outbox worker paused (the write on its own), and of a speaker
 *               of no meeting (the baseline); meanwhile 4 readers (10 ms
 *               apart) read by-slug pages: their p99 with no write
 *               (baseline), during the renames' requests, and while the
 *               renames' derived work runs after them (every meeting page
 *               showing the new name, then the old name again): until it is
 *               done, or for RENAME_WINDOW_S (60) at the largest size, where it
 *               outlasts the run (how many pages it reached is printed).
 * On PostgreSQL with autovacuum off, each size is analyzed after seeding (analyzeIfAutovacuumIsOff).
 * Then the ratios the issue asks for: the write's own time at the largest
 * size over its time at the smallest (target ≤ 1.5), freshness p99 (target
 * < 2 s at 3,000 on PostgreSQL), by-slug p99 during a rename (< 50 ms).
 * SIZES=10,300 for a quick run.
 */
import fs from 'node:fs';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { reportVariant } from './lib/archive-report.mjs';
import { median, ms, p99Of, quantile, readsWithin, startReaders } from './lib/archive-readers.mjs';
import { bootStrapi } from './lib/boot.mjs';
import { analyzeIfAutovacuumIsOff, measureEachDatabaseInAChild } from './lib/bench-database.mjs';
import { prepare } from './lib/prepare.mjs';
import { SEED_FILE } from './lib/seed.cjs';

const only = process.env.BENCH_DATABASE;
const SIZES = (process.env.SIZES ?? '10,300,3000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const SEED_CONCURRENCY = Number(process.env.SEED_CONCURRENCY ?? 4);
const IMPORTS = Number(process.env.IMPORTS ?? 5);
const FRESH = Number(process.env.FRESH ?? 10);
const RENAMES = Number(process.env.RENAMES ?? 3);
const READ_CLIENTS = 16;
/** Each reader's pause between two reads: 16 readers at 100 ms offer about 160 reads/s, under what one process serves here (bench:pages), so reads measure waiting on writes, not a saturated queue. READ_PACE_MS=0 saturates. */
const READ_PACE_MS = Number(process.env.READ_PACE_MS ?? 100);
const RENAME_READERS = 4;
const RENAME_READ_PACE_MS = 10;
const RENAME_WINDOW_S = Number(process.env.RENAME_WINDOW_S ?? 60);

if (!only) {
  await prepare();
  await measureEachDatabaseInAChild();
}

Object.assign(process.env, {
  SERVE_ADMIN_PANEL: 'false',
  STRAPI_LOG_LEVEL: 'error',
  STRAPI_STARTUP_LOG: 'false',
  HOST: '127.0.0.1',
  PORT: process.env.BENCH_PORT ?? '14300',
});
const strapi = await bootStrapi({ listen: true, quiet: true, demoSecrets: true });
const base = `http://127.0.0.1:${strapi.server.httpServer.address().port}`;
const importer = strapi.plugin('newsroom').service('importer');
const knex = strapi.db.connection;
const outboxService = strapi.plugin('newsroom').service('outbox');
const seed = fs.readFileSync(SEED_FILE, 'utf8');
const LOCALE = 'zh-Hans';
const started = Date.now();
const log = (message) => console.log(`${only} [${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${message}`);
const SEED_FORM = process.env.SEED_FORM ?? 'short';
/** The n-th meeting's report (lib/archive-report.mjs): whole for the timed imports, SEED_FORM for the seeding. */
const variant = (n, form) => reportVariant(seed, n, form);

let made = 0;
const meetings = [];
/** One more meeting through the importer (one transaction: the meeting, its parts, its speakers' reuse); answers it and the time to its commit. */
const importOne = async (form = 'full') => {
  const n = made++;
  const t = performance.now();
  const outcome = await importer.importReport(variant(n, form), { fileName: `archive-${n}.txt`, publish: true, locale: LOCALE });
  const took = performance.now() - t;
  const { slug } = await strapi.documents('plugin::newsroom.meeting').findOne({ documentId: outcome.meeting.documentId, locale: LOCALE, status: 'published', fields: ['slug'] });
  const meeting = { documentId: outcome.meeting.documentId, slug };
  meetings.push(meeting);
  return { meeting, ms: took };
};

/** Jobs waiting or running in the outbox (any run-at: a retry waiting counts). */
const outstanding = async () => Number((await knex('newsroom_jobs').whereIn('state', ['pending', 'running']).count({ n: '*' }).first()).n);
const drained = async (timeoutMs = 30 * 60_000) => {
  const t = Date.now();
  while ((await outstanding()) > 0) {
    if (Date.now() - t > timeoutMs) throw new Error('the outbox did not drain');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - t;
};

const seedUpTo = async (count) => {
  const t = Date.now();
  const from = meetings.length;
  let last = Date.now();
  const worker = async () => {
    while (made < count) {
      await importOne(SEED_FORM);
      if (Date.now() - last > 15_000) {
        last = Date.now();
        log(`seeding: ${meetings.length}/${count} meetings, ${((meetings.length - from) / ((Date.now() - t) / 1000)).toFixed(1)} imports/s, ${await outstanding()} jobs waiting`);
      }
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
  const drainMs = await drained();
  log(`${count} meetings: seeded in ${((Date.now() - t) / 1000).toFixed(0)} s (the last derived work drained ${(drainMs / 1000).toFixed(1)} s after)`);
};

const getJson = async (url) => {
  const response = await fetch(`${base}${url}`);
  return response.status === 200 ? response.json() : null;
};
const pagePath = (plural, slug) => `/api/newsroom/${plural}/by-slug/${encodeURIComponent(slug)}?locale=${LOCALE}`;

const token = (
  await strapi.service('admin::api-token').create({ name: `bench-archive-${Date.now()}`, type: 'full-access', lifespan: null, description: 'bench:archive renames' })
).accessKey;
const rename = async (documentId, name) => {
  const t = performance.now();
  const response = await fetch(`${base}/api/newsroom/speakers/${documentId}?status=published&locale=${LOCALE}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ data: { name } }),
  });
  if (response.status !== 200) throw new Error(`rename answered ${response.status}: ${await response.text()}`);
  return performance.now() - t;
};
const createSpeaker = async (name) => {
  const response = await fetch(`${base}/api/newsroom/speakers?status=published&locale=${LOCALE}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ data: { name } }),
  });
  if (response.status !== 201 && response.status !== 200) throw new Error(`creating a speaker answered ${response.status}: ${await response.text()}`);
  return (await response.json()).data;
};

await seedUpTo(Math.min(SIZES[0], 1));
const sharedSpeakers = (await strapi.documents('plugin::newsroom.speaker').findMany({ locale: LOCALE, status: 'published', fields: ['documentId', 'slug', 'name'] })).map(
  (s) => ({ documentId: s.documentId, slug: s.slug, name: s.name })
);
log(`the seed report's speakers: ${sharedSpeakers.map((s) => s.name).join(', ')}`);
const loner = await createSpeaker('无会议的发言人');
const renamed = sharedSpeakers[0];
/** A name's n-th variant (names may not carry digits): 甲子, 乙子, … */
const nth = (n) => `${'甲乙丙丁戊己庚辛壬癸'[n % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(n / 10) % 12]}`;
let renames = 0;
const results = [];
for (const size of SIZES) {
  await seedUpTo(size);
  if (await analyzeIfAutovacuumIsOff(knex, only)) log('ANALYZE after seeding: autovacuum is off on this server (a default server analyzes grown tables itself)');
  const row = { size };

  // The write's own time: one more import, to its commit.
  const importTimes = [];
  for (let i = 0; i < IMPORTS; i += 1) {
    importTimes.push((await importOne()).ms);
    await drained();
  }
  row.importMs = median(importTimes);
  log(`${size}: one more import ${ms(row.importMs)} (median of ${IMPORTS}: ${importTimes.map((t) => t.toFixed(0)).join(', ')})`);

  // Freshness under read load.
  const readPaths = [...meetings.map((m) => pagePath('meetings', m.slug)), ...sharedSpeakers.map((s) => pagePath('speakers', s.slug))];
  const readers = startReaders(base, readPaths, READ_CLIENTS, READ_PACE_MS);
  const freshness = [];
  for (let i = 0; i < FRESH; i += 1) {
    const { meeting } = await importOne();
    const committed = performance.now();
    const pending = new Set([pagePath('meetings', meeting.slug), ...sharedSpeakers.map((s) => pagePath('speakers', s.slug))]);
    const deadline = Date.now() + 120_000;
    while (pending.size > 0) {
      for (const url of [...pending]) {
        const page = await getJson(url);
        const shows = url.includes('/meetings/') ? page !== null : (page?.data?.speeches ?? []).some((s) => s.meeting?.documentId === meeting.documentId);
        if (shows) pending.delete(url);
      }
      if (pending.size === 0) break;
      if (Date.now() > deadline) throw new Error(`pages not fresh after 120 s: ${[...pending].join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    freshness.push(performance.now() - committed);
  }
  const freshReads = await readers.stop();
  row.freshP50 = quantile(freshness, 0.5);
  row.freshP99 = quantile(freshness, 0.99);
  row.loadReadP99 = p99Of(freshReads);
  row.loadReads = freshReads.length;
  log(`${size}: freshness p50 ${ms(row.freshP50)}, p99 ${ms(row.freshP99)} (${FRESH} imports; ${READ_CLIENTS} readers: ${freshReads.length} reads, p99 ${ms(row.loadReadP99)})`);
  await drained();

  // Renames of a shared speaker over REST while readers read by-slug pages.
  const renamePaths = [...meetings.slice(-200).map((m) => pagePath('meetings', m.slug)), ...sharedSpeakers.map((s) => pagePath('speakers', s.slug))];
  const renameReaders = startReaders(base, renamePaths, RENAME_READERS, RENAME_READ_PACE_MS);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const quietUntil = Date.now();
  // The write's own time: the renames with this process's worker paused (no other work under way), their derived work after.
  await outboxService.pauseWorkers();
  const lonerTimes = [];
  for (let i = 0; i < RENAMES; i += 1) lonerTimes.push(await rename(loner.documentId, `无会议的发言人${nth(++renames)}`));
  const writeWindows = [];
  const renameTimes = [];
  let lastName = '';
  // How long this process's event loop went without turning during the renames' requests: what a read that arrived then waited at least.
  const stalls = monitorEventLoopDelay({ resolution: 1 });
  stalls.enable();
  for (let i = 0; i < RENAMES; i += 1) {
    lastName = `${renamed.name}${nth(++renames)}`;
    const from = Date.now();
    renameTimes.push(await rename(renamed.documentId, lastName));
    writeWindows.push([from, Date.now()]);
  }
  stalls.disable();
  row.loopStallMs = stalls.max / 1e6;
  outboxService.resumeWorkers();
  const workFrom = Date.now();
  const last = size === SIZES[SIZES.length - 1];
  if (!last) {
    // The speaker's name back at once (untimed; its fan-out coalesces with the renames' pending one), so the next imports, which name them, reuse them.
    await rename(renamed.documentId, renamed.name);
    await drained();
    const sample = await getJson(pagePath('meetings', meetings[0].slug));
    if (!(sample?.data?.speeches ?? []).some((s) => s.speaker?.name === renamed.name)) throw new Error(`the oldest meeting does not show the name ${renamed.name} again`);
  } else {
    // At the largest size the renames' derived work (thousands of meeting pages, twice) outlasts the run: reads are measured for RENAME_WINDOW_S while it runs.
    await new Promise((resolve) => setTimeout(resolve, RENAME_WINDOW_S * 1000));
  }
  const [workTo, renameReads] = [Date.now(), await renameReaders.stop()];
  const showing = Number(
    (await knex('newsroom_pages').where({ kind: 'meeting', locale: LOCALE }).andWhere('json', 'like', `%${last ? lastName : renamed.name}%`).count({ n: '*' }).first()).n
  );
  row.pagesShowing = `${showing} of ${meetings.length}`;
  row.renameMs = median(renameTimes);
  row.lonerMs = median(lonerTimes);
  row.quietReadP99 = p99Of(readsWithin(renameReads, [[0, quietUntil]]));
  row.writeReadP99 = p99Of(readsWithin(renameReads, writeWindows));
  row.writeReads = readsWithin(renameReads, writeWindows).length;
  row.workReadP99 = p99Of(readsWithin(renameReads, [[workFrom, workTo]]));
  row.derivedMs = workTo - writeWindows[writeWindows.length - 1][1];
  row.derivedDone = !last;
  log(
    `${size}: rename of a shared speaker ${ms(row.renameMs)} (median of ${RENAMES}: ${renameTimes.map((t) => t.toFixed(0)).join(', ')}), of a speaker of no meeting ${ms(row.lonerMs)}; ` +
      `${row.derivedDone ? 'the derived work (renames and the name back) was done' : 'meeting pages showing the last name'} ${row.derivedDone ? '' : `${row.pagesShowing} `}${(row.derivedMs / 1000).toFixed(1)} s after the last rename; by-slug reads p99: no write ${ms(row.quietReadP99)}, ` +
      `during the renames' requests ${ms(row.writeReadP99)} (${row.writeReads} reads; the event loop's longest stall then ${ms(row.loopStallMs)}), until their derived work was done ${ms(row.workReadP99)}`
  );
  results.push(row);
}

const first = results[0];
const last = results[results.length - 1];
console.log(`\n${only}: bench:archive summary (${os.loadavg()[0].toFixed(1)} load average at the end)`);
console.log(
  'meetings | one more import | rename shared speaker | rename, no meetings | freshness p50 | freshness p99 | reads p99 (16 clients) | by-slug p99 no write | during rename | longest loop stall in rename | during its derived work | meeting pages rebuilt'
);
for (const r of results) {
  console.log(
    [
      r.size,
      ms(r.importMs),
      ms(r.renameMs),
      ms(r.lonerMs),
      ms(r.freshP50),
      ms(r.freshP99),
      ms(r.loadReadP99),
      ms(r.quietReadP99),
      ms(r.writeReadP99),
      ms(r.loopStallMs),
      ms(r.workReadP99),
      r.derivedDone ? `all, ${(r.derivedMs / 1000).toFixed(1)} s` : `${r.pagesShowing} after ${(r.derivedMs / 1000).toFixed(0)} s`,
    ].join(' | ')
  );
}
const verdict = (ok) => (ok ? 'met' : 'MISSED');
const importRatio = last.importMs / first.importMs;
const renameRatio = last.renameMs / first.renameMs;
console.log(`${only}: import at ${last.size} / at ${first.size} = ${importRatio.toFixed(2)} (target ≤ 1.5: ${verdict(importRatio <= 1.5)})`);
console.log(`${only}: rename at ${last.size} / at ${first.size} = ${renameRatio.toFixed(2)} (target ≤ 1.5: ${verdict(renameRatio <= 1.5)})`);
console.log(`${only}: freshness p99 at ${last.size} = ${ms(last.freshP99)} (target < 2 s on PostgreSQL: ${verdict(last.freshP99 < 2000)})`);
console.log(`${only}: by-slug p99 during a rename at ${last.size} = ${ms(last.writeReadP99)} (target < 50 ms: ${verdict(last.writeReadP99 < 50)}); until its derived work was done ${ms(last.workReadP99)}`);
await strapi.destroy();
process.exit(0);
