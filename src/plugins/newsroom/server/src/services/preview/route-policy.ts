import type { Core } from '@strapi/strapi';

/** The policy (policies/may-request-preview.ts) and the content manager's route it guards. */
export const PREVIEW_POLICY = 'plugin::newsroom.may-request-preview';
const PREVIEW_URL_PATH = '/preview/url/:contentType';

interface Route {
  method: string;
  path: string;
  config?: { policies?: unknown[] };
}
type Routers = Record<string, { routes?: Route[] } | Route[] | undefined>;

/**
 * Strapi 5.54's content manager issues a preview URL to any signed-in admin
 * (its controller says "TODO: Permissions"). Its route gets this plugin's
 * policy next to `admin::isAuthenticatedAdmin`, so that the link, which opens
 * a draft without a login, goes only to a user who may read what it shows.
 * Called from register: Strapi builds its routers after every register and
 * before any bootstrap. Without that route (another Strapi version), the app
 * refuses to start rather than leave the link unguarded.
 */
export const guardPreviewUrls = (strapi: Core.Strapi): void => {
  const routers = (strapi.plugin('content-manager')?.routes ?? {}) as Routers;
  const routes = Object.values(routers).flatMap((router) => (Array.isArray(router) ? router : (router?.routes ?? [])));
  const route = routes.find((candidate) => candidate.method === 'GET' && candidate.path === PREVIEW_URL_PATH);
  if (!route) throw new Error(`newsroom: the content manager's GET ${PREVIEW_URL_PATH} route was not found; preview links cannot be guarded`);
  route.config ??= {};
  const policies = route.config.policies ?? [];
  if (!policies.includes(PREVIEW_POLICY)) route.config.policies = [...policies, PREVIEW_POLICY];
};
