import { Feed } from 'feed';
import { SitemapStream, streamToPromise } from 'sitemap';
import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../../config';
import { KINDS, kindNamed } from '../../kinds';
import { FEED_ROUTES } from './feed-paths';
import { pageStore, type PageRow } from './store';
import { frontendUrl, publicUrl } from './urls';
import type { PlainObject } from '../../../../shared/documents';

const settings = (strapi: Core.Strapi) => strapi.config.get<NewsroomConfig>('plugin::newsroom');

/** The kinds of feed entries, among those the frontend has URLs for. */
const feedKinds = (strapi: Core.Strapi): string[] => KINDS.filter((kind) => kind.inFeeds && settings(strapi).frontendUrls?.[kind.name]).map((k) => k.name);
/** The kinds of the sitemap: every kind the frontend has URLs for. */
const mappedKinds = (strapi: Core.Strapi): string[] => KINDS.filter((kind) => settings(strapi).frontendUrls?.[kind.name]).map((k) => k.name);

const urlOf = (strapi: Core.Strapi, row: PageRow): string | undefined => {
  const kind = kindNamed(row.kind);
  return kind ? frontendUrl(strapi, kind, row.slug, row.locale) : undefined;
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** A URL up to its last `/` (its directory); '' without one. */
const directoryOf = (url: string | undefined): string | undefined => url?.slice(0, url.lastIndexOf('/') + 1);

/** The three feeds of the latest published pages of the feed kinds in one locale, newest first. */
export const buildFeed = async (strapi: Core.Strapi, locale: string): Promise<Feed> => {
  const { publicationName, feedSize } = settings(strapi);
  const base = publicUrl(strapi);
  const rows = await pageStore(strapi).latest(feedKinds(strapi), locale, { limit: feedSize, json: true });
  const home = (rows[0] && directoryOf(urlOf(strapi, rows[0]))) || base || '/';
  const feed = new Feed({
    title: publicationName,
    id: home,
    link: home,
    language: locale,
    copyright: publicationName,
    updated: rows[0]?.published_at ? new Date(rows[0].published_at) : new Date(0),
    feedLinks: {
      rss: `${base}/api/newsroom${FEED_ROUTES.rss}?locale=${locale}`,
      atom: `${base}/api/newsroom${FEED_ROUTES.atom}?locale=${locale}`,
      json: `${base}/api/newsroom${FEED_ROUTES.json}?locale=${locale}`,
    },
  });
  for (const row of rows) {
    const link = urlOf(strapi, row);
    if (!link) continue;
    const data = ((JSON.parse(row.json ?? '{}') as { data?: PlainObject }).data ?? {});
    const summary = text(data.headline) ?? text(String(data.readAloud ?? '').split('\n')[0]);
    feed.addItem({
      title: row.title ?? row.slug,
      id: link,
      link,
      date: new Date(row.published_at ?? 0),
      ...(summary ? { description: summary } : {}),
      ...(text(data.heldOn) ? { published: new Date(String(data.heldOn)) } : {}),
    });
  }
  return feed;
};

/**
 * JSON Feed version 1.1 (https://jsonfeed.org/version/1.1): the `feed`
 * package writes version 1; 1.1 names its version, adds `language`,
 * replaces `author` with `authors` and requires content on every item.
 */
export const jsonFeed11 = (feed: Feed, locale: string): string => {
  const json = JSON.parse(feed.json1()) as PlainObject & { items?: PlainObject[]; author?: unknown };
  const { author, ...rest } = json;
  return JSON.stringify({
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language: locale,
    ...(author ? { authors: [author] } : {}),
    items: (json.items ?? []).map(({ author: itemAuthor, ...item }) => ({
      ...item,
      // 1.1 requires content_html or content_text on every item.
      ...(typeof item.content_html === 'string' ? {} : { content_text: String(item.summary ?? item.title ?? '') }),
      ...(itemAuthor ? { authors: [itemAuthor] } : {}),
    })),
  });
};

/** `/sitemap.xml`: every stored page with a frontend URL, each with its `hreflang` alternates in the other locales. */
export const buildSitemap = async (strapi: Core.Strapi): Promise<string> => {
  const rows = await pageStore(strapi).all(mappedKinds(strapi));
  const byDocument = new Map<string, PageRow[]>();
  for (const row of rows) byDocument.set(row.document_id, [...(byDocument.get(row.document_id) ?? []), row]);
  const stream = new SitemapStream({ hostname: publicUrl(strapi) || undefined });
  for (const row of rows) {
    const url = urlOf(strapi, row);
    if (!url) continue;
    const versions = byDocument.get(row.document_id) ?? [];
    const links = versions.length > 1 ? versions.flatMap((v) => (urlOf(strapi, v) ? [{ lang: v.locale, url: urlOf(strapi, v) ?? '' }] : [])) : [];
    stream.write({ url, links, ...(row.published_at ? { lastmod: new Date(row.published_at).toISOString() } : {}) });
  }
  stream.end();
  return (await streamToPromise(stream)).toString();
};

/** Google News wants ISO 639 codes, except zh-cn and zh-tw for Chinese. */
const newsLanguage = (locale: string): string => ({ 'zh-Hans': 'zh-cn', 'zh-Hant': 'zh-tw' })[locale] ?? locale.toLowerCase();

const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** `/sitemap-news.xml`: the feed kinds' pages published in the last two days, every locale (Google News sitemap). */
export const buildNewsSitemap = async (strapi: Core.Strapi, locales: readonly string[]): Promise<string> => {
  const { publicationName } = settings(strapi);
  const since = Date.now() - NEWS_WINDOW_MS;
  const stream = new SitemapStream({ hostname: publicUrl(strapi) || undefined, xmlns: { news: true, xhtml: false, image: false, video: false } });
  for (const locale of locales) {
    for (const row of await pageStore(strapi).latest(feedKinds(strapi), locale, { since, limit: 1000 })) {
      const url = urlOf(strapi, row);
      if (!url || !row.published_at) continue;
      stream.write({
        url,
        news: {
          publication: { name: publicationName, language: newsLanguage(locale) },
          publication_date: new Date(row.published_at).toISOString(),
          title: row.title ?? row.slug,
        },
      });
    }
  }
  stream.end();
  return (await streamToPromise(stream)).toString();
};
