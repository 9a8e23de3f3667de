/**
 * Writes around the Document Service that change what is public: deleting
 * a locale in Settings → Internationalization (i18n deletes its entries
 * with deleteMany, which no document middleware sees) takes that locale's
 * pages out of by-slug, the feeds and the sitemaps, and frees its slugs
 * should the locale come back; replacing a cover's
 * file, editing its alternative text or deleting it — alone, or with the
 * folder holding it — rebuilds the page showing it. Through HTTP: the admin's i18n route, the media library's
 * upload routes, by-slug, feeds and sitemaps.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { adminJwt, createApiToken } from './helpers/auth';
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';
import { png, postMultipart } from './helpers/upload';

const FRONTEND = 'https://news.example.org/{locale}/meetings/{slug}';

let app: TestApp;
let token: string;
let api: ReturnType<typeof http>;
let admin: ReturnType<typeof http>;
beforeAll(async () => {
  app = await startTestApp();
  token = await createApiToken(app.strapi);
  api = http(app.baseUrl, token);
  admin = http(app.baseUrl, await adminJwt(app.strapi, app.baseUrl));
  app.strapi.config.set('plugin::newsroom.frontendUrls', { meeting: FRONTEND });
});
afterAll(async () => {
  await app?.stop();
});

const bySlug = async (slug: string, locale = 'zh-Hans') => {
  const response = await fetch(`${app.baseUrl}/api/newsroom/meetings/by-slug/${slug}?locale=${locale}`);
  return { status: response.status, body: response.status === 200 ? ((await response.json()) as any) : null };
};
const xml = async (path: string): Promise<string> => {
  const text = await (await fetch(`${app.baseUrl}/api/newsroom${path}`)).text();
  expect(XMLValidator.validate(text)).toBe(true);
  return text;
};
const urlOf = (slug: string, locale: string) => FRONTEND.replace('{locale}', locale).replace('{slug}', slug);

it('takes a deleted locale’s pages out of by-slug, the feeds and the sitemaps, and frees its slugs', async () => {
  const zh = await api.post('/api/newsroom/meetings', { data: meetingData({ title: '删除语言前的会议' }) });
  expect(zh.status).toBe(201);
  const en = await api.put(`/api/newsroom/meetings/${zh.body.data.documentId}?locale=en`, {
    data: meetingData({ title: 'A meeting in a locale about to go', headline: 'A meeting in a locale about to go' }),
  });
  expect(en.status).toBe(200);
  const enSlug = en.body.data.slug as string;
  expect((await bySlug(enSlug, 'en')).status).toBe(200);
  expect(await xml('/feeds/rss.xml?locale=en')).toContain(urlOf(enSlug, 'en'));
  expect(await xml('/sitemap.xml')).toContain(urlOf(enSlug, 'en'));
  expect(await xml('/sitemap-news.xml')).toContain(urlOf(enSlug, 'en'));

  const locales = await admin.get('/i18n/locales');
  const english = (locales.body as Array<{ id: number; code: string }>).find((locale) => locale.code === 'en');
  expect(english).toBeDefined();
  expect((await admin.delete(`/i18n/locales/${english?.id}`)).status).toBe(200);

  expect((await bySlug(enSlug, 'en')).status).toBe(404);
  for (const path of ['/feeds/rss.xml?locale=en', '/feeds/atom.xml?locale=en', '/sitemap.xml', '/sitemap-news.xml']) {
    expect([path, (await xml(path)).includes(urlOf(enSlug, 'en'))]).toEqual([path, false]);
  }
  // The zh-Hans page stays, without its English alternate.
  expect((await bySlug(zh.body.data.slug)).status).toBe(200);
  const sitemap = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(await xml('/sitemap.xml'));
  const entries = [sitemap.urlset.url].flat();
  expect(entries.map((entry: any) => entry.loc)).toEqual([urlOf(zh.body.data.slug, 'zh-Hans')]);
  expect(JSON.stringify(entries)).not.toContain('hreflang":"en');

  // The locale comes back: the deleted English page's slug is free for another document.
  const restored = await admin.post('/i18n/locales', { code: 'en', name: 'English (en)', isDefault: false });
  expect(restored.status).toBe(200);
  const other = await api.post('/api/newsroom/meetings', { data: meetingData({ title: '语言恢复后的另一次会议' }) });
  expect(other.status).toBe(201);
  const again = await api.put(`/api/newsroom/meetings/${other.body.data.documentId}?locale=en`, {
    data: meetingData({ title: 'A meeting in a locale about to go', headline: 'A meeting in a locale about to go' }),
  });
  expect(again.status).toBe(200);
  expect(again.body.data.slug).toBe(enSlug);
});

it('rebuilds the page of a cover whose file is replaced, whose alternative text changes, or which is deleted', async () => {
  const uploaded = await postMultipart(`${app.baseUrl}/api/upload`, token, {
    files: [{ field: 'files', name: 'cover.png', type: 'image/png', bytes: png(8, [200, 30, 30]) }],
    fields: { fileInfo: JSON.stringify({ alternativeText: '福田会堂会场全景' }) },
  });
  expect(uploaded.status).toBe(201);
  const file = uploaded.body[0];
  const meeting = await api.post('/api/newsroom/meetings', { data: meetingData({ title: '有封面的会议', cover: file.id }) });
  expect(meeting.status).toBe(201);
  const slug = meeting.body.data.slug as string;
  const cover = async () => (await bySlug(slug)).body.data.cover as { url: string; width: number; alternativeText: string } | null;
  expect(await cover()).toMatchObject({ url: file.url, width: 8, alternativeText: '福田会堂会场全景' });

  // The media library's "replace media": a new file (12 px instead of 8) behind the same media entry.
  const replaced = await postMultipart(`${app.baseUrl}/api/upload?id=${file.id}`, token, {
    files: [{ field: 'files', name: 'cover-new.png', type: 'image/png', bytes: png(12, [30, 30, 200]) }],
  });
  expect(replaced.status).toBe(200);
  expect((await cover())?.width).toBe(12);

  const described = await postMultipart(`${app.baseUrl}/api/upload?id=${file.id}`, token, {
    fields: { fileInfo: JSON.stringify({ alternativeText: '会场全景（新）' }) },
  });
  expect(described.status).toBe(200);
  expect((await cover())?.alternativeText).toBe('会场全景（新）');

  expect((await api.delete(`/api/upload/files/${file.id}`)).status).toBe(200);
  expect(await cover()).toBeNull();
});

it('rebuilds the page of a cover whose folder is deleted in the media library', async () => {
  const jwt = await adminJwt(app.strapi, app.baseUrl);
  const folder = await admin.post('/upload/folders', { name: '封面', parent: null });
  expect(folder.status).toBe(201);
  const inner = await admin.post('/upload/folders', { name: '2026 年', parent: folder.body.data.id });
  expect(inner.status).toBe(201);
  // The media library's upload, into the inner folder: deleting the outer one takes it too.
  const uploaded = await postMultipart(`${app.baseUrl}/upload`, jwt, {
    files: [{ field: 'files', name: 'folder-cover.png', type: 'image/png', bytes: png(8, [30, 200, 30]) }],
    fields: { fileInfo: JSON.stringify({ alternativeText: '文件夹里的封面', folder: inner.body.data.id }) },
  });
  expect(uploaded.status).toBe(201);
  const file = uploaded.body[0];
  const meeting = await api.post('/api/newsroom/meetings', { data: meetingData({ title: '封面在文件夹里的会议', cover: file.id }) });
  expect(meeting.status).toBe(201);
  const slug = meeting.body.data.slug as string;
  expect((await bySlug(slug)).body.data.cover).toMatchObject({ url: file.url, alternativeText: '文件夹里的封面' });

  const deleted = await admin.post('/upload/actions/bulk-delete', { fileIds: [], folderIds: [folder.body.data.id] });
  expect(deleted.status).toBe(200);
  expect((await fetch(`${app.baseUrl}/api/upload/files/${file.id}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
  expect((await bySlug(slug)).body.data.cover).toBeNull();
});
