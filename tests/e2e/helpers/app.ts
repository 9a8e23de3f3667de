/**
 * A real Strapi for browser tests: the compiled app (dist/) with its built
 * admin panel (dist/build) served on 127.0.0.1, on a throwaway SQLite
 * database, with one super admin. scripts/e2e.mjs builds what is missing.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { APP_DIR, DIST_DIR, startTestApp } from '../../integration/helpers/strapi';

export { APP_DIR, DIST_DIR };
export { SEED_FILE } from '../../fixtures/seed';

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
  const app = await startTestApp({ serveAdminPanel: true, database: 'sqlite' });
  const { strapi } = app;

  const roles = strapi.service('admin::role') as unknown as { createRolesIfNoneExist(): Promise<void>; getSuperAdmin(): Promise<{ id: number }> };
  await roles.createRolesIfNoneExist();
  const superAdmin = await roles.getSuperAdmin();
  const users = strapi.service('admin::user') as unknown as { create(attributes: Record<string, unknown>): Promise<unknown> };
  await users.create({ ...EDITOR, isActive: true, registrationToken: null, roles: [superAdmin.id] });

  return { strapi, baseUrl: app.baseUrl, stop: app.stop };
};
