import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../config';

export interface CacheContext {
  method: string;
  status: number;
  body: unknown;
  fresh: boolean;
  state: { auth?: { credentials?: unknown } };
  set(field: string, value: string): void;
  vary(field: string): void;
}

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
    const serialized = typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body);
    ctx.set('ETag', `W/"${createHash('sha256').update(serialized).digest('base64url').slice(0, 27)}"`);
    const { cacheControl } = strapi.config.get('plugin::newsroom') as NewsroomConfig;
    ctx.set('Cache-Control', ctx.state.auth?.credentials ? 'private, no-cache' : cacheControl);
    ctx.vary('Authorization');
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
