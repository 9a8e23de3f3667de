/**
 * Drafts reach only callers given them: a Users & Permissions role with
 * `find` on meetings gets published meetings even when it asks for
 * `status=draft` (REST) or `DRAFT` (GraphQL); the same role with the
 * plugin's `drafts.read` permission gets the drafts, and so do API tokens of
 * either type. GET /api/newsroom/drafts, the route that permission names,
 * lists drafts for those allowed and answers 403 to the others.
 */
import { createApiToken, usersPermissionsUser } from './helpers/auth';
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';

const MARKER = '草稿专用';
const FIND = ['plugin::newsroom.meeting.find', 'plugin::newsroom.meeting.findOne'];

let app: TestApp;
let published: { documentId: string; title: string };
let draftOnly: { documentId: string };
const callers = {} as Record<'findOnly' | 'draftReader' | 'fullToken' | 'readOnlyToken', string>;

beforeAll(async () => {
  app = await startTestApp();
  const meetings = app.strapi.documents('plugin::newsroom.meeting');
  published = (await meetings.create({ data: meetingData(), status: 'published' } as never)) as unknown as { documentId: string; title: string };
  await meetings.update({ documentId: published.documentId, data: { title: `${MARKER}的新标题` } } as never);
  draftOnly = (await meetings.create({ data: meetingData({ title: `${MARKER}的会议` }) } as never)) as unknown as { documentId: string };
  callers.findOnly = await usersPermissionsUser(app.strapi, app.baseUrl, 'finder', FIND);
  callers.draftReader = await usersPermissionsUser(app.strapi, app.baseUrl, 'drafter', [...FIND, 'plugin::newsroom.drafts.read']);
  callers.fullToken = await createApiToken(app.strapi, 'full-access');
  callers.readOnlyToken = await createApiToken(app.strapi, 'read-only');
});
afterAll(async () => {
  await app?.stop();
});

const restDrafts = async (token: string) => {
  const list = await http(app.baseUrl, token).get('/api/newsroom/meetings?status=draft&pagination[pageSize]=100');
  const one = await http(app.baseUrl, token).get(`/api/newsroom/meetings/${published.documentId}?status=draft`);
  expect(list.status).toBe(200);
  expect(one.status).toBe(200);
  return { titles: (list.body.data as Array<{ title: string }>).map((m) => m.title), one: one.body.data.title as string };
};
const graphqlDrafts = async (token: string) => {
  const answer = await http(app.baseUrl, token).graphql(
    `query($id: ID!) { newsroomMeetings(status: DRAFT, pagination: { limit: 100 }) { documentId title } newsroomMeeting(documentId: $id, status: DRAFT) { title } }`,
    { id: published.documentId },
  );
  expect(answer.body.errors).toBeUndefined();
  return { titles: (answer.body.data.newsroomMeetings as Array<{ title: string }>).map((m) => m.title), one: answer.body.data.newsroomMeeting.title as string };
};

it('gives a role with only find the published meetings over REST and GraphQL, even when it asks for drafts', async () => {
  for (const read of [restDrafts, graphqlDrafts]) {
    const { titles, one } = await read(callers.findOnly);
    expect(titles).toEqual([published.title]);
    expect(one).toBe(published.title);
  }
  expect((await http(app.baseUrl, callers.findOnly).get('/api/newsroom/drafts')).status).toBe(403);
});

it.each(['draftReader', 'fullToken', 'readOnlyToken'] as const)('gives drafts to %s over REST and GraphQL', async (caller) => {
  for (const read of [restDrafts, graphqlDrafts]) {
    const { titles, one } = await read(callers[caller]);
    expect(titles.sort()).toEqual([`${MARKER}的新标题`, `${MARKER}的会议`].sort());
    expect(one).toBe(`${MARKER}的新标题`);
  }
});

it('lists drafts at GET /api/newsroom/drafts for a role given drafts.read and for a full-access token', async () => {
  for (const token of [callers.draftReader, callers.fullToken]) {
    const answer = await http(app.baseUrl, token).get('/api/newsroom/drafts?locale=zh-Hans');
    expect(answer.status).toBe(200);
    expect(answer.body.data.meetings.map((m: { documentId: string }) => m.documentId).sort()).toEqual([published.documentId, draftOnly.documentId].sort());
    expect(answer.body.data.meetings.map((m: { title: string }) => m.title)).toContain(`${MARKER}的会议`);
  }
  expect((await http(app.baseUrl).get('/api/newsroom/drafts')).status).toBe(403);
});

it('keeps anonymous callers on published meetings', async () => {
  const anonymous = await http(app.baseUrl).get('/api/newsroom/meetings?status=draft');
  expect(anonymous.status).toBe(200);
  expect(JSON.stringify(anonymous.body)).not.toContain(MARKER);
});
