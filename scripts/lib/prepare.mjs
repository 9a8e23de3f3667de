/**
 * What both README commands need before Strapi can start, each step skipped
 * when its output is current: dependencies installed from the lock file, the
 * plugin built (Strapi loads it from its strapi-server export and silently
 * skips it when that is missing), the app compiled to dist/ (Strapi's .ts
 * config is not loaded under jest, strapi#20935).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mustRun } from './run.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PLUGIN_DIR = path.join(ROOT, 'src/plugins/newsroom');

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/** Newest modification time of any file below the given paths. */
export const newestMtime = (...paths) => {
  let newest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) {
        if (entry === 'node_modules' || entry === 'dist') continue;
        visit(path.join(p, entry));
      }
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
};

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

export const ensureInstalled = async () => {
  const marker = path.join(ROOT, 'node_modules/.package-lock.json');
  if (mtime(marker) >= mtime(path.join(ROOT, 'package-lock.json')) && fs.existsSync(path.join(ROOT, 'node_modules/@strapi/strapi'))) {
    return;
  }
  console.log('› installing dependencies (npm ci, about 4 minutes on a fresh clone)');
  await mustRun(npm, ['ci', '--no-audit', '--no-fund'], { cwd: ROOT });
};

export const buildPlugin = async () => {
  const built = path.join(PLUGIN_DIR, 'dist/server/index.js');
  const sources = newestMtime(
    path.join(PLUGIN_DIR, 'server/src'),
    path.join(PLUGIN_DIR, 'admin/src'),
    path.join(PLUGIN_DIR, 'shared'),
    path.join(PLUGIN_DIR, 'package.json')
  );
  if (mtime(built) > sources) return;
  console.log('› building the newsroom plugin');
  await mustRun(npm, ['run', 'build', '--workspace', 'strapi-plugin-newsroom'], { cwd: ROOT, quiet: true });
};

export const compileApp = async () => {
  const built = path.join(ROOT, 'dist/config/database.js');
  const sources = newestMtime(path.join(ROOT, 'config'), path.join(ROOT, 'src'), path.join(ROOT, 'tsconfig.json'));
  if (mtime(built) > sources) return;
  console.log('› compiling the app');
  await mustRun(npx, ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT });
};

export const prepare = async () => {
  await ensureInstalled();
  await buildPlugin();
  await compileApp();
};
