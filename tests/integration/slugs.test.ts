/**
 * Slugs for Chinese titles, unique per type and locale under concurrency:
 * within one process (Document Service, REST) and, on PostgreSQL, across two
 * Strapi processes sharing the database.
 */
import { execFile } from 'child_process';
import path from 'path';
import { promisify } from 'util';
import { createApiToken } from './helpers/auth';
import { TYPES, meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';

const MEETING = 'plugin::newsroom.meeting';
const SEED_SLUG = '2023-nian-fu-tian-qu-can-gong-wei-di-yi-ci-quan-ti-hui-yi';

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp();
  token = await createApiToken(app.strapi);
});
afterAll(async () => {
  await app?.stop();
});

const meetings = () => app.strapi.documents(MEETING);
const expectDistinct = (slugs: string[], base: string, count: number) => {
  expect(new Set(slugs).size).toBe(count);
  expect(slugs).toContain(base);
  for (const slug of slugs) expect(slug).toMatch(new RegExp(`^${base}(-\\d+)?$`));
};

it('makes the content-model slugs from Chinese titles and names', async () => {
  const meeting = (await meetings().create({ data: meetingData() } as never)) as any;
  expect(meeting.slug).toBe(SEED_SLUG);
  const speaker = (await app.strapi.documents('plugin::newsroom.speaker').create({ data: { name: '罗念纯' } } as never)) as any;
  expect(speaker.slug).toBe('luo-nian-chun');
});

it('gives 50 meetings created at the same moment through the Document Service 50 distinct slugs', async () => {
  const title = '并发测试会议';
  const created = (await Promise.all(
    Array.from({ length: 50 }, () => meetings().create({ data: meetingData({ title }) } as never))
  )) as any[];
  expectDistinct(created.map((m) => m.slug), 'bing-fa-ce-shi-hui-yi', 50);
});

it('gives 20 concurrent REST creates 20 distinct slugs', async () => {
  const api = http(app.baseUrl, token);
  const responses = await Promise.all(
    Array.from({ length: 20 }, () => api.post('/api/newsroom/meetings?status=draft', { data: meetingData({ title: 'REST并发' }) }))
  );
  expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
  expectDistinct(responses.map((r) => r.body.data.slug), 'rest-bing-fa', 20);
});

it('lets the en version of a document reuse its zh-Hans slug', async () => {
  const zh = (await meetings().create({ data: meetingData({ title: '双语会议' }) } as never)) as any;
  const en = (await meetings().update({ documentId: zh.documentId, locale: 'en', data: meetingData({ title: '双语会议', slug: zh.slug }) } as never)) as any;
  expect(en.slug).toBe(zh.slug);
});

it('keeps the slug when a published document gets a new title, and lets an editor change it by hand', async () => {
  const doc = (await meetings().create({ data: meetingData({ title: '发布后改标题' }), status: 'published' } as never)) as any;
  const retitled = (await meetings().update({ documentId: doc.documentId, data: { title: '改过的标题' } } as never)) as any;
  expect(retitled.slug).toBe(doc.slug);
  const handEdited = (await meetings().update({ documentId: doc.documentId, data: { slug: 'Futian 2023 会议' } } as never)) as any;
  expect(handEdited.slug).toBe('futian-2023-hui-yi');
});

it('moves the slug with the title while a document was never published', async () => {
  const doc = (await meetings().create({ data: meetingData({ title: '草稿标题' }) } as never)) as any;
  const retitled = (await meetings().update({ documentId: doc.documentId, data: { title: '新草稿标题' } } as never)) as any;
  expect(retitled.slug).toBe('xin-cao-gao-biao-ti');
});

it("refuses a hand-typed slug another document holds, and one with nothing usable in it", async () => {
  const first = (await meetings().create({ data: meetingData({ title: '占用' }) } as never)) as any;
  const second = (await meetings().create({ data: meetingData({ title: '另一个' }) } as never)) as any;
  const taken = await meetings()
    .update({ documentId: second.documentId, data: { slug: first.slug } } as never)
    .then(() => null, (e: any) => e);
  expect(taken?.details?.errors).toEqual([expect.objectContaining({ path: ['slug'], code: 'slug.taken' })]);
  const unusable = await meetings()
    .update({ documentId: second.documentId, data: { slug: '！？' } } as never)
    .then(() => null, (e: any) => e);
  expect(unusable?.details?.errors).toEqual([expect.objectContaining({ path: ['slug'], code: 'slug.invalid' })]);
});

it('frees the slugs of a deleted document', async () => {
  const doc = (await meetings().create({ data: meetingData({ title: '将被删除' }) } as never)) as any;
  await meetings().delete({ documentId: doc.documentId } as never);
  const again = (await meetings().create({ data: meetingData({ title: '将被删除' }) } as never)) as any;
  expect(again.slug).toBe(doc.slug);
});

it.each(TYPES.map((t) => [t.plural, t] as const))('finds %s by slug over REST', async (_plural, type) => {
  const created = (await app.strapi.documents(type.uid as never).create({ data: type.data(), status: 'published' } as never)) as any;
  const res = await http(app.baseUrl).get(`/api/newsroom/${type.plural}?filters[slug][$eq]=${created.slug}`);
  expect(res.status).toBe(200);
  expect(res.body.data.map((d: any) => d.documentId)).toEqual([created.documentId]);
});

// Two processes on one database server: PostgreSQL, as the issue asks (SQLite's file lock would serialize them anyway).
const onPostgres = process.env.TEST_DATABASE === 'postgres' ? it : it.skip;
onPostgres('gives two Strapi processes on one PostgreSQL creating 25 same-title meetings each 50 distinct slugs', async () => {
  const run = promisify(execFile);
  const env = { ...process.env, ...app.database.env, TITLE: '多进程会议', COUNT: '25', START_AT: String(Date.now() + 6000), STRAPI_LOG_LEVEL: 'error' };
  const writer = path.join(__dirname, 'helpers/slug-writer.js');
  const outputs = await Promise.all([run(process.execPath, [writer], { env }), run(process.execPath, [writer], { env })]);
  const slugs = outputs.flatMap(({ stdout }) => JSON.parse(stdout.trim().split('\n').pop() as string) as string[]);
  expectDistinct(slugs, 'duo-jin-cheng-hui-yi', 50);
});
