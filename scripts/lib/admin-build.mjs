/**
 * The admin panel (dist/build) is built by `strapi build` (about 45 s); the
 * demo and the browser tests build it only when something it is made of
 * changed since: the plugin's admin and shared sources, the app's admin config and
 * customisations, or the installed packages. Run after prepare(), which
 * rebuilds the plugin first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { newestMtime, PLUGIN_DIR, ROOT } from './prepare.mjs';
import { mustRun } from './run.mjs';

export const adminBuildIsStale = () => {
  const built = path.join(ROOT, 'dist/build/index.html');
  const inputs = newestMtime(
    path.join(PLUGIN_DIR, 'admin/src'),
    // The admin imports the plugin's shared/ (api shapes, Beijing time, permission ids).
    path.join(PLUGIN_DIR, 'shared'),
    path.join(PLUGIN_DIR, 'package.json'),
    path.join(ROOT, 'src/admin'),
    path.join(ROOT, 'package-lock.json'),
    path.join(ROOT, 'config/admin.ts')
  );
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  return builtAt <= inputs;
};

export const buildAdminIfStale = async () => {
  if (!adminBuildIsStale()) return false;
  console.log('› building the admin panel (about 45 s, only when it changed)');
  await mustRun(process.execPath, [path.join(ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build'], { cwd: ROOT, quiet: true });
  return true;
};
