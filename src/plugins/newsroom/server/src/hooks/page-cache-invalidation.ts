import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../content-types/uids';
import type { PageCacheService } from '../services/page-cache';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/** Any newsroom write can change some page (a meeting shows its achievements, a speaker their speeches): empty the page cache. */
export const pageCacheInvalidation =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!kindOf(context.uid) || READS.has(context.action)) return next();
    const result = await next();
    (strapi.plugin('newsroom').service('page-cache') as PageCacheService).clear();
    return result;
  };
