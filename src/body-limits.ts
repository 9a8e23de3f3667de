import type { Core } from '@strapi/strapi';

/**
 * Multipart bodies under the same 1 MB as JSON, form and text bodies
 * (config/middlewares.ts gives formidable 1 MB of fields and of files),
 * except where files are the point: the media library's upload routes, the
 * admin's `POST /upload` and the content API's `POST /api/upload`, take
 * files up to the upload plugin's own `sizeLimit` (config/plugins.ts, 50 MB
 * unless UPLOAD_SIZE_LIMIT says otherwise) — with still 1 MB of fields.
 *
 * `strapi::body` is extended (the middleware registry's `extend`, as the
 * plugin does for its import route) into two instances of itself chosen by
 * path; the body is refused while it is read. formidable's own refusals
 * (fields or files past their limit) carry `httpCode` 413, which Strapi's
 * error middleware would answer as 500: they answer 413 here.
 */
const UPLOAD_PATHS = new Set(['/upload', '/api/upload']);

type Config = Record<string, unknown> & { formidable?: Record<string, unknown> };
type Factory = (config: Config, context: { strapi: Core.Strapi }) => Core.MiddlewareHandler | void;
interface MiddlewareRegistry {
  extend(uid: string, extendFn: (middleware: Factory) => Factory): unknown;
}

const isTooLarge = (error: unknown): error is Error =>
  error instanceof Error && (error as { httpCode?: unknown }).httpCode === 413 && typeof (error as { code?: unknown }).code === 'number';

export const limitMultipartBodies = (strapi: Core.Strapi): void => {
  const registry = strapi.get('middlewares') as MiddlewareRegistry;
  registry.extend('strapi::body', (body) => (config, context) => {
    const uploadLimit = Number(strapi.config.get('plugin::upload.sizeLimit'));
    const everywhere = body(config, context);
    const forUploads = body({ ...config, formidable: { ...config.formidable, maxFileSize: uploadLimit, maxTotalFileSize: uploadLimit } }, context);
    if (!everywhere || !forUploads) return everywhere;
    return async (ctx, next) => {
      const chosen = ctx.method === 'POST' && UPLOAD_PATHS.has(ctx.path) ? forUploads : everywhere;
      try {
        return await chosen(ctx, next);
      } catch (error) {
        if (!isTooLarge(error)) throw error;
        ctx.status = 413;
        ctx.body = { data: null, error: { status: 413, name: 'PayloadTooLargeError', message: error.message, details: {} } };
      }
    };
  });
};
