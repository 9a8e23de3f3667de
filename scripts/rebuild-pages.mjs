#!/usr/bin/env node
/**
 * npm run pages:rebuild
 *
 * Rebuilds every stored page (the by-slug answers, feeds and sitemaps are
 * read from them): after an upgrade that changes what a page shows, or after
 * a bulk change made around the Document Service (SQL, a restored backup).
 * Writes through the Document Service rebuild their pages themselves.
 * Documents are rebuilt in slices, each in its own transaction, with a
 * progress bar.
 */
import { createRequire } from 'node:module';
import { bootStrapi, destroyWhenSettled } from './lib/boot.mjs';
import { prepare } from './lib/prepare.mjs';

const require = createRequire(import.meta.url);
const { SingleBar, Presets } = require('cli-progress');

await prepare();
const strapi = await bootStrapi({ quiet: true });
const bar = new SingleBar({ format: 'pages [{bar}] {value}/{total} documents | {duration}s', noTTYOutput: true }, Presets.shades_classic);
let started = false;
const startedAt = Date.now();
try {
  const total = await strapi.plugin('newsroom').service('pages').rebuildAll((done, all) => {
    if (!started) {
      bar.start(all, 0);
      started = true;
    }
    bar.update(done);
  });
  if (started) bar.stop();
  const stored = await strapi.db.connection('newsroom_pages').count({ n: '*' }).first();
  console.log(`rebuilt the pages of ${total} documents in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; ${Number(stored?.n ?? 0)} pages stored`);
} catch (error) {
  if (started) bar.stop();
  console.error(error);
  process.exitCode = 1;
} finally {
  await destroyWhenSettled(strapi);
}
