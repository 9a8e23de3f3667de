import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../config';
import { buildFeed, buildNewsSitemap, buildSitemap, jsonFeed11 } from '../services/pages/feeds';

export interface FeedContext {
  query: Record<string, unknown>;
  type: string;
  body: unknown;
  badRequest(message: string): unknown;
}

const locales = (strapi: Core.Strapi): string[] => strapi.config.get<NewsroomConfig>('plugin::newsroom').locales.map((l) => l.code);

/** `?locale=` (zh-Hans by default), one of the plugin's locales. */
const localeOf = (strapi: Core.Strapi, ctx: FeedContext): string | undefined => {
  const asked = typeof ctx.query.locale === 'string' && ctx.query.locale !== '' ? ctx.query.locale : 'zh-Hans';
  return locales(strapi).includes(asked) ? asked : undefined;
};

/**
 * Feeds and sitemaps, public, made from the stored pages (services/pages/feeds.ts);
 * ETag and 304 by the http-cache middleware of their routes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const feed = (format: 'rss' | 'atom' | 'json') => async (ctx: FeedContext) => {
    const locale = localeOf(strapi, ctx);
    if (!locale) return ctx.badRequest(`locale must be one of ${locales(strapi).join(', ')}`);
    const built = await buildFeed(strapi, locale);
    if (format === 'rss') {
      ctx.type = 'application/rss+xml; charset=utf-8';
      ctx.body = built.rss2();
    } else if (format === 'atom') {
      ctx.type = 'application/atom+xml; charset=utf-8';
      ctx.body = built.atom1();
    } else {
      ctx.type = 'application/feed+json; charset=utf-8';
      ctx.body = jsonFeed11(built, locale);
    }
  };
  return {
    rss: feed('rss'),
    atom: feed('atom'),
    json: feed('json'),
    async sitemap(ctx: FeedContext) {
      ctx.type = 'application/xml; charset=utf-8';
      ctx.body = await buildSitemap(strapi);
    },
    async news(ctx: FeedContext) {
      ctx.type = 'application/xml; charset=utf-8';
      ctx.body = await buildNewsSitemap(strapi, locales(strapi));
    },
  };
};
