import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../kinds';
import { pluginService } from '../strapi/plugin-service';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/** Any newsroom write can change some page (a meeting shows its achievements, a speaker their speeches): empty the page cache. */
export const pageCacheInvalidation =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!kindOf(context.uid) || READS.has(context.action)) return next();
    const result = await next();
    pluginService(strapi, 'page-cache').clear();
    return result;
  };
