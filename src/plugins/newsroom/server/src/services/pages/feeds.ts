import { Feed } from 'feed';
import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../../config';
import { KINDS, kindNamed } from '../../kinds';
import { esc } from '../../output/preview-html-blocks';
import { FEED_ROUTES } from './feed-paths';
import { pageStore, type PageRow } from './store';
import { frontendUrl, publicUrl } from './urls';
import { cdataText, closeCdataSplits, htmlText, xmlText } from './xml-text';
import type { PlainObject } from '../../../../shared/documents';

const settings = (strapi: Core.Strapi) => strapi.config.get<NewsroomConfig>('plugin::newsroom');

/** The kinds of feed entries, among those the frontend has URLs for. */
export const feedKinds = (strapi: Core.Strapi): string[] => KINDS.filter((kind) => kind.inFeeds && settings(strapi).frontendUrls?.[kind.name]).map((k) => k.name);

export const urlOf = (strapi: Core.Strapi, row: PageRow): string | undefined => {
  const kind = kindNamed(row.kind);
  return kind ? frontendUrl(strapi, kind, row.slug, row.locale) : undefined;
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** A URL up to its last `/` (its directory); '' without one. */
const directoryOf = (url: string | undefined): string | undefined => url?.slice(0, url.lastIndexOf('/') + 1);

export type FeedFormat = 'rss' | 'atom' | 'json';

/**
 * How each format's text reaches the `feed` package: RSS titles and
 * descriptions go into CDATA sections (every `]]>` split, xml-text.ts);
 * Atom's are `type="html"`, so escaped as HTML too; JSON carries any text.
 */
const ENCODERS: Record<FeedFormat, { item(value: string): string; plain(value: string): string; finish(out: string): string }> = {
  rss: { item: cdataText, plain: xmlText, finish: closeCdataSplits },
  atom: { item: (value) => cdataText(htmlText(value)), plain: xmlText, finish: closeCdataSplits },
  json: { item: (value) => value, plain: (value) => value, finish: (out) => out },
};

const dateOf = (value: unknown): Date | undefined => {
  if (value === null || value === undefined || value === '') return undefined;
  const date = new Date(typeof value === 'number' ? value : String(value));
  return Number.isNaN(date.getTime()) ? undefined : date;
};

const CORRECTION_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'zh-Hans': { correction: '更正', update: '更新', clarification: '说明' },
  en: { correction: 'Correction', update: 'Update', clarification: 'Clarification' },
};

/** A page's corrections, updates and clarifications as the entry's content (HTML, every character escaped), each with its date; undefined without any. */
const correctionsHtml = (data: PlainObject, locale: string): string | undefined => {
  const words = CORRECTION_WORDS[locale] ?? CORRECTION_WORDS.en;
  const items = (Array.isArray(data.corrections) ? (data.corrections as PlainObject[]) : []).filter((c) => text(c.text));
  if (items.length === 0) return undefined;
  const lines = items.map((c) => `<li><strong>${esc(words[String(c.kind)] ?? String(c.kind))}</strong> <time datetime="${esc(c.date)}">${esc(c.date)}</time>: ${esc(c.text)}</li>`);
  return `<ul class="corrections">${lines.join('')}</ul>`;
};

/** The latest published pages of the feed kinds in one locale, newest first, in one format. */
const buildFeed = async (strapi: Core.Strapi, locale: string, format: FeedFormat): Promise<Feed> => {
  const { publicationName, feedSize } = settings(strapi);
  const encode = ENCODERS[format];
  const base = publicUrl(strapi);
  const rows = await pageStore(strapi).latest(feedKinds(strapi), locale, { limit: feedSize, json: true });
  const home = (rows[0] && directoryOf(urlOf(strapi, rows[0]))) || base || '/';
  const name = encode.plain(publicationName);
  // An empty feed leaves `updated` to the package (the time of the answer), never 1970.
  // The feed's date: its latest change (a correction or update moves an entry's; services/pages/publication-dates.ts).
  const updated = rows.map((row) => dateOf(row.modified_at ?? row.published_at)).reduce<Date | undefined>((a, b) => (!a || (b && b > a) ? b : a), undefined);
  const feed = new Feed({
    title: name,
    description: name,
    id: home,
    link: home,
    language: locale,
    copyright: name,
    author: { name },
    ...(updated ? { updated } : {}),
    feedLinks: {
      rss: `${base}/api/newsroom${FEED_ROUTES.rss}?locale=${locale}`,
      atom: `${base}/api/newsroom${FEED_ROUTES.atom}?locale=${locale}`,
      json: `${base}/api/newsroom${FEED_ROUTES.json}?locale=${locale}`,
    },
  });
  for (const row of rows) {
    const link = urlOf(strapi, row);
    if (!link) continue;
    const data = (JSON.parse(row.json ?? '{}') as { data?: PlainObject }).data ?? {};
    const summary = text(data.headline) ?? text(String(data.readAloud ?? '').split('\n')[0]);
    const heldOn = dateOf(text(data.heldOn));
    const corrections = correctionsHtml(data, locale);
    // Published: the first publication, which never moves; updated: the last correction or update.
    const published = dateOf(row.published_at) ?? heldOn;
    feed.addItem({
      title: encode.item(row.title ?? row.slug),
      id: link,
      link,
      date: dateOf(row.modified_at) ?? published ?? updated ?? new Date(),
      ...(summary ? { description: encode.item(summary) } : {}),
      ...(corrections ? { content: encode.plain(corrections) } : {}),
      ...(published ? { published } : {}),
    });
  }
  return feed;
};

/** The feed of a locale as RSS 2.0, Atom 1.0 or JSON Feed 1.1, as the response body. */
export const renderFeed = async (strapi: Core.Strapi, locale: string, format: FeedFormat): Promise<string> => {
  const feed = await buildFeed(strapi, locale, format);
  if (format === 'json') return jsonFeed11(feed, locale);
  return ENCODERS[format].finish(format === 'rss' ? feed.rss2() : feed.atom1());
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
