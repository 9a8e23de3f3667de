import type { Core } from '@strapi/strapi';
import { MAX_REPORT_BYTES } from '../../../shared/api';

/**
 * The app's body parser (config/middlewares.ts names it in place of
 * `strapi::body`): Strapi's own parser with one small limit for every route —
 * 1 MB of JSON by default — and a larger one only on the admin's import route,
 * where a report of up to 2 MB of text arrives wrapped in JSON (escapes
 * included, hence `importLimit`, 3× the report). A larger body is refused
 * with 413 while it is read, before anything parses it.
 *
 * Strapi's body middleware reads the body once, for every route, before the
 * router; a route's own middleware would come too late to raise the limit,
 * so the choice is made here, by path.
 */
export interface BodyConfig {
  jsonLimit?: string | number;
  formLimit?: string | number;
  textLimit?: string | number;
  /** The limit on the import route, for JSON and text alike. */
  importLimit?: string | number;
  [option: string]: unknown;
}

/** The admin's import route (routes/index.ts). */
export const IMPORT_PATH = '/newsroom/import';

const DEFAULT_LIMIT = '1mb';
const DEFAULT_IMPORT_LIMIT = MAX_REPORT_BYTES * 3;

type Koa = Parameters<Core.MiddlewareHandler>[0];

export default (config: BodyConfig, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const factory = strapi.middleware('strapi::body');
  const strapiBody = (options: Record<string, unknown>): Core.MiddlewareHandler => {
    const handler = factory(options, { strapi });
    if (!handler) throw new Error('newsroom: strapi::body gave no middleware');
    return handler;
  };
  const { importLimit = DEFAULT_IMPORT_LIMIT, ...options } = config;
  const everywhere = strapiBody(
    { ...options, jsonLimit: options.jsonLimit ?? DEFAULT_LIMIT, formLimit: options.formLimit ?? DEFAULT_LIMIT, textLimit: options.textLimit ?? DEFAULT_LIMIT,
  });
  const forImports = strapiBody({ ...options, jsonLimit: importLimit, textLimit: importLimit, formLimit: DEFAULT_LIMIT });
  return (ctx: Koa, next) => (ctx.method === 'POST' && ctx.path === IMPORT_PATH ? forImports : everywhere)(ctx, next);
};
