/**
 * Boots the compiled app in this process (the README commands and the CLI
 * share it). Database settings come from the environment, SQLite in .tmp/
 * by default (config/database.ts).
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './prepare.mjs';

const require = createRequire(import.meta.url);

export const bootStrapi = async ({ listen = false, quiet = false } = {}) => {
  if (quiet) process.env.STRAPI_LOG_LEVEL ??= 'error';
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') });
  if (listen) await strapi.start();
  else await strapi.load();
  return strapi;
};
