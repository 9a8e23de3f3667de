/**
 * Corrections and dates: a republished typo fix moves neither datePublished
 * nor dateModified (Strapi's publishedAt moves on every publish); a
 * correction appears in the page's JSON-LD as a CorrectionComment and in the
 * feed entry, keeps datePublished and moves dateModified and the entry's
 * updated date. The news sitemap keeps the first publication.
 */
import { XMLParser } from 'fast-xml-parser';
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';

const MEETING = 'plugin::newsroom.meeting';
const FRONTEND = 'https://news.example.org/{locale}/meetings/{slug}';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  app.strapi.config.set('plugin::newsroom.frontendUrls', { meeting: FRONTEND });
});
afterAll(async () => {
  await app?.stop();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const page = async (slug: string) => (await http(app.baseUrl).get(`/api/newsroom/meetings/by-slug/${slug}`)).body.data;
const xml = async (path: string) => new XMLParser().parse(await (await fetch(`${app.baseUrl}/api/newsroom${path}`)).text());
const atomEntry = async (slug: string) => {
  const entries = [(await xml('/feeds/atom.xml')).feed.entry].flat();
  return entries.find((entry: any) => String(entry.id).endsWith(`/${slug}`));
};
const newsDate = async () => [(await xml('/sitemap-news.xml')).urlset.url].flat()[0]['news:news']['news:publication_date'];

it('keeps datePublished through republishing; a correction shows in JSON-LD and the feed and moves only dateModified', async () => {
  const meetings = app.strapi.documents(MEETING) as any;
  const created = await meetings.create({ data: meetingData({ title: '更正测试会议' }), status: 'published' });
  const first = await page(created.slug);
  expect(first.jsonLd.datePublished).toBe(first.jsonLd.dateModified);
  expect(first.jsonLd.correction).toBeUndefined();
  const firstEntry = await atomEntry(created.slug);
  const firstNews = await newsDate();

  // A typo fix, republished: Strapi moves publishedAt, the page's dates stay.
  await pause(1100);
  await meetings.update({ documentId: created.documentId, locale: 'zh-Hans', data: { venue: '福田会堂 ' }, status: 'published' });
  await pause(1100);
  await meetings.update({ documentId: created.documentId, locale: 'zh-Hans', data: { venue: '福田会堂二楼' }, status: 'published' });
  const fixed = await page(created.slug);
  expect(fixed.venue).toBe('福田会堂二楼');
  expect(new Date(fixed.publishedAt).getTime()).toBeGreaterThan(new Date(first.publishedAt).getTime());
  expect(fixed.jsonLd.datePublished).toBe(first.jsonLd.datePublished);
  expect(fixed.jsonLd.dateModified).toBe(first.jsonLd.dateModified);
  expect((await atomEntry(created.slug)).updated).toBe(firstEntry.updated);

  // A correction: shown, dated, and the only thing that moves dateModified.
  await pause(1100);
  const correction = { date: '2023-04-30', kind: 'correction', text: '原稿将会议地点误作“福田礼堂”，现已更正。' };
  await meetings.update({ documentId: created.documentId, locale: 'zh-Hans', data: { corrections: [correction] }, status: 'published' });
  const corrected = await page(created.slug);
  expect(corrected.corrections).toEqual([expect.objectContaining(correction)]);
  expect(corrected.jsonLd.correction).toEqual([{ '@type': 'CorrectionComment', datePublished: '2023-04-30', text: correction.text }]);
  expect(corrected.jsonLd.datePublished).toBe(first.jsonLd.datePublished);
  expect(Date.parse(corrected.jsonLd.dateModified)).toBeGreaterThan(Date.parse(first.jsonLd.dateModified));
  const entry = await atomEntry(created.slug);
  expect(Date.parse(entry.updated)).toBeGreaterThan(Date.parse(firstEntry.updated));
  expect(entry.published).toBe(firstEntry.published);
  expect(String(entry.content)).toContain('福田礼堂');
  expect(await newsDate()).toBe(firstNews);

  // A clarification is shown but is not a substantive change.
  await pause(1100);
  const clarification = { date: '2023-05-01', kind: 'clarification', text: '本文所称“残工委”即残疾人工作委员会。' };
  await meetings.update({ documentId: created.documentId, locale: 'zh-Hans', data: { corrections: [correction, clarification] }, status: 'published' });
  const clarified = await page(created.slug);
  expect(clarified.jsonLd.correction).toHaveLength(2);
  expect(clarified.jsonLd.dateModified).toBe(corrected.jsonLd.dateModified);
});
