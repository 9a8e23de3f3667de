import { SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../../config';
import { KINDS } from '../../kinds';
import { sitemapPagePath } from './feed-paths';
import { feedKinds, urlOf } from './feeds';
import { pageStore, type PageRow } from './store';
import { publicUrl } from './urls';

const settings = (strapi: Core.Strapi) => strapi.config.get<NewsroomConfig>('plugin::newsroom');

/** The kinds of the sitemap: every kind the frontend has URLs for. */
export const mappedKinds = (strapi: Core.Strapi): string[] => KINDS.filter((kind) => settings(strapi).frontendUrls?.[kind.name]).map((k) => k.name);

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/**
 * The `sitemap` package's document of these entries. Its stream refuses to
 * end without an entry ("You ended the stream without writing anything"), so
 * no entries is the empty `<urlset/>` — a valid sitemap — written here.
 */
const urlset = async (strapi: Core.Strapi, entries: readonly SitemapItemLoose[], options: { news?: boolean } = {}): Promise<string> => {
  if (entries.length === 0) return `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}"${options.news ? ` xmlns:news="${NEWS_NS}"` : ''}></urlset>`;
  const stream = new SitemapStream({
    // Frontend URL patterns may be paths: made absolute on this server's public URL.
    hostname: publicUrl(strapi) || undefined,
    ...(options.news ? { xmlns: { news: true, xhtml: false, image: false, video: false } } : {}),
  });
  for (const entry of entries) stream.write(entry);
  stream.end();
  return (await streamToPromise(stream)).toString();
};

const escapeXml = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The sitemap's entries: every stored page with a frontend URL, each with its `hreflang` alternates in the other locales. */
const sitemapEntries = async (strapi: Core.Strapi): Promise<SitemapItemLoose[]> => {
  const rows = await pageStore(strapi).all(mappedKinds(strapi));
  const byDocument = new Map<string, PageRow[]>();
  for (const row of rows) byDocument.set(row.document_id, [...(byDocument.get(row.document_id) ?? []), row]);
  const entries: SitemapItemLoose[] = [];
  for (const row of rows) {
    const url = urlOf(strapi, row);
    if (!url) continue;
    const versions = byDocument.get(row.document_id) ?? [];
    const links = versions.length > 1 ? versions.flatMap((v) => (urlOf(strapi, v) ? [{ lang: v.locale, url: urlOf(strapi, v) ?? '' }] : [])) : [];
    const lastmod = row.modified_at ?? row.published_at;
    entries.push({ url, links, ...(lastmod ? { lastmod: new Date(lastmod).toISOString() } : {}) });
  }
  return entries;
};

/**
 * `/sitemap.xml`: the sitemap of every page; past `sitemapSize` URLs
 * (50,000, the protocol's most) a sitemap index of `/sitemap-1.xml`,
 * `/sitemap-2.xml`, … each holding `sitemapSize` of them, in the order the
 * pages were first stored.
 */
export const buildSitemap = async (strapi: Core.Strapi): Promise<string> => {
  const entries = await sitemapEntries(strapi);
  const size = settings(strapi).sitemapSize;
  if (entries.length <= size) return urlset(strapi, entries);
  const base = `${publicUrl(strapi)}/api/newsroom`;
  const pages = Math.ceil(entries.length / size);
  const sitemaps = Array.from({ length: pages }, (_, i) => `<sitemap><loc>${escapeXml(`${base}${sitemapPagePath(i + 1)}`)}</loc></sitemap>`);
  return `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">${sitemaps.join('')}</sitemapindex>`;
};

/** `/sitemap-N.xml`: the Nth `sitemapSize` URLs of the sitemap index; undefined past the last (and while there is no index). */
export const buildSitemapPage = async (strapi: Core.Strapi, page: number): Promise<string | undefined> => {
  const entries = await sitemapEntries(strapi);
  const size = settings(strapi).sitemapSize;
  if (entries.length <= size || !Number.isInteger(page) || page < 1 || (page - 1) * size >= entries.length) return undefined;
  return urlset(strapi, entries.slice((page - 1) * size, page * size));
};

/** Google News wants ISO 639 codes, except zh-cn and zh-tw for Chinese. */
const newsLanguage = (locale: string): string => ({ 'zh-Hans': 'zh-cn', 'zh-Hant': 'zh-tw' })[locale] ?? locale.toLowerCase();

const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** `/sitemap-news.xml`: the feed kinds' pages published in the last two days, every locale (Google News sitemap). */
export const buildNewsSitemap = async (strapi: Core.Strapi, locales: readonly string[]): Promise<string> => {
  const { publicationName } = settings(strapi);
  const since = Date.now() - NEWS_WINDOW_MS;
  const entries: SitemapItemLoose[] = [];
  for (const locale of locales) {
    for (const row of await pageStore(strapi).latest(feedKinds(strapi), locale, { since, limit: 1000 })) {
      const url = urlOf(strapi, row);
      if (!url || !row.published_at) continue;
      entries.push({
        url,
        news: {
          publication: { name: publicationName, language: newsLanguage(locale) },
          publication_date: new Date(row.published_at).toISOString(),
          title: row.title ?? row.slug,
        },
      });
    }
  }
  return urlset(strapi, entries, { news: true });
};
