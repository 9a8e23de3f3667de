/**
 * Defaults a newsroom trips on: Strapi's default Author and Editor, as the
 * demo sets them up (the plugin's kinds in zh-Hans and en), import without
 * 403; multipart bodies stop at the 1 MB every other body stops at, while
 * the media library's uploads take files up to the upload plugin's
 * sizeLimit; a read-only API token reads by-slug, the feeds and /drafts as
 * the README says any token does. Through HTTP.
 */
import { adminUserWithRole, createApiToken } from './helpers/auth';
import { meetingData, speakerData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';
import { postMultipart } from './helpers/upload';
import fs from 'fs';
import path from 'path';

/** Reports of the fixture corpus (in the repository; the seed lives beside it). */
const report = (name: string): string => fs.readFileSync(path.resolve(__dirname, '../fixtures/reports', `${name}.txt`), 'utf8');

const MB = 1024 * 1024;
const UPLOAD_LIMIT = 3 * MB;

let app: TestApp;
let fullAccess: string;
beforeAll(async () => {
  // The upload plugin's sizeLimit (config/plugins.ts), small here so that a test file can pass it.
  process.env.UPLOAD_SIZE_LIMIT = String(UPLOAD_LIMIT);
  app = await startTestApp();
  delete process.env.UPLOAD_SIZE_LIMIT;
  fullAccess = await createApiToken(app.strapi);
});
afterAll(async () => {
  await app?.stop();
});

describe('the default Author and Editor roles, as the demo sets them up', () => {
  let author: { token: string };
  let editor: { token: string };
  beforeAll(async () => {
    author = await adminUserWithRole(app.strapi, app.baseUrl, 'first-author@newsroom.test', 'strapi-author');
    editor = await adminUserWithRole(app.strapi, app.baseUrl, 'first-editor@newsroom.test', 'strapi-editor');
    // What `npm run demo` does once the roles exist.
    await app.strapi.plugin('newsroom').service('roles').setUpDefaultRoles();
  });

  it("lets a new Author's first import in, in zh-Hans and in en, as drafts", async () => {
    const zh = await http(app.baseUrl, author.token).post('/newsroom/import', { text: report('baoan-2024-day-only'), fileName: 'first.txt' });
    expect([zh.status, zh.body.error]).toEqual([200, undefined]);
    const en = await http(app.baseUrl, author.token).post('/newsroom/import', { text: report('dapeng-2024-share-footer'), fileName: 'first-en.txt', locale: 'en' });
    expect([en.status, en.body.error]).toEqual([200, undefined]);
    // Publishing stays the Editor's.
    const publish = await http(app.baseUrl, author.token).post('/newsroom/import', { text: report('baoan-2022-photographer-documents'), fileName: 'p.txt', publish: true });
    expect(publish.status).toBe(403);
  });

  it('lets the Editor import, and publish in either locale', async () => {
    const editorHttp = http(app.baseUrl, editor.token);
    const imported = await editorHttp.post('/newsroom/import', { text: report('conghua-2024-towns-no-achievements'), fileName: 'e.txt' });
    expect([imported.status, imported.body.error]).toEqual([200, undefined]);
    const base = '/content-manager/collection-types/plugin::newsroom.meeting';
    for (const locale of ['zh-Hans', 'en']) {
      const created = await editorHttp.post(`${base}?locale=${locale}`, meetingData({ title: `编辑发布的会议 ${locale}` }));
      expect([locale, created.status]).toEqual([locale, 201]);
      const published = await editorHttp.post(`${base}/${created.body.data.documentId}/actions/publish?locale=${locale}`, {});
      expect([locale, published.status]).toEqual([locale, 200]);
    }
  });
});

describe('multipart bodies', () => {
  const bigField = 'x'.repeat(2 * MB);

  it('refuses a multipart write over 1 MB with 413, fields or files', async () => {
    const fields = await postMultipart(`${app.baseUrl}/api/newsroom/meetings`, fullAccess, {
      fields: { data: JSON.stringify(meetingData({ title: '太大的表单', summary: bigField })) },
    });
    expect(fields.status).toBe(413);
    const files = await postMultipart(`${app.baseUrl}/api/newsroom/meetings`, fullAccess, {
      fields: { data: JSON.stringify(meetingData({ title: '带文件的表单' })) },
      files: [{ field: 'files.cover', name: 'big.bin', type: 'application/octet-stream', bytes: Buffer.alloc(2 * MB, 7) }],
    });
    expect(files.status).toBe(413);
  });

  it("takes media library uploads up to the upload plugin's sizeLimit, not past it", async () => {
    const upload = (bytes: number) =>
      postMultipart(`${app.baseUrl}/api/upload`, fullAccess, {
        files: [{ field: 'files', name: `notes-${bytes}.txt`, type: 'text/plain', bytes: Buffer.alloc(bytes, 'a') }],
      });
    expect((await upload(2 * MB)).status).toBe(201);
    expect((await upload(UPLOAD_LIMIT + MB)).status).toBe(413);
  });
});

it('lets a read-only API token read by-slug, a speaker’s speeches, the feeds, the sitemaps and /drafts', async () => {
  const created = await http(app.baseUrl, fullAccess).post('/api/newsroom/meetings', { data: meetingData({ title: '只读令牌读到的会议' }) });
  expect(created.status).toBe(201);
  const speaker = await http(app.baseUrl, fullAccess).post('/api/newsroom/speakers?status=published', { data: speakerData({ name: '只读令牌读到的发言人' }) });
  expect(speaker.status).toBe(201);
  app.strapi.config.set('plugin::newsroom.frontendUrls', { meeting: 'https://news.example.org/{locale}/meetings/{slug}' });
  const readOnly = http(app.baseUrl, await createApiToken(app.strapi, 'read-only'));
  for (const path of [
    `/api/newsroom/meetings/by-slug/${created.body.data.slug}?locale=zh-Hans`,
    `/api/newsroom/speakers/by-slug/${speaker.body.data.slug}/speeches?page=2`,
    '/api/newsroom/feeds/rss.xml',
    '/api/newsroom/feeds/atom.xml',
    '/api/newsroom/feeds/feed.json',
    '/api/newsroom/sitemap.xml',
    '/api/newsroom/sitemap-news.xml',
    '/api/newsroom/drafts?locale=zh-Hans',
    '/api/newsroom/meetings?status=draft',
  ]) {
    expect([path, (await readOnly.get(path)).status]).toEqual([path, 200]);
  }
  // Still read-only: no write.
  expect((await readOnly.post('/api/newsroom/meetings', { data: meetingData({ title: '只读令牌不能写' }) })).status).toBe(403);
});
