/**
 * The reader's site for browser tests: the built site (site/dist, which
 * scripts/e2e.mjs builds when stale) started as its own Node process on a
 * free port, reading a test Strapi's public API. The same as
 * scripts/lib/site.mjs (the demo's), which jest cannot import as ESM.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import path from 'path';
import { APP_DIR } from './app';

export const SITE_DIR = path.join(APP_DIR, 'site');
const ENTRY = path.join(SITE_DIR, 'dist/server/entry.mjs');

export interface RunningSite {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The site's page URL of each kind, as the plugin's frontendUrls setting takes them. */
export const siteFrontendUrls = (siteUrl: string): Record<string, string> => ({
  meeting: `${siteUrl}/{locale}/meetings/{slug}`,
  achievement: `${siteUrl}/{locale}/achievements/{slug}`,
  'street-case': `${siteUrl}/{locale}/cases/{slug}`,
  speaker: `${siteUrl}/{locale}/people/{slug}`,
});

/** A port free now (the site must know its public origin, SITE_URL, before it listens). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

export const startSite = async (apiUrl: string, env: Record<string, string> = {}): Promise<RunningSite> => {
  if (!fs.existsSync(ENTRY)) throw new Error("The reader's site is not built (site/dist): run `npm run test:e2e`, which builds it.");
  const port = await freePort();
  const child = spawn(process.execPath, [ENTRY], {
    cwd: SITE_DIR,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SITE_URL: `http://127.0.0.1:${port}`, NEWSROOM_API_URL: apiUrl, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the site did not start in 30 s:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/i.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/+$/, ''));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the site exited with ${code}:\n${output}`));
    });
  });
  // What the site logs after it started (an API it cannot read) goes to the test's output.
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`site: ${chunk.toString()}`));
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
