import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../config';

export interface CacheContext {
  method: string;
  status: number;
  body: unknown;
  state: { auth?: { credentials?: unknown } };
  get(field: string): string;
  response: { get(field: string): string };
  set(field: string, value: string): void;
  vary(field: string): void;
}

/** Whether an If-None-Match header names this ETag (weak comparison, as for GET). */
export const matches = (ifNoneMatch: string, etag: string): boolean => {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
};

/**
 * ETag and Cache-Control on the content API's GET answers, and 304 Not
 * Modified when the client's If-None-Match still matches. Public answers are
 * cacheable by shared caches (the `cacheControl` setting); answers to an
 * authenticated caller may hold drafts and stay private.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: CacheContext, next: () => Promise<unknown>) => {
    await next();
    if (ctx.method !== 'GET' || ctx.status !== 200 || ctx.body === undefined || ctx.body === null) return;
    // A stored page brings its ETag (made when it was built); any other answer is hashed.
    let etag = ctx.response.get('ETag');
    if (!etag) {
      const serialized = typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body);
      etag = `W/"${createHash('sha256').update(serialized).digest('base64url').slice(0, 27)}"`;
      ctx.set('ETag', etag);
    }
    const { cacheControl } = strapi.config.get<NewsroomConfig>('plugin::newsroom');
    ctx.set('Cache-Control', ctx.state.auth?.credentials ? 'private, no-cache' : cacheControl);
    ctx.vary('Authorization');
    // Not Koa's ctx.fresh: it answers 200 whenever the request says Cache-Control: no-cache.
    if (matches(ctx.get('If-None-Match'), etag)) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
