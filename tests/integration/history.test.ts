/**
 * The record of who did what: through the admin's content manager, each of
 * create, save, publish, unpublish, discard, delete, an embargo change and a
 * correction leaves exactly one entry of its action with the acting admin;
 * a write the rules refuse and a transaction rolled back leave none; the
 * export route answers JSON and CSV to a user who may read the document and
 * 403 (PolicyError) to one who may not.
 */
import { adminJwt, adminUserWithRole, createAdminRole } from './helpers/auth';
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';

const MEETING = 'plugin::newsroom.meeting';
const CM = `/content-manager/collection-types/${MEETING}`;

let app: TestApp;
let token: string;
let adminId: number;
beforeAll(async () => {
  app = await startTestApp();
  token = await adminJwt(app.strapi, app.baseUrl);
  adminId = ((await app.strapi.db.query('admin::user').findOne({ where: { email: 'editor@newsroom.test' } })) as { id: number }).id;
});
afterAll(async () => {
  await app?.stop();
});

type Entry = { action: string; at: string; user: { id: number | null; name: string }; locale: string | null };
const historyOf = async (documentId: string, as = token): Promise<Entry[]> => {
  const response = await http(app.baseUrl, as).get(`/newsroom/history/meeting/${documentId}?format=json`);
  expect(response.status).toBe(200);
  return response.body.data;
};
const count = (entries: Entry[], action: string) => entries.filter((entry) => entry.action === action).length;

it('leaves one entry per action, with the acting admin, for every action of the content manager', async () => {
  const admin = http(app.baseUrl, token);
  const created = await admin.post(`${CM}?locale=zh-Hans`, meetingData({ title: '留痕测试会议' }));
  expect(created.status).toBe(201);
  const { documentId } = created.body.data;
  const steps: Array<[string, () => Promise<{ status: number }>]> = [
    ['save', () => admin.put(`${CM}/${documentId}?locale=zh-Hans`, { venue: '福田会堂二楼' })],
    ['publish', () => admin.post(`${CM}/${documentId}/actions/publish?locale=zh-Hans`, {})],
    ['embargo', () => admin.put(`${CM}/${documentId}?locale=zh-Hans`, { embargoUntil: '2026-12-31T09:00:00+08:00' })],
    ['correction', () => admin.put(`${CM}/${documentId}?locale=zh-Hans`, { corrections: [{ date: '2023-04-30', kind: 'update', text: '补充了审议文件。' }] })],
    ['discard', () => admin.post(`${CM}/${documentId}/actions/discard?locale=zh-Hans`, {})],
    ['unpublish', () => admin.post(`${CM}/${documentId}/actions/unpublish?locale=zh-Hans`, {})],
  ];
  let before = await historyOf(documentId);
  expect(before.map((e) => e.action)).toEqual(['create']);
  for (const [action, step] of steps) {
    const response = await step();
    expect([200, 201]).toContain(response.status);
    const after = await historyOf(documentId);
    expect({ action, count: count(after, action) - count(before, action) }).toEqual({ action, count: 1 });
    before = after;
  }
  const deleted = await admin.delete(`${CM}/${documentId}?locale=zh-Hans`);
  expect(deleted.status).toBe(200);
  const all = await historyOf(documentId);
  expect(count(all, 'delete')).toBe(1);
  for (const entry of all) {
    expect(entry.user).toEqual({ id: adminId, name: 'Test Editor' });
    expect(entry.locale).toBe('zh-Hans');
    expect(Number.isNaN(Date.parse(entry.at))).toBe(false);
  }
});

it('leaves no entry for a refused write or a rolled-back transaction', async () => {
  const meetings = app.strapi.documents(MEETING) as any;
  const draft = await meetings.create({ data: meetingData({ title: '回滚测试会议' }) });
  const before = await historyOf(draft.documentId);
  const refused = await http(app.baseUrl, token).put(`${CM}/${draft.documentId}?locale=zh-Hans`, { editorial: { credits: [{ role: 'editor', name: '陈飞2' }] } });
  expect(refused.status).toBe(400);
  await expect(
    app.strapi.db.transaction(async () => {
      await meetings.update({ documentId: draft.documentId, locale: 'zh-Hans', data: { venue: '别处', embargoUntil: '2026-12-31T09:00:00+08:00' } });
      await meetings.publish({ documentId: draft.documentId, locale: 'zh-Hans' });
      throw new Error('rolled back on purpose');
    })
  ).rejects.toThrow('rolled back on purpose');
  expect(await historyOf(draft.documentId)).toEqual(before);
  // Outside a request the system is credited.
  expect(before.map((e) => [e.action, e.user.name])).toEqual([['create', 'system']]);
});

it('exports CSV, and answers 403 to an admin who may not read the document', async () => {
  const meetings = app.strapi.documents(MEETING) as any;
  const doc = await meetings.create({ data: meetingData({ title: '=导出测试会议' }), status: 'published' });
  const csv = await fetch(`${app.baseUrl}/newsroom/history/meeting/${doc.documentId}?format=csv`, { headers: { authorization: `Bearer ${token}` } });
  expect(csv.status).toBe(200);
  expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines[0]).toBe('action,at,user_id,user_name,locale');
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['create', 'publish']);

  const speakersOnly = await createAdminRole(app.strapi, 'History speakers only', [
    { action: 'plugin::content-manager.explorer.read', subject: 'plugin::newsroom.speaker', properties: { locales: ['zh-Hans', 'en'] }, conditions: [] },
  ]);
  const reader = await adminUserWithRole(app.strapi, app.baseUrl, 'history-speakers@newsroom.test', speakersOnly);
  const refused = await http(app.baseUrl, reader.token).get(`/newsroom/history/meeting/${doc.documentId}`);
  expect(refused.status).toBe(403);
  expect(refused.body.error.name).toBe('PolicyError');
  expect(JSON.stringify(refused.body)).not.toContain('导出测试会议');
  expect((await http(app.baseUrl).get(`/newsroom/history/meeting/${doc.documentId}`)).status).toBe(401);
  expect((await http(app.baseUrl, token).get(`/newsroom/history/meeting/${doc.documentId}?format=xml`)).status).toBe(400);
});

it('records one delete per document, with the admin, when a locale is deleted in Settings → Internationalization', async () => {
  const locales = app.strapi.plugin('i18n').service('locales') as { create(locale: { code: string; name: string }): Promise<{ id: number }> };
  const french = await locales.create({ code: 'fr', name: 'French (fr)' });
  const meetings = app.strapi.documents(MEETING) as any;
  const doc = await meetings.create({ data: meetingData({ title: '删除语言留痕会议' }) });
  await meetings.update({ documentId: doc.documentId, locale: 'fr', data: meetingData({ title: 'Une réunion dans une langue supprimée', headline: 'Une réunion' }) });
  const deleted = await http(app.baseUrl, token).delete(`/i18n/locales/${french.id}`);
  expect(deleted.status).toBe(200);
  const entries = await historyOf(doc.documentId);
  expect(entries.filter((entry) => entry.action === 'delete')).toEqual([expect.objectContaining({ locale: 'fr', user: { id: adminId, name: 'Test Editor' } })]);
  expect(await meetings.findOne({ documentId: doc.documentId, locale: 'zh-Hans' })).not.toBeNull();
});
