/**
 * The admin's editorial check answers only what the admin user may read in
 * the content manager: a role without read on meetings gets 403 for a
 * meeting (and 200 for the kind it may read), a role limited to zh-Hans gets
 * 403 for en, and Strapi's Author, who reads only what it created, gets 403
 * for another editor's draft, with nothing of that draft in the answer.
 */
import { adminUserWithRole, createAdminRole, tickRoleLocales } from './helpers/auth';
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { useTestApp } from './helpers/app';
import { type TestApp } from './helpers/strapi';

const READ = 'plugin::content-manager.explorer.read';
let app: TestApp;
useTestApp({}, (ready) => ({ app } = ready));

const check = (token: string, body: Record<string, unknown>) => http(app.baseUrl, token).post('/newsroom/editorial-check', { phase: 'save', ...body });
const readOf = (subject: string, locales: string[]) => ({ action: READ, subject, properties: { locales }, conditions: [] });

it('answers 403 for a kind the role may not read, 200 for one it may', async () => {
  const speakersOnly = await createAdminRole(app.strapi, 'Speakers only', [readOf('plugin::newsroom.speaker', ['zh-Hans', 'en'])]);
  const { token } = await adminUserWithRole(app.strapi, app.baseUrl, 'speakers-only@newsroom.test', speakersOnly);
  const refused = await check(token, { type: 'meeting', locale: 'zh-Hans', data: meetingData() });
  expect(refused.status).toBe(403);
  expect(refused.body.data).toBeNull();
  const allowed = await check(token, { type: 'speaker', locale: 'zh-Hans', data: { name: '罗念纯' } });
  expect(allowed.status).toBe(200);
});

it('answers 200 for meetings to a role that reads them, and 403 in a locale it does not hold', async () => {
  const meetingsZh = await createAdminRole(app.strapi, 'Meetings zh', [readOf('plugin::newsroom.meeting', ['zh-Hans'])]);
  const { token } = await adminUserWithRole(app.strapi, app.baseUrl, 'meetings-zh@newsroom.test', meetingsZh);
  const allowed = await check(token, { type: 'meeting', locale: 'zh-Hans', data: meetingData() });
  expect(allowed.status).toBe(200);
  expect(allowed.body.data.derived.creditLine).toBe('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
  expect((await check(token, { type: 'meeting', locale: 'en', data: meetingData() })).status).toBe(403);
});

it("answers 403 to an Author asking about another editor's draft, with nothing of it; 200 about its own", async () => {
  const author = await adminUserWithRole(app.strapi, app.baseUrl, 'author-check@newsroom.test', 'strapi-author');
  await tickRoleLocales(app.strapi, 'strapi-author', ['zh-Hans']);
  const meetings = app.strapi.documents('plugin::newsroom.meeting');
  const others = (await meetings.create({ data: meetingData({ title: '别人的会议' }) } as never)) as unknown as { documentId: string };
  const own = (await meetings.create({ data: meetingData({ title: '自己的会议', createdBy: author.id, updatedBy: author.id }) } as never)) as unknown as { documentId: string };
  const refused = await check(author.token, { type: 'meeting', locale: 'zh-Hans', documentId: others.documentId, data: {} });
  expect(refused.status).toBe(403);
  expect(JSON.stringify(refused.body)).not.toMatch(/陈飞|别人的会议|郑晓鹏/);
  const allowed = await check(author.token, { type: 'meeting', locale: 'zh-Hans', documentId: own.documentId, data: {} });
  expect(allowed.status).toBe(200);
  expect(allowed.body.data.derived.creditLine).toBe('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
});
