#!/usr/bin/env node
/**
 * npm run demo — Strapi on SQLite with the seed article imported, the admin
 * panel, REST and GraphQL on 127.0.0.1. On a fresh clone it installs and
 * builds what is missing; a second start reuses the database and skips the
 * admin build when nothing it depends on changed.
 *
 * NEWSROOM_ADMIN_EMAIL / NEWSROOM_ADMIN_PASSWORD set the admin user; without
 * them one is made with a generated password, printed once. PORT (1337) and
 * DATABASE_* (config/database.ts) work as usual.
 *
 * The reader's site (site/) starts beside it on SITE_PORT (1338): the
 * plugin's frontendUrls point at its pages (feeds and sitemaps list them) and
 * its purgeUrls at its /purge, so a correction is on the site's next answer.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildAdminIfStale } from './lib/admin-build.mjs';
import { bootStrapi } from './lib/boot.mjs';
import { prepare, ROOT } from './lib/prepare.mjs';
import { SEED_FILE } from './lib/seed.cjs';
import { buildSiteIfStale, startSite } from './lib/site.mjs';

const started = Date.now();

const ensureAdmin = async (strapi) => {
  const users = strapi.service('admin::user');
  const roles = strapi.service('admin::role');
  const email = process.env.NEWSROOM_ADMIN_EMAIL || 'editor@newsroom.local';
  if (await users.exists({ email })) return { email, password: process.env.NEWSROOM_ADMIN_PASSWORD ? '(from NEWSROOM_ADMIN_PASSWORD)' : null };
  const generated = !process.env.NEWSROOM_ADMIN_PASSWORD;
  // Strapi asks for 8+ characters with an upper-case letter, a lower-case letter and a digit.
  const password = process.env.NEWSROOM_ADMIN_PASSWORD || `Nr${crypto.randomBytes(9).toString('base64url')}7a`;
  await roles.createRolesIfNoneExist();
  const superAdmin = await roles.getSuperAdmin();
  await users.create({ email, firstname: 'Newsroom', lastname: 'Editor', password, isActive: true, roles: [superAdmin.id] });
  return { email, password: generated ? password : '(from NEWSROOM_ADMIN_PASSWORD)' };
};

/**
 * Stored pages carry their frontend URL (JSON-LD url): when this database's
 * pages were built for another frontend origin (another SITE_PORT, or before
 * the site existed), they are rebuilt once.
 */
const rebuildIfFrontendMoved = async (strapi) => {
  const marker = path.join(ROOT, '.tmp', `demo-frontend-${process.env.DATABASE_CLIENT ?? 'sqlite'}-${process.env.DATABASE_NAME ?? 'data'}.txt`);
  const wanted = process.env.NEWSROOM_FRONTEND_URL ?? '';
  const built = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : null;
  if (built === wanted) return;
  await strapi.plugin('newsroom').service('pages').rebuildAll(() => undefined);
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  fs.writeFileSync(marker, wanted);
};

await prepare();
await buildAdminIfStale();
await buildSiteIfStale();
const sitePort = Number(process.env.SITE_PORT ?? 1338);
const siteUrl = `http://127.0.0.1:${sitePort}`;
process.env.NEWSROOM_FRONTEND_URL ??= siteUrl;
process.env.NEWSROOM_PURGE_URLS ??= `${siteUrl}/purge`;
process.env.HOST ??= '127.0.0.1';
process.env.STRAPI_STARTUP_LOG ??= 'false';
process.env.STRAPI_LOG_LEVEL ??= 'warn';
const strapi = await bootStrapi({ listen: true, demoSecrets: true });
const { port } = strapi.server.httpServer.address();
const base = `http://127.0.0.1:${port}`;
// Up before the seed import, so that the import's purge reaches it.
const site = await startSite({ apiUrl: base, port: sitePort, env: { NEWSROOM_PUBLIC_API_URL: process.env.PUBLIC_URL || base, SITE_URL: siteUrl } });

const outcome = await strapi
  .plugin('newsroom')
  .service('importer')
  .importReport(fs.readFileSync(SEED_FILE, 'utf8'), { publish: true, fileName: path.basename(SEED_FILE) });
const admin = await ensureAdmin(strapi);
await rebuildIfFrontendMoved(strapi);
// Strapi's default Author and Editor roles as a newsroom sets them up: the plugin's kinds in zh-Hans and en (README, Permissions).
await strapi.plugin('newsroom').service('roles').setUpDefaultRoles();

const slug = outcome.meeting.slug;
console.log(`
federation-newsroom demo is up (${((Date.now() - started) / 1000).toFixed(1)} s)
  seed      ${outcome.status === 'created' ? 'imported' : 'already imported, refreshed'}: ${outcome.meeting.title} (${outcome.counts.achievements} achievements, ${outcome.counts.streetCases} street cases, ${outcome.counts.speakers} speakers)
  admin     ${base}/admin   ${admin.email}${admin.password ? `  password: ${admin.password}` : '  (password printed on first start)'}
  REST      ${base}/api/newsroom/meetings?populate=*
            ${base}/api/newsroom/meetings?filters[slug][$eq]=${slug}&populate=*
  GraphQL   ${base}/graphql   { newsroomMeetings { title heldOn venue } }
  site      ${site.url}/zh-Hans/   the reader's site: ${site.url}/zh-Hans/meetings/${slug}
  feeds     ${base}/api/newsroom/feeds/rss.xml   ${base}/api/newsroom/sitemap.xml
Stop with Ctrl+C.`);

const stop = async () => {
  await site.stop();
  await strapi.destroy();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
