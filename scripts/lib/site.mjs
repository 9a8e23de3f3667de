/**
 * The reader's site (site/, Astro with its Node adapter) for the demo, the
 * browser tests and the site benchmark: built when its sources changed since
 * the last build, started as its own Node process on 127.0.0.1, and the URL
 * patterns the plugin's frontendUrls setting gives for it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { newestMtime, ROOT } from './prepare.mjs';
import { mustRun } from './run.mjs';

export const SITE_DIR = path.join(ROOT, 'site');
export const SITE_ENTRY = path.join(SITE_DIR, 'dist/server/entry.mjs');

/** The site's page URL of each kind, as the plugin's frontendUrls setting takes them (site/src/lib/urls.ts makes the same). */
export const siteFrontendUrls = (siteUrl) => ({
  meeting: `${siteUrl}/{locale}/meetings/{slug}`,
  achievement: `${siteUrl}/{locale}/achievements/{slug}`,
  'street-case': `${siteUrl}/{locale}/cases/{slug}`,
  speaker: `${siteUrl}/{locale}/people/{slug}`,
});

export const siteBuildIsStale = () => {
  const builtAt = fs.existsSync(SITE_ENTRY) ? fs.statSync(SITE_ENTRY).mtimeMs : 0;
  const inputs = newestMtime(
    path.join(SITE_DIR, 'src'),
    path.join(SITE_DIR, 'astro.config.mjs'),
    path.join(SITE_DIR, 'package.json'),
    path.join(ROOT, 'src/plugins/newsroom/shared/api.ts'),
    path.join(ROOT, 'package-lock.json')
  );
  return builtAt <= inputs;
};

export const buildSiteIfStale = async () => {
  if (!siteBuildIsStale()) return false;
  console.log("› building the reader's site (Astro, about 30 s, only when it changed)");
  await mustRun(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build'], { cwd: SITE_DIR, quiet: true, env: { ASTRO_TELEMETRY_DISABLED: '1' } });
  return true;
};

/**
 * Starts the built site on 127.0.0.1:port (0 picks a free one) reading the
 * API at apiUrl; resolves once it answers, with its URL and a stop().
 */
export const startSite = async ({ apiUrl, port = 0, env = {} }) => {
  const child = spawn(process.execPath, [SITE_ENTRY], {
    cwd: SITE_DIR,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), NEWSROOM_API_URL: apiUrl, ASTRO_TELEMETRY_DISABLED: '1', ...(port ? { SITE_URL: `http://127.0.0.1:${port}` } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the site did not start in 30 s:\n${output}`)), 30_000);
    const read = (chunk) => {
      output += chunk;
      // Astro's Node adapter logs "Server listening on http://127.0.0.1:PORT".
      const match = /listening on (http:\/\/[^\s]+)/i.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/+$/, '').replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the site exited with ${code}:\n${output}`));
    });
  });
  child.stdout.on('data', (chunk) => process.env.SITE_LOG && process.stdout.write(chunk));
  child.stderr.on('data', (chunk) => process.stderr.write(chunk));
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
