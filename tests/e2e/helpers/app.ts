/**
 * A real Strapi for browser tests: the compiled app (dist/) with its built
 * admin panel (dist/build) served on 127.0.0.1, on a throwaway SQLite
 * database, with one super admin. scripts/e2e.mjs builds what is missing.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';

export const APP_DIR = path.resolve(__dirname, '../../..');
export const DIST_DIR = path.join(APP_DIR, 'dist');
export const SEED_FILE = path.resolve(APP_DIR, '../shared/seed/futian-2023-disability-committee-meeting.txt');

export const EDITOR = { email: 'editor@newsroom.e2e', password: 'Newsroom-E2e-2023', firstname: '晓鹏', lastname: '郑' };

export interface E2eApp {
  strapi: Core.Strapi;
  baseUrl: string;
  stop(): Promise<void>;
}

export const startE2eApp = async (): Promise<E2eApp> => {
  if (!fs.existsSync(path.join(DIST_DIR, 'build', 'index.html'))) {
    throw new Error('The admin panel is not built (dist/build): run `npm run test:e2e`, which builds it.');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-'));
  Object.assign(process.env, {
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'data.db'),
    HOST: '127.0.0.1',
    PORT: '0',
    SERVE_ADMIN_PANEL: 'true',
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'false',
    STRAPI_STARTUP_LOG: 'false',
    STRAPI_LOG_LEVEL: 'error',
  });
  const { createStrapi } = await import('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: DIST_DIR }).load();
  strapi.log.level = 'error';
  await strapi.listen();
  const address = strapi.server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('Strapi did not listen on a TCP port');

  const roles = strapi.service('admin::role') as unknown as { createRolesIfNoneExist(): Promise<void>; getSuperAdmin(): Promise<{ id: number }> };
  await roles.createRolesIfNoneExist();
  const superAdmin = await roles.getSuperAdmin();
  const users = strapi.service('admin::user') as unknown as { create(attributes: Record<string, unknown>): Promise<unknown> };
  await users.create({ ...EDITOR, isActive: true, registrationToken: null, roles: [superAdmin.id] });

  return {
    strapi,
    baseUrl: `http://127.0.0.1:${address.port}`,
    async stop() {
      await strapi.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
