import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * Strapi's own input validation of REST writes (unknown keys, a key inside a
 * media or component value it cannot read) refuses with a ValidationError
 * whose details are `{ key, path: 'cover', source }` — no `errors[]`, so the
 * admin and clients that read `details.errors[].path` see no field. This
 * route middleware gives such a refusal the plugin's shape: one entry whose
 * path is the field path plus the key. A relation to a document that does
 * not exist (`Document with id "x", locale … not found`, no details at all)
 * is pointed at the field of the write that holds that id. Other errors pass
 * unchanged.
 */
interface StrapiKeyDetails {
  key?: unknown;
  path?: unknown;
  errors?: unknown;
}

const pathOf = (details: StrapiKeyDetails): Array<string | number> => {
  const base = typeof details.path === 'string' && details.path !== '' ? details.path.split('.') : [];
  const key = typeof details.key === 'string' || typeof details.key === 'number' ? [details.key] : [];
  return [...base, ...key];
};

/** The path of the first value in `data` equal to `id`, depth first. */
const pathHolding = (data: unknown, id: string, path: Array<string | number> = []): Array<string | number> | undefined => {
  if (typeof data === 'string' || typeof data === 'number') return String(data) === id && path.length > 0 ? path : undefined;
  if (!data || typeof data !== 'object') return undefined;
  for (const [key, value] of Object.entries(data)) {
    const found = pathHolding(value, id, [...path, Array.isArray(data) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
};

const MISSING_DOCUMENT = /^Document with id "([^"]*)"/;

export default (): Core.MiddlewareHandler => async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (!(error instanceof errors.ValidationError)) throw error;
    const details = (error.details ?? {}) as StrapiKeyDetails;
    const missing = MISSING_DOCUMENT.exec(error.message)?.[1];
    const body = ctx.request.body as { data?: unknown } | undefined;
    const path = missing !== undefined ? (pathHolding(body?.data, missing) ?? []) : pathOf(details);
    if (Array.isArray(details.errors) || path.length === 0) throw error;
    throw new errors.ValidationError(error.message, {
      ...details,
      errors: [{ path, message: error.message, name: 'ValidationError', code: 'field.unknown' }],
    });
  }
};
