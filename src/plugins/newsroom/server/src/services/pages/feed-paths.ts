/** The feeds' and sitemaps' paths under the content API. */
export const FEED_ROUTES = {
  rss: '/feeds/rss.xml',
  atom: '/feeds/atom.xml',
  json: '/feeds/feed.json',
  sitemap: '/sitemap.xml',
  news: '/sitemap-news.xml',
} as const;

/** The same paths as a client requests them (what a CDN purge names). */
export const FEED_PATHS: ReadonlyArray<string> = Object.values(FEED_ROUTES).map((path) => `/api/newsroom${path}`);
