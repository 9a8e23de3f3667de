/**
 * Strapi's GET /content-manager/preview/url/:uid answers a signed link that
 * opens a draft without a login. It is issued only to an admin user who may
 * read that kind, in that locale, in the content manager (and, for Strapi's
 * Author, only for what they created): a role without meetings, one with
 * meetings in en only, and an Author asking for another's draft get a 403
 * and no link; a role reading meetings in zh-Hans gets one that opens.
 */
import { adminUserWithRole, createAdminRole, tickRoleLocales } from './helpers/auth';
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';

const MEETING = 'plugin::newsroom.meeting';
const READ = 'plugin::content-manager.explorer.read';
let app: TestApp;
let draftId: string;
beforeAll(async () => {
  app = await startTestApp();
  const draft = (await app.strapi.documents(MEETING).create({ locale: 'zh-Hans', status: 'draft', data: meetingData({ title: '只给能读的人预览' }) } as never)) as unknown as {
    documentId: string;
  };
  draftId = draft.documentId;
});
afterAll(async () => {
  await app?.stop();
});

const readOf = (subject: string, locales: string[]) => ({ action: READ, subject, properties: { locales }, conditions: [] });
const previewUrl = (token: string, documentId: string, locale = 'zh-Hans', status = 'draft') =>
  http(app.baseUrl, token).get(`/content-manager/preview/url/${MEETING}?documentId=${documentId}&locale=${locale}&status=${status}`);

const expectRefused = (response: { status: number; body: unknown }) => {
  expect(response.status).toBe(403);
  expect(JSON.stringify(response.body)).not.toMatch(/newsroom\/preview|signature=/);
};

it('refuses a user whose role may not read meetings at all: 403, no link', async () => {
  const speakersOnly = await createAdminRole(app.strapi, 'Preview: speakers only', [readOf('plugin::newsroom.speaker', ['zh-Hans', 'en'])]);
  const { token } = await adminUserWithRole(app.strapi, app.baseUrl, 'preview-speakers@newsroom.test', speakersOnly);
  expectRefused(await previewUrl(token, draftId));
  expectRefused(await previewUrl(token, draftId, 'zh-Hans', 'published'));
});

it('refuses a user who reads meetings, but not in that locale', async () => {
  const meetingsEn = await createAdminRole(app.strapi, 'Preview: meetings en', [readOf(MEETING, ['en'])]);
  const { token } = await adminUserWithRole(app.strapi, app.baseUrl, 'preview-en@newsroom.test', meetingsEn);
  expectRefused(await previewUrl(token, draftId, 'zh-Hans'));
});

it('gives a user who reads meetings in that locale a link that opens the draft', async () => {
  const meetingsZh = await createAdminRole(app.strapi, 'Preview: meetings zh', [readOf(MEETING, ['zh-Hans'])]);
  const { token } = await adminUserWithRole(app.strapi, app.baseUrl, 'preview-zh@newsroom.test', meetingsZh);
  const answer = await previewUrl(token, draftId);
  expect(answer.status).toBe(200);
  const url = answer.body.data.url as string;
  expect(url).toMatch(/^\/newsroom\/preview\/meeting\/[^?]+\?locale=zh-Hans&status=draft&expires=\d+&signature=/);
  const page = await fetch(`${app.baseUrl}${url}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('只给能读的人预览');
});

it("refuses an Author another editor's draft, and gives one for its own", async () => {
  const author = await adminUserWithRole(app.strapi, app.baseUrl, 'preview-author@newsroom.test', 'strapi-author');
  await tickRoleLocales(app.strapi, 'strapi-author', ['zh-Hans']);
  expectRefused(await previewUrl(author.token, draftId));
  const own = (await app.strapi.documents(MEETING).create({
    locale: 'zh-Hans',
    status: 'draft',
    data: meetingData({ title: '作者自己的会议', createdBy: author.id, updatedBy: author.id }),
  } as never)) as unknown as { documentId: string };
  const answer = await previewUrl(author.token, own.documentId);
  expect(answer.status).toBe(200);
  expect(answer.body.data.url).toMatch(/^\/newsroom\/preview\/meeting\//);
});
