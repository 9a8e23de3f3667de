#!/usr/bin/env node
/**
 * npm run bench:pages — throughput and latency of a meeting page.
 *
 * For each database in BENCH_DATABASES (default sqlite,postgres): a fresh
 * database grown to each archive size of ARCHIVES (default 150,1500)
 * published meetings with 6 achievements and 3 street cases each (the seed
 * report, each with its own title and date, imported through the importer:
 * the public write path, so every page is built and stored by the write
 * hooks, as in production); at each size, autocannon with 16 concurrent clients for
 * DURATION seconds (default 15) against random meetings:
 *   by-slug:              GET /api/newsroom/meetings/by-slug/:slug (the stored page: one row, no in-process cache)
 *   core deep populate:   GET /api/newsroom/meetings/:documentId?populate[…] (what the page shows, through core)
 *   core populate=*:      GET /api/newsroom/meetings/:documentId?populate=*
 *   core no populate:     GET /api/newsroom/meetings/:documentId (one row through Strapi's HTTP stack: the floor)
 * and prints median and p99 latency and requests/s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { bootStrapi } from './lib/boot.mjs';
import { measureEachDatabaseInAChild } from './lib/bench-database.mjs';
import { prepare } from './lib/prepare.mjs';
import { reportVariant } from './lib/archive-report.mjs';
import { SEED_FILE } from './lib/seed.cjs';

const require = createRequire(import.meta.url);
const only = process.env.BENCH_DATABASE;
const ARCHIVES = (process.env.ARCHIVES ?? '150,1500').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const DURATION = Number(process.env.DURATION ?? 15);
const CONNECTIONS = 16;


await prepare();
if (!only) {
  // The parent makes and drops each database; a child process measures one.
  await measureEachDatabaseInAChild();
}

Object.assign(process.env, { SERVE_ADMIN_PANEL: 'false', STRAPI_LOG_LEVEL: 'error', STRAPI_STARTUP_LOG: 'false', HOST: '127.0.0.1', PORT: process.env.BENCH_PORT ?? '0' });
const strapi = await bootStrapi({ listen: true, quiet: true, demoSecrets: true });
const importer = strapi.plugin('newsroom').service('importer');
const seed = fs.readFileSync(SEED_FILE, 'utf8');
const meetings = [];
/**
 * One published meeting with 6 achievements and 3 street cases (and the
 * report's four speakers): the seed report with its own title and date
 * (lib/archive-report.mjs), imported through the importer, the path the
 * admin's import route takes — every document through the Document Service
 * and the plugin's hooks, each page built once at the import's end.
 */
const seedOne = async (i) => {
  const outcome = await importer.importReport(reportVariant(seed, i), { fileName: `pages-${i}.txt`, publish: true, locale: 'zh-Hans' });
  const { slug } = await strapi.documents('plugin::newsroom.meeting').findOne({ documentId: outcome.meeting.documentId, locale: 'zh-Hans', status: 'published', fields: ['slug'] });
  meetings.push({ documentId: outcome.meeting.documentId, slug });
};
/** Meetings up to `count`, SEED_CONCURRENCY (default 4) written at a time. */
const seedUpTo = async (count) => {
  let next = meetings.length;
  const worker = async () => {
    while (next < count) await seedOne(next++);
  };
  await Promise.all(Array.from({ length: Number(process.env.SEED_CONCURRENCY ?? 4) }, worker));
};


// Public reads need the grant the app's bootstrap gives; it ran at boot.
const { port } = strapi.server.httpServer.address();
const base = `http://127.0.0.1:${port}`;
const { execFile } = require('node:child_process');
const measure = (pathFor) =>
  new Promise((resolve, reject) => {
    const file = path.join(os.tmpdir(), `newsroom-paths-${process.pid}.txt`);
    fs.writeFileSync(file, meetings.map(pathFor).join('\n'));
    const loader = path.join(path.dirname(new URL(import.meta.url).pathname), 'lib/load.mjs');
    execFile(process.execPath, [loader, base, file, String(CONNECTIONS), String(DURATION)], (error, stdout) => {
      fs.rmSync(file, { force: true });
      if (error) reject(error);
      else resolve(JSON.parse(stdout));
    });
  });

// What the meeting page shows (kinds/index.ts, the meeting's pagePopulate), as a core REST query.
const speaker = { fields: ['documentId', 'name', 'slug'], populate: { positions: true } };
const deepPopulate = require('qs').stringify(
  {
    populate: {
      adoptedDocuments: true,
      speeches: { populate: { speaker } },
      achievements: { sort: ['ordinal:asc'], populate: { metrics: true } },
      streetCases: { populate: { presenter: { populate: { speaker } } } },
      cover: { fields: ['url', 'alternativeText', 'width', 'height', 'formats'] },
      editorial: { populate: { credits: true } },
    },
  },
  { encodeValuesOnly: true }
);

const rows = [];
const ROWS = [
  ['by-slug (stored page)', (m) => `/api/newsroom/meetings/by-slug/${m.slug}`],
  ['core deep populate', (m) => `/api/newsroom/meetings/${m.documentId}?${deepPopulate}`],
  ['core populate=*', (m) => `/api/newsroom/meetings/${m.documentId}?populate=*`],
  ['core no populate', (m) => `/api/newsroom/meetings/${m.documentId}`],
];
for (const archive of ARCHIVES) {
  const seeded = Date.now();
  await seedUpTo(archive);
  console.log(`${only}: ${archive} meetings (+${archive * 9} achievements and street cases), seeded in ${((Date.now() - seeded) / 1000).toFixed(0)} s more`);
  for (const [label, pathFor] of ROWS) {
    const result = await measure(pathFor);
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${label}: ${result.non2xx} answers were not 2xx, ${result.errors} errors`);
    const row = `${only.padEnd(9)} ${String(archive).padStart(5)} meetings  ${label.padEnd(22)} median ${String(result.p50).padStart(4)} ms   p99 ${String(result.p99).padStart(4)} ms   ${result.rps.toFixed(0).padStart(5)} req/s`;
    rows.push(row);
    console.log(row);
  }
}
console.log(`${only}: ${CONNECTIONS} clients, ${DURATION} s each`);
for (const row of rows) console.log(row);
process.exit(0);
