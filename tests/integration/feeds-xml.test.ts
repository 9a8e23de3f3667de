/**
 * Feeds and sitemaps are well-formed XML for any title the rules accept,
 * read by a strict parser (fast-xml-parser's XMLValidator): titles holding
 * several `]]>` (the `feed` package splits only the first one of a CDATA
 * section), `&`, `<` and emoji; U+FFFE is refused at the write with its field
 * path. Empty feeds and sitemaps are valid documents (no `frontendUrls`, the
 * demo's default, made the sitemaps answer 500), the RSS has no
 * `undefined` description and no 1970 date, and past `sitemapSize` URLs the
 * sitemap is an index of pages. Written and read through HTTP.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createApiToken } from './helpers/auth';
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';

const FRONTEND = 'https://news.example.org/{locale}/meetings/{slug}';
const HOSTILE = '会议]]>一]]>二 & a < b ]]]]> 😀';
const HOSTILE_HEADLINE = '摘要]]>x]]>y & <3 🎉';

let app: TestApp;
let api: ReturnType<typeof http>;
beforeAll(async () => {
  app = await startTestApp();
  api = http(app.baseUrl, await createApiToken(app.strapi));
  app.strapi.config.set('plugin::newsroom.frontendUrls', {});
  app.strapi.config.set('plugin::newsroom.publicationName', '福田 & 残联 ]]> 新闻');
});
afterAll(async () => {
  await app?.stop();
});

const get = async (path: string) => {
  const response = await fetch(`${app.baseUrl}/api/newsroom${path}`);
  return { status: response.status, text: await response.text() };
};
/** A strict read: well-formed XML or the test fails with the parser's complaint. */
const strict = (xml: string) => {
  expect(XMLValidator.validate(xml, { allowBooleanAttributes: false })).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, htmlEntities: true }).parse(xml);
};
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const textOf = (value: unknown): string => (typeof value === 'object' && value !== null ? String((value as Record<string, unknown>)['#text'] ?? '') : String(value));
const XML_PATHS = ['/feeds/rss.xml', '/feeds/atom.xml', '/sitemap.xml', '/sitemap-news.xml'];

it('answers empty feeds and sitemaps as valid documents when nothing has a frontend URL', async () => {
  for (const path of XML_PATHS) {
    const { status, text } = await get(path);
    expect([path, status]).toEqual([path, 200]);
    strict(text);
  }
  const rss = (await get('/feeds/rss.xml')).text;
  expect(rss).not.toContain('undefined');
  expect(rss).not.toContain('1970');
  expect(strict(rss).rss.channel.description).toBe('福田 & 残联 ]]> 新闻');
  expect((await get('/feeds/atom.xml')).text).not.toContain('1970');
  expect(asList(strict((await get('/sitemap.xml')).text).urlset.url)).toEqual([]);
  expect(JSON.parse((await get('/feeds/feed.json')).text).items).toEqual([]);
});

it('refuses U+FFFE (and a lone surrogate) in a title with its field path', async () => {
  for (const title of ['会议\uFFFE标题', '会议\uD800标题']) {
    const refused = await api.post('/api/newsroom/meetings', { data: meetingData({ title }) });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['title'], code: 'text.noncharacters' })]));
  }
});

it('writes every feed and sitemap as well-formed XML for titles with ]]>, &, < and emoji', async () => {
  const created = await api.post('/api/newsroom/meetings', { data: meetingData({ title: HOSTILE, headline: HOSTILE_HEADLINE }) });
  expect(created.status).toBe(201);
  const slug = created.body.data.slug as string;
  app.strapi.config.set('plugin::newsroom.frontendUrls', { meeting: FRONTEND });
  const url = FRONTEND.replace('{locale}', 'zh-Hans').replace('{slug}', slug);

  const rss = strict((await get('/feeds/rss.xml')).text).rss.channel;
  const item = asList(rss.item)[0];
  expect(textOf(item.title)).toBe(HOSTILE);
  expect(textOf(item.description)).toBe(HOSTILE_HEADLINE);
  expect(item.link).toBe(url);
  expect(textOf(rss.title)).toBe('福田 & 残联 ]]> 新闻');

  const atom = strict((await get('/feeds/atom.xml')).text).feed;
  // Atom's title is type="html": the text, HTML-escaped inside the CDATA section.
  const entry = asList(atom.entry)[0];
  expect(textOf(entry.title)).toBe(HOSTILE.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));

  const news = asList(strict((await get('/sitemap-news.xml')).text).urlset.url);
  expect(textOf(news[0]['news:news']['news:title'])).toBe(HOSTILE);
  expect(asList(strict((await get('/sitemap.xml')).text).urlset.url).map((u: any) => u.loc)).toEqual([url]);

  const json = JSON.parse((await get('/feeds/feed.json')).text);
  expect(json.items[0].title).toBe(HOSTILE);
});

it('makes /sitemap.xml an index of /sitemap-N.xml pages past sitemapSize URLs', async () => {
  app.strapi.config.set('server.url', app.baseUrl);
  app.strapi.config.set('plugin::newsroom.sitemapSize', 2);
  for (const title of ['索引第二场会议', '索引第三场会议', '索引第四场会议', '索引第五场会议']) {
    expect((await api.post('/api/newsroom/meetings', { data: meetingData({ title }) })).status).toBe(201);
  }
  const index = strict((await get('/sitemap.xml')).text).sitemapindex;
  const locs = asList(index.sitemap).map((s: any) => s.loc);
  expect(locs).toEqual([1, 2, 3].map((n) => `${app.baseUrl}/api/newsroom/sitemap-${n}.xml`));
  const urls: string[] = [];
  for (const n of [1, 2, 3]) {
    const page = await get(`/sitemap-${n}.xml`);
    expect(page.status).toBe(200);
    const listed = asList(strict(page.text).urlset.url).map((u: any) => u.loc as string);
    expect(listed.length).toBeLessThanOrEqual(2);
    urls.push(...listed);
  }
  expect(urls).toHaveLength(5);
  expect(new Set(urls).size).toBe(5);
  expect((await get('/sitemap-4.xml')).status).toBe(404);

  app.strapi.config.set('plugin::newsroom.sitemapSize', 50_000);
  expect(asList(strict((await get('/sitemap.xml')).text).urlset.url)).toHaveLength(5);
  expect((await get('/sitemap-1.xml')).status).toBe(404);
});
