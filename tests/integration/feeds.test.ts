/**
 * Feeds and sitemaps from the stored pages: valid XML (parsed with
 * fast-xml-parser's validator and parser) holding the expected entries,
 * JSON Feed 1.1's required fields, frontend links from the frontendUrls
 * setting, hreflang alternates, public with ETag/304.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { meetingData } from './helpers/fixtures';
import { startTestApp, type TestApp } from './helpers/strapi';

const FRONTEND = 'https://news.example.org/{locale}/meetings/{slug}';

let app: TestApp;
let meeting: { documentId: string; slug: string };
let english: { slug: string };
let draft: { slug: string };
beforeAll(async () => {
  app = await startTestApp();
  app.strapi.config.set('plugin::newsroom.frontendUrls', { meeting: FRONTEND });
  app.strapi.config.set('plugin::newsroom.publicationName', '福田残联新闻');
  const meetings = app.strapi.documents('plugin::newsroom.meeting') as any;
  meeting = await meetings.create({ data: meetingData({ title: '订阅源里的会议' }), status: 'published' });
  english = await meetings.update({
    documentId: meeting.documentId,
    locale: 'en',
    data: meetingData({ title: 'A meeting in the feeds', headline: 'A meeting in the feeds', venue: 'Futian Hall' }),
    status: 'published',
  });
  draft = await meetings.create({ data: meetingData({ title: '只是草稿的会议' }) });
});
afterAll(async () => {
  await app?.stop();
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${app.baseUrl}/api/newsroom${path}`, { headers });
  return { status: response.status, type: response.headers.get('content-type'), etag: response.headers.get('etag'), text: await response.text() };
};
const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
};
const urlOf = (slug: string, locale = 'zh-Hans') => FRONTEND.replace('{locale}', locale).replace('{slug}', slug);
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

it('serves RSS 2.0 of the published meetings of a locale, zh-Hans by default, linking to the frontend', async () => {
  const { status, type, text } = await get('/feeds/rss.xml');
  expect(status).toBe(200);
  expect(type).toMatch(/rss\+xml/);
  const rss = parse(text).rss;
  expect(rss['@version']).toBe('2.0');
  expect(rss.channel.title).toBe('福田残联新闻');
  const items = asList(rss.channel.item);
  expect(items.map((item: any) => item.link)).toEqual([urlOf(meeting.slug)]);
  expect(items[0].title).toBe('订阅源里的会议');
  expect(text).not.toContain(draft.slug);

  const en = parse((await get('/feeds/rss.xml?locale=en')).text).rss;
  expect(asList(en.channel.item).map((item: any) => item.link)).toEqual([urlOf(english.slug, 'en')]);
  expect((await get('/feeds/rss.xml?locale=xx')).status).toBe(400);
});

it('serves Atom with the same entries', async () => {
  const { status, type, text } = await get('/feeds/atom.xml');
  expect(status).toBe(200);
  expect(type).toMatch(/atom\+xml/);
  const feed = parse(text).feed;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  const entries = asList(feed.entry);
  expect(entries.map((entry: any) => entry.link['@href'])).toEqual([urlOf(meeting.slug)]);
  expect(entries[0].title['#text'] ?? entries[0].title).toBe('订阅源里的会议');
});

it('serves JSON Feed 1.1 with its required fields', async () => {
  const { status, type, text } = await get('/feeds/feed.json');
  expect(status).toBe(200);
  expect(type).toMatch(/feed\+json/);
  const feed = JSON.parse(text);
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(typeof feed.title).toBe('string');
  expect(feed.author).toBeUndefined(); // 1.1 has `authors`
  expect(Array.isArray(feed.items)).toBe(true);
  expect(feed.items).toHaveLength(1);
  for (const item of feed.items) {
    expect(typeof item.id).toBe('string');
    expect(typeof item.url).toBe('string');
    // Each item has content_html or content_text (a 1.1 requirement); dates are RFC 3339.
    expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
    expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
  }
  expect(feed.items[0].url).toBe(urlOf(meeting.slug));
});

it('serves a sitemap with hreflang alternates between zh-Hans and en', async () => {
  const { status, text } = await get('/sitemap.xml');
  expect(status).toBe(200);
  const urls = asList(parse(text).urlset.url);
  const zh = urls.find((url: any) => url.loc === urlOf(meeting.slug));
  expect(zh).toBeDefined();
  const alternates = asList(zh['xhtml:link']).map((link: any) => [link['@hreflang'], link['@href']]);
  expect(alternates).toEqual(expect.arrayContaining([['zh-Hans', urlOf(meeting.slug)], ['en', urlOf(english.slug, 'en')]]));
  expect(urls.map((url: any) => url.loc)).toContain(urlOf(english.slug, 'en'));
  expect(text).not.toContain(draft.slug);
});

it('serves a Google News sitemap of the last two days', async () => {
  const { status, text } = await get('/sitemap-news.xml');
  expect(status).toBe(200);
  const urls = asList(parse(text).urlset.url);
  const zh = urls.find((url: any) => url.loc === urlOf(meeting.slug));
  expect(zh['news:news']['news:publication']).toEqual({ 'news:name': '福田残联新闻', 'news:language': 'zh-cn' });
  expect(zh['news:news']['news:title']).toBe('订阅源里的会议');
  // Published more than two days ago: left out.
  await app.strapi.db.connection('newsroom_pages').where({ document_id: meeting.documentId, locale: 'en' }).update({ published_at: Date.now() - 3 * 86_400_000 });
  const later = asList(parse((await get('/sitemap-news.xml')).text).urlset.url).map((url: any) => url.loc);
  expect(later).toContain(urlOf(meeting.slug));
  expect(later).not.toContain(urlOf(english.slug, 'en'));
});

it('answers 304 to a matching If-None-Match, even with Cache-Control: no-cache', async () => {
  const first = await get('/feeds/rss.xml');
  expect(first.etag).toBeTruthy();
  const again = await get('/feeds/rss.xml', { 'If-None-Match': first.etag ?? '', 'Cache-Control': 'no-cache' });
  expect(again.status).toBe(304);
});
