#!/usr/bin/env node
/**
 * npm run test:e2e — the editor's side in a real browser: headless Chromium
 * (Debian's, at /usr/bin/chromium or E2E_CHROMIUM) driven by playwright-core
 * against the built admin panel of a real Strapi on SQLite. Builds what is
 * stale first (plugin, app, admin panel), then runs jest's e2e project in
 * band. Screenshots land in docs/screenshots/. The reader's site (site/) is
 * built too when its sources changed.
 *
 *   npm run test:e2e
 *   npm run test:e2e -- tests/e2e/import-page.test.ts     extra arguments go to jest
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildAdminIfStale } from './lib/admin-build.mjs';
import { prepare, ROOT } from './lib/prepare.mjs';
import { runJestProject } from './lib/jest.mjs';
import { buildSiteIfStale } from './lib/site.mjs';

const started = Date.now();
const chromium = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.error(`e2e: no Chromium at ${chromium}. Install Debian's: apt-get update && apt-get install -y chromium fonts-noto-cjk`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

await prepare();
await buildAdminIfStale();
await buildSiteIfStale(); // tests/e2e/site.test.ts reads the built reader's site
const prepared = ((Date.now() - started) / 1000).toFixed(1);

const result = await runJestProject('e2e', { args: [...process.argv.slice(2), '--runInBand'], env: { STRAPI_LOG_LEVEL: 'error' } });
const { code } = result;
let { passed, failed } = result;
if (code !== 0 && failed === 0) failed = 1;
if (passed + failed === 0) failed = 1; // ran no test
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nscreenshots in ${path.relative(process.cwd(), path.join(ROOT, 'docs/screenshots')) || '.'}/; ${seconds} s in all, ${prepared} s of it building`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && code === 0 ? 0 : 1);
