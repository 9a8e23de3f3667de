/** The feeds' and sitemaps' paths under the content API. */
export const FEED_ROUTES = {
  rss: '/feeds/rss.xml',
  atom: '/feeds/atom.xml',
  json: '/feeds/feed.json',
  sitemap: '/sitemap.xml',
  news: '/sitemap-news.xml',
} as const;

/** A page of the sitemap index (pages/sitemaps.ts), past `sitemapSize` URLs: `/sitemap-1.xml`, `/sitemap-2.xml`, … */
export const SITEMAP_PAGE_ROUTE = '/sitemap-:page(\\d+).xml';
export const sitemapPagePath = (page: number): string => `/sitemap-${page}.xml`;
