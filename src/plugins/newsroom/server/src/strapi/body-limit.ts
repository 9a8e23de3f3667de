import type { Core } from '@strapi/strapi';
import { MAX_REPORT_BYTES } from '../../../shared/api';

/**
 * The body limit is raised on one route only: the admin's import route,
 * where a report of up to 2 MB of text arrives wrapped in JSON (escapes
 * included, hence 3× the report). Every other route keeps the limits the app
 * gives `strapi::body` in config/middlewares.ts (1 MB), and a larger body is
 * refused with 413 while it is read, before anything parses it.
 *
 * Strapi's body middleware reads every body before the router, so a route's
 * own middleware would come too late; instead `strapi::body` is extended
 * (the middleware registry's `extend`) into two instances of itself, chosen
 * by path. Called from register, before the app's middlewares are built.
 */

/** The admin's import route (routes/index.ts). */
export const IMPORT_PATH = '/newsroom/import';
export const IMPORT_BODY_LIMIT = MAX_REPORT_BYTES * 3;

type Config = Record<string, unknown>;
type Factory = (config: Config, context: { strapi: Core.Strapi }) => Core.MiddlewareHandler | void;
interface MiddlewareRegistry {
  extend(uid: string, extendFn: (middleware: Factory) => Factory): unknown;
}

export const raiseBodyLimitForImports = (strapi: Core.Strapi): void => {
  const registry = strapi.get<MiddlewareRegistry>('middlewares');
  registry.extend('strapi::body', (body) => (config, context) => {
    const everywhere = body(config, context);
    const forImports = body({ ...config, jsonLimit: IMPORT_BODY_LIMIT, textLimit: IMPORT_BODY_LIMIT }, context);
    if (!everywhere || !forImports) return everywhere;
    return (ctx, next) => (ctx.method === 'POST' && ctx.path === IMPORT_PATH ? forImports : everywhere)(ctx, next);
  });
};
