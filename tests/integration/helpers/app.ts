/**
 * The setup every integration file repeats, in one place: a real Strapi on a
 * throwaway database (helpers/strapi.ts) booted before the file's tests,
 * the callers it asks for made once it is up, and everything stopped and
 * dropped after them.
 *
 *   let app: TestApp;
 *   let apiToken: string;
 *   useTestApp({ apiToken: true }, (ready) => ({ app, apiToken } = ready));
 *
 * `ready` is called in the file's first beforeAll, so a beforeAll of the
 * file's own (declared after) finds the app up.
 */
import { adminJwt, createApiToken } from './auth';
import { startTestApp, type TestApp, type TestAppOptions } from './strapi';

export interface UseTestAppOptions extends TestAppOptions {
  /** A full-access API token, as an integrator creates in Settings → API Tokens. */
  apiToken?: boolean;
  /** A super admin logged in through the admin API: its JWT. */
  adminToken?: boolean;
}

export interface ReadyApp {
  app: TestApp;
  /** Empty unless asked for. */
  apiToken: string;
  /** Empty unless asked for. */
  adminToken: string;
}

export const useTestApp = (options: UseTestAppOptions, ready: (app: ReadyApp) => void): void => {
  let app: TestApp | undefined;
  beforeAll(async () => {
    const { apiToken, adminToken, ...start } = options;
    app = await startTestApp(start);
    ready({
      app,
      apiToken: apiToken ? await createApiToken(app.strapi) : '',
      adminToken: adminToken ? await adminJwt(app.strapi, app.baseUrl) : '',
    });
  });
  afterAll(async () => {
    await app?.stop();
  });
};
