#!/usr/bin/env node
/**
 * npm run bench:floods — what a hostile body costs the server, measured inside
 * it: for each request, how long its answer took, the event loop's worst
 * delay meanwhile (perf_hooks.monitorEventLoopDelay) and how long a public
 * page read sent at the same moment waited.
 *
 * Requests: a nearly 4 MB JSON body to REST create (refused, 413), a credit
 * name of 1 M ASCII characters (below the 1 MB body limit; refused at the
 * entrance, 400 text.too-long), the same to the editorial check, and a
 * nearly 2 MB report to the import route (dry run). SQLite by default
 * (BENCH_DATABASE=postgres for PostgreSQL).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { bootStrapi, destroyWhenSettled } from './lib/boot.mjs';
import { freshDatabase } from './lib/bench-database.mjs';
import { prepare } from './lib/prepare.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/prepare.mjs';

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

const measure = async (label, send) => {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  const answered = send().then(async (response) => ({ status: response.status, ms: performance.now() - started, text: await response.text() }));
  const readStarted = performance.now();
  const read = fetch(`${base}${readPath}`).then(() => performance.now() - readStarted);
  const [answer, readMs] = await Promise.all([answered, read]);
  delay.disable();
  console.log(
    `${label.padEnd(52)} ${String(answer.status).padStart(3)}  ${answer.ms.toFixed(0).padStart(5)} ms   loop delay max ${(delay.max / 1e6).toFixed(1).padStart(6)} ms   public read ${readMs.toFixed(0).padStart(4)} ms`,
  );
};

const nearlyFour = JSON.stringify({ data: { title: 'x'.repeat(4 * 1024 * 1024 - 64 * 1024) } });
const longName = (name) => JSON.stringify({ data: { title: '长署名', editorial: { ...editorial, credits: [{ role: 'editor', name }] } } });
const seed = fs.readFileSync(path.join(ROOT, '..', 'shared/seed/futian-2023-disability-committee-meeting.txt'), 'utf8');
const report = Array.from({ length: Math.floor((1.9 * 1024 * 1024) / Buffer.byteLength(seed)) }, () => seed).join('\n');

await measure('warm-up read', () => fetch(`${base}${readPath}`));
await measure('REST create, body of nearly 4 MB', () => post('/api/newsroom/meetings', nearlyFour));
await measure('REST create, credit name of 1 M characters', () => post('/api/newsroom/meetings?status=draft', longName('a'.repeat(1_000_000))));
await measure('REST create, credit name of 1,000 characters', () => post('/api/newsroom/meetings?status=draft', longName('陈飞 '.repeat(333))));
await measure('editorial check, credit name of 1 M characters', () =>
  post('/api/newsroom/editorial-check', JSON.stringify({ type: 'meeting', data: JSON.parse(longName('a'.repeat(1_000_000))).data })),
);
const admin = await strapi.service('admin::user').create({ email: 'bench@newsroom.test', firstname: 'Bench', password: 'Bench-Floods-2026', isActive: true, roles: [(await strapi.service('admin::role').getSuperAdmin()).id] });
const login = await (await fetch(`${base}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: admin.email, password: 'Bench-Floods-2026' }) })).json();
await measure(`import dry run, report of ${(Buffer.byteLength(report) / 1e6).toFixed(2)} MB`, () =>
  post('/newsroom/import', JSON.stringify({ text: report, fileName: 'big.txt', dryRun: true }), login.data.token),
);

await destroyWhenSettled(strapi);
await database.drop();
