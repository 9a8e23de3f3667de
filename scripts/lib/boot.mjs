/**
 * Boots the compiled app in this process (the README commands and the CLI
 * share it). Database settings come from the environment, SQLite in .tmp/
 * by default (config/database.ts). `demoSecrets` lets the app fall back to
 * the demo secrets (the demo and the benchmarks ask for it).
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './prepare.mjs';

const require = createRequire(import.meta.url);

export const bootStrapi = async ({ listen = false, quiet = false, demoSecrets = false } = {}) => {
  // The demo and the benchmarks may run on the published demo secrets (src/secrets.ts); import and pages:rebuild may not.
  if (demoSecrets) process.env.NEWSROOM_DEMO_SECRETS ??= '1';
  if (quiet) process.env.STRAPI_LOG_LEVEL ??= 'error';
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') });
  if (listen) await strapi.start();
  else await strapi.load();
  return strapi;
};

/**
 * Stops Strapi once its database pool is idle. After a document write Strapi
 * still runs queries of its own for a moment without being awaited (seen on
 * PostgreSQL: 10 connections in use and 4 waiting right after an import
 * returned, none 3 s later); destroying the pool then rejects those waiting
 * acquires with "aborted", an unhandled rejection that made `npm run import`
 * exit 1 after importing everything. Waits at most `timeoutMs`.
 */
export const destroyWhenSettled = async (strapi, { timeoutMs = 10_000 } = {}) => {
  const pool = strapi.db?.connection?.client?.pool;
  const busy = () => (pool ? pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() : 0);
  const deadline = Date.now() + timeoutMs;
  while (busy() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  await strapi.destroy();
};
