/**
 * `npm start` (Strapi's own `strapi start`, whatever NODE_ENV holds) without
 * the demo's opt-in stops before serving anything when a secret is missing
 * or still holds its published demo value, and names each. The check runs in
 * the app's register(), before the database is touched, so this runs the
 * same on every TEST_DATABASE (in a child process: a refused start must not
 * take the test runner with it; one that starts is stopped by the test).
 */
import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { DEMO_SECRETS, REQUIRED_SECRETS } from '../../src/secrets';
import { APP_DIR } from './helpers/strapi';

const STRAPI_BIN = path.join(APP_DIR, 'node_modules/@strapi/strapi/bin/strapi.js');

/** Runs `strapi start` in the app; resolves with its exit code and output, or `started` when it was still running after `waitMs`. */
const start = (env: Record<string, string | undefined>, waitMs = 60_000): Promise<{ code: number | null; output: string; started: boolean }> =>
  new Promise((resolve) => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-secrets-'));
    const child = spawn(process.execPath, [STRAPI_BIN, 'start'], {
      cwd: APP_DIR,
      env: { ...env, HOST: '127.0.0.1', PORT: '0', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(scratch, 'data.db'), SERVE_ADMIN_PANEL: 'false', STRAPI_TELEMETRY_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: null, output, started: true });
    }, waitMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fs.rmSync(scratch, { recursive: true, force: true });
      resolve({ code, output, started: false });
    });
  });

const withoutSecrets = (): Record<string, string | undefined> => {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of REQUIRED_SECRETS) delete env[name];
  delete env.NEWSROOM_DEMO_SECRETS;
  delete env.NODE_ENV;
  return env;
};

it('refuses `npm start` without the demo opt-in and without secrets (no NODE_ENV), naming each', async () => {
  const { started, code, output } = await start(withoutSecrets());
  expect(started).toBe(false);
  expect(code).not.toBe(0);
  expect(output).toContain(`set ${REQUIRED_SECRETS.join(', ')} (`);
}, 90_000);

it('refuses a start with a published demo value copied into the environment, in production even with the opt-in', async () => {
  const own = Object.fromEntries(REQUIRED_SECRETS.map((name) => [name, `${name.toLowerCase()}-of-this-deployment`]));
  const copied = await start({ ...withoutSecrets(), ...own, NODE_ENV: 'development', NEWSROOM_PREVIEW_SECRET: DEMO_SECRETS.NEWSROOM_PREVIEW_SECRET });
  expect(copied.started).toBe(false);
  expect(copied.output).toContain('set NEWSROOM_PREVIEW_SECRET (');
  const production = await start({ ...withoutSecrets(), NODE_ENV: 'production', NEWSROOM_DEMO_SECRETS: '1' });
  expect(production.started).toBe(false);
  expect(production.output).toContain(`set ${REQUIRED_SECRETS.join(', ')} (`);
}, 180_000);
