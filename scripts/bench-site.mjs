#!/usr/bin/env node
/**
 * npm run bench:site — what the reader's site adds to a page over the API
 * calls it makes, measured in one run on one machine.
 *
 * A throwaway SQLite database with the seed report, Strapi in this process, the built site in a
 * child process, and the measuring client in a third (scripts/lib/latency.mjs):
 * ROUNDS (default 400) sequential rounds, each timing in turn
 *   api by-slug 200:          GET the meeting's by-slug, no validator (a full answer)
 *   api by-slug 304:          the same with If-None-Match (what the warm site sends)
 *   api calls of the page:    the two conditional requests the warm site makes at once
 *                             (the meeting's by-slug and the English slug's lookup), both 304
 *   site meeting page:        GET the site's meeting page (warm: its API cache filled), full HTML
 *   site meeting page 304:    the same with the page's own If-None-Match
 * and prints the median, p90 and p99, and the site's own time inside its
 * process (its Server-Timing header: the whole request less the wait for
 * the API). The check: the site's median minus the median of the API calls
 * it makes is at most 2 ms, end to end; the exit status is 1 when it is not.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bootStrapi } from './lib/boot.mjs';
import { freshDatabase } from './lib/bench-database.mjs';
import { prepare, ROOT } from './lib/prepare.mjs';
import { buildSiteIfStale, siteFrontendUrls, startSite } from './lib/site.mjs';
import { SEED_FILE } from './lib/seed.cjs';

const ROUNDS = Number(process.env.ROUNDS ?? 400);
const BUDGET_MS = 2;

await prepare();
await buildSiteIfStale();
const database = await freshDatabase('sqlite');
Object.assign(process.env, database.env, { SERVE_ADMIN_PANEL: 'false', STRAPI_LOG_LEVEL: 'error', STRAPI_STARTUP_LOG: 'false', HOST: '127.0.0.1', PORT: '0' });
const strapi = await bootStrapi({ listen: true, quiet: true, demoSecrets: true });
const api = `http://127.0.0.1:${strapi.server.httpServer.address().port}`;
const site = await startSite({ apiUrl: api });
strapi.config.set('plugin::newsroom.frontendUrls', siteFrontendUrls(site.url));
strapi.config.set('plugin::newsroom.purgeUrls', [`${site.url}/purge`]);

let failed = false;
try {
  const outcome = await strapi.plugin('newsroom').service('importer').importReport(fs.readFileSync(SEED_FILE, 'utf8'), { publish: true, fileName: 'seed.txt' });
  const { documentId, slug } = outcome.meeting;

  const head = (url, headers = {}) =>
    new Promise((resolve, reject) => {
      http.get(url, { headers }, (res) => (res.resume(), res.on('end', () => resolve(res.headers)))).on('error', reject);
    });
  const bySlug = `${api}/api/newsroom/meetings/by-slug/${slug}?locale=zh-Hans`;
  const englishSlug = `${api}/api/newsroom/meetings?${new URLSearchParams({ 'filters[documentId][$eq]': documentId, locale: 'en', 'fields[0]': 'slug' })}`;
  const page = `${site.url}/zh-Hans/meetings/${slug}`;
  const [bySlugTag, englishTag, pageTag] = [(await head(bySlug)).etag, (await head(englishSlug)).etag, (await head(page)).etag];
  const probes = {
    'api by-slug 200': [{ url: bySlug }],
    'api by-slug 304': [{ url: bySlug, headers: { 'if-none-match': bySlugTag } }],
    'api calls of the page (2 at once, 304)': [
      { url: bySlug, headers: { 'if-none-match': bySlugTag } },
      { url: englishSlug, headers: { 'if-none-match': englishTag } },
    ],
    'site meeting page 200': [{ url: page }],
    'site meeting page 304': [{ url: page, headers: { 'if-none-match': pageTag } }],
  };
  let output = '';
  const measured = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/lib/latency.mjs'), JSON.stringify({ rounds: ROUNDS, warmup: 50, probes })], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`latency.mjs exited with ${code}`))));
  });
  const html = await (await fetch(page)).text();
  console.log(`\nbench:site — the meeting page (${(html.length / 1024).toFixed(1)} KB of HTML), ${ROUNDS} sequential rounds, SQLite, Node ${process.version}\n`);
  console.log('| request | median ms | p90 ms | p99 ms |');
  console.log('|---|---:|---:|---:|');
  for (const [name, { p50, p90, p99 }] of Object.entries(measured)) console.log(`| ${name} | ${p50.toFixed(2)} | ${p90.toFixed(2)} | ${p99.toFixed(2)} |`);
  const added = measured['site meeting page 200'].p50 - measured['api calls of the page (2 at once, 304)'].p50;
  const overOne = measured['site meeting page 200'].p50 - measured['api by-slug 200'].p50;
  const own = measured["site meeting page 200 (site's own time)"]?.p50 ?? NaN;
  const load = os.loadavg()[0].toFixed(1);
  console.log(`\nthe site adds ${added.toFixed(2)} ms of median latency over the API calls it makes, end to end (budget ${BUDGET_MS} ms); ${overOne.toFixed(2)} ms over one full by-slug answer`);
  console.log(`inside the site's process (Server-Timing, the API's wait left out) a warm page takes ${own.toFixed(2)} ms at the median`);
  console.log(`load average during the run: ${load} on ${os.cpus().length} cores (the end-to-end figures include one more process hop, which a loaded machine's scheduler makes slow)`);
  if (added > BUDGET_MS) {
    console.log('bench:site: OVER BUDGET');
    failed = true;
  }
} finally {
  await site.stop();
  await strapi.destroy();
  await database.drop();
}
process.exit(failed ? 1 : 0);
