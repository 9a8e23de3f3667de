#!/usr/bin/env node
/**
 * npm run bench:floods — what a hostile body costs the server, measured inside
 * it: for each request, how long its answer took, the event loop's worst
 * delay meanwhile (perf_hooks.monitorEventLoopDelay) and how long public
 * page reads sent meanwhile (one at once, then one every 50 ms until the
 * answer) waited: the slowest of them, and how many were answered.
 *
 * Requests: a nearly 4 MB JSON body to REST create (refused, 413), a credit
 * name of 1 M ASCII characters (below the 1 MB body limit; refused at the
 * entrance, 400 text.too-long), the same to the editorial check, and to the
 * import route (dry runs): a report with one 80,000-character line of `{`
 * and ` |` (the trailing-chrome pattern that was quadratic), and a nearly
 * 2 MB report. The imports are the target: a loop delay under 100 ms
 * (TARGET_LOOP_MS) with every concurrent read answered; the script exits 1
 * when either misses. The baseline row (public reads alone, 2 s) shows what
 * the machine itself adds to the loop delay in the same run. SQLite by default (BENCH_DATABASE=postgres for PostgreSQL).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { bootStrapi, destroyWhenSettled } from './lib/boot.mjs';
import { freshDatabase } from './lib/bench-database.mjs';
import { prepare } from './lib/prepare.mjs';
import fs from 'node:fs';

import { SEED_FILE } from './lib/seed.cjs';

await prepare();
const database = await freshDatabase(process.env.BENCH_DATABASE ?? 'sqlite');
Object.assign(process.env, database.env, { SERVE_ADMIN_PANEL: 'false', STRAPI_LOG_LEVEL: 'error', STRAPI_STARTUP_LOG: 'false', HOST: '127.0.0.1', PORT: '0' });
const strapi = await bootStrapi({ listen: true, quiet: true, demoSecrets: true });
const { port } = strapi.server.httpServer.address();
const base = `http://127.0.0.1:${port}`;
const token = (await strapi.service('admin::api-token').create({ name: 'bench-floods', type: 'full-access', lifespan: null })).accessKey;

const editorial = {
  source: '深圳新闻网',
  channel: '读特客户端',
  reportedAt: '2023-04-29T09:58:00+08:00',
  credits: [{ role: 'reporter', name: '田也' }, { role: 'editor', name: '陈飞' }, { role: 'responsible-editor', name: '郑晓鹏' }],
};
const meeting = await strapi.documents('plugin::newsroom.meeting').create({
  data: { title: '第一次全体会议', heldOn: '2023-04-28', organizer: '福田区残工委', editorial },
  status: 'published',
});
const readPath = `/api/newsroom/meetings/by-slug/${meeting.slug}`;

const post = (urlPath, body, auth = token) =>
  fetch(`${base}${urlPath}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` }, body });

const TARGET_LOOP_MS = Number(process.env.TARGET_LOOP_MS ?? 100);
const misses = [];

/** One public read: its time, or Infinity when it was not answered with 200. */
const publicRead = async () => {
  const started = performance.now();
  try {
    const response = await fetch(`${base}${readPath}`);
    await response.arrayBuffer();
    return response.status === 200 ? performance.now() - started : Infinity;
  } catch {
    return Infinity;
  }
};

const measure = async (label, send, { target = false } = {}) => {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  let done = false;
  const answered = send().then(async (response) => ({ status: response.status, ms: performance.now() - started, text: await response.text() }));
  answered.finally(() => (done = true)).catch(() => {});
  const reads = [publicRead()];
  const ticker = setInterval(() => !done && reads.push(publicRead()), 50);
  const answer = await answered;
  clearInterval(ticker);
  const readMs = await Promise.all(reads);
  delay.disable();
  const loopMs = delay.max / 1e6;
  const unanswered = readMs.filter((ms) => ms === Infinity).length;
  const slowest = Math.max(...readMs.filter((ms) => ms !== Infinity), 0);
  const missed = target && (loopMs >= TARGET_LOOP_MS || unanswered > 0);
  if (missed) misses.push(label);
  console.log(
    `${label.padEnd(60)} ${String(answer.status).padStart(3)}  ${answer.ms.toFixed(0).padStart(5)} ms   loop delay max ${loopMs.toFixed(1).padStart(6)} ms   ` +
      `public reads ${readMs.length - unanswered}/${readMs.length} answered, slowest ${slowest.toFixed(0).padStart(4)} ms${target ? (missed ? '   MISSED' : '   ok') : ''}`,
  );
};

const nearlyFour = JSON.stringify({ data: { title: 'x'.repeat(4 * 1024 * 1024 - 64 * 1024) } });
const longName = (name) => JSON.stringify({ data: { title: '长署名', editorial: { ...editorial, credits: [{ role: 'editor', name }] } } });
const seed = fs.readFileSync(SEED_FILE, 'utf8');
const report = Array.from({ length: Math.floor((1.9 * 1024 * 1024) / Buffer.byteLength(seed)) }, () => seed).join('\n');
const hostileLine = `{${' |'.repeat(40_000)}x`;
const hostileReport = `${seed}\n${hostileLine}\n`;

await measure('warm-up read', () => fetch(`${base}${readPath}`));
// The baseline of this run: what the machine alone costs the loop (on a shared machine, often most of the delay).
await measure('baseline: nothing but public reads for 2 s', () => new Promise((resolve) => setTimeout(resolve, 2000)).then(() => new Response('', { status: 200 })));
await measure('REST create, body of nearly 4 MB', () => post('/api/newsroom/meetings', nearlyFour));
await measure('REST create, credit name of 1 M characters', () => post('/api/newsroom/meetings?status=draft', longName('a'.repeat(1_000_000))));
await measure('REST create, credit name of 1,000 characters', () => post('/api/newsroom/meetings?status=draft', longName('陈飞 '.repeat(333))));
await measure('editorial check, credit name of 1 M characters', () =>
  post('/api/newsroom/editorial-check', JSON.stringify({ type: 'meeting', data: JSON.parse(longName('a'.repeat(1_000_000))).data })),
);
const admin = await strapi.service('admin::user').create({ email: 'bench@newsroom.test', firstname: 'Bench', password: 'Bench-Floods-2026', isActive: true, roles: [(await strapi.service('admin::role').getSuperAdmin()).id] });
const login = await (await fetch(`${base}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: admin.email, password: 'Bench-Floods-2026' }) })).json();
const importing = (text, fileName) => () => post('/newsroom/import', JSON.stringify({ text, fileName, dryRun: true }), login.data.token);
// The first import starts the parser's worker thread: warm it up outside the measures.
await measure('import dry run, the seed (warm-up)', importing(seed, 'seed.txt'));
await measure(`import dry run, a line of ${hostileLine.length.toLocaleString('en')} characters of { and ' |'`, importing(hostileReport, 'hostile.txt'), { target: true });
await measure(`import dry run, report of ${(Buffer.byteLength(report) / 1e6).toFixed(2)} MB`, importing(report, 'big.txt'), { target: true });
console.log(
  misses.length === 0
    ? `\nimports: event-loop delay under ${TARGET_LOOP_MS} ms and every concurrent public read answered`
    : `\nMISSED (loop delay ≥ ${TARGET_LOOP_MS} ms or a public read unanswered): ${misses.join('; ')}`,
);

await destroyWhenSettled(strapi);
await database.drop();
process.exitCode = misses.length === 0 ? 0 : 1;
