import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../config';
import { renderFeed } from '../services/pages/feeds';
import { buildNewsSitemap, buildSitemap, buildSitemapPage } from '../services/pages/sitemaps';

export interface FeedContext {
  query: Record<string, unknown>;
  params?: Record<string, unknown>;
  type: string;
  body: unknown;
  badRequest(message: string): unknown;
  notFound(message: string): unknown;
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
    const types = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' } as const;
    ctx.type = `${types[format]}; charset=utf-8`;
    ctx.body = await renderFeed(strapi, locale, format);
  };
  return {
    rss: feed('rss'),
    atom: feed('atom'),
    json: feed('json'),
    async sitemap(ctx: FeedContext) {
      ctx.type = 'application/xml; charset=utf-8';
      ctx.body = await buildSitemap(strapi);
    },
    async sitemapPage(ctx: FeedContext) {
      const body = await buildSitemapPage(strapi, Number(ctx.params?.page));
      if (body === undefined) return ctx.notFound('No such sitemap page');
      ctx.type = 'application/xml; charset=utf-8';
      ctx.body = body;
    },
    async news(ctx: FeedContext) {
      ctx.type = 'application/xml; charset=utf-8';
      ctx.body = await buildNewsSitemap(strapi, locales(strapi));
    },
  };
};
