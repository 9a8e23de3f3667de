/**
 * The app itself, started with NODE_ENV=production and none of the secrets
 * set, stops before serving anything and names each missing variable. The
 * check runs in the app's register(), before the database is touched, so
 * this runs the same on every TEST_DATABASE (in a child process: a refused
 * start must not take the test runner with it).
 */
import { spawnSync } from 'child_process';
import { REQUIRED_SECRETS } from '../../src/secrets';
import { APP_DIR, DIST_DIR } from './helpers/strapi';

it('refuses to start in production without real secrets, naming what is missing', () => {
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production', SERVE_ADMIN_PANEL: 'false', STRAPI_TELEMETRY_DISABLED: 'true' };
  for (const name of REQUIRED_SECRETS) delete env[name];
  const script = `require('@strapi/strapi').createStrapi(${JSON.stringify({ appDir: APP_DIR, distDir: DIST_DIR })}).load()
    .then(() => { console.log('STARTED'); process.exit(0); }, (error) => { console.error(String(error && error.message)); process.exit(3); });`;
  const child = spawnSync(process.execPath, ['-e', script], { cwd: APP_DIR, env, encoding: 'utf8', timeout: 120_000 });
  expect(child.stdout).not.toContain('STARTED');
  expect(child.status).toBe(3);
  expect(child.stderr).toContain(`set ${REQUIRED_SECRETS.join(', ')}`);
});
