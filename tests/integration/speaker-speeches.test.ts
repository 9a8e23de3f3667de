/**
 * Pages with lists (contract): a speaker's stored page carries their latest
 * `pageListSize` speeches and the total, whatever the archive; the rest is
 * paged, publicly, by GET /api/newsroom/speakers/by-slug/:slug/speeches and
 * GraphQL's newsroomSpeakerSpeeches(slug, locale, pagination).
 */
import { meetingData, speakerData } from './helpers/fixtures';
import { createApiToken } from './helpers/auth';
import { http } from './helpers/http';
import { outboxOf } from './helpers/outbox';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  app.strapi.config.set('plugin::newsroom.pageListSize', 3);
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

const docs = (kind: string) => app.strapi.documents(`plugin::newsroom.${kind}` as never) as any;
const get = async (path: string) => {
  const response = await fetch(`${app.baseUrl}${path}`);
  return { status: response.status, body: (await response.json()) as any };
};

it('stores the latest speeches and the total on the speaker’s page, and pages the rest', async () => {
  const speaker = await docs('speaker').create({ data: speakerData({ name: '分页发言人' }), status: 'published' });
  const meetings: any[] = [];
  for (const month of [1, 2, 3, 4, 5]) {
    meetings.push(
      await docs('meeting').create({
        data: meetingData({ title: `分页的第${month}次会议`, heldOn: `2023-04-0${month}`, speeches: [{ speaker: speaker.documentId, role: 'address' }] }),
        status: 'published',
      })
    );
  }
  await outboxOf(app.strapi).drain();
  const newestFirst = [...meetings].reverse().map((meeting) => meeting.documentId);

  const stored = await get(`/api/newsroom/speakers/by-slug/${speaker.slug}?locale=zh-Hans`);
  expect(stored.status).toBe(200);
  expect(stored.body.data.speeches.map((s: any) => s.meeting.documentId)).toEqual(newestFirst.slice(0, 3));
  expect(stored.body.data.speechesTotal).toBe(5);

  const second = await get(`/api/newsroom/speakers/by-slug/${speaker.slug}/speeches?page=2&locale=zh-Hans`);
  expect(second.status).toBe(200);
  expect(second.body.data.map((s: any) => s.meeting.documentId)).toEqual(newestFirst.slice(3));
  expect(second.body.meta.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 2, total: 5 });

  const all = await get(`/api/newsroom/speakers/by-slug/${speaker.slug}/speeches?pageSize=10&locale=zh-Hans`);
  expect(all.body.data.map((s: any) => s.meeting.documentId)).toEqual(newestFirst);

  // An older meeting published later changes the total, not the latest three.
  await docs('meeting').create({
    data: meetingData({ title: '分页的更早会议', heldOn: '2023-03-10', speeches: [{ speaker: speaker.documentId, role: 'address' }] }),
    status: 'published',
  });
  await outboxOf(app.strapi).drain();
  const after = await get(`/api/newsroom/speakers/by-slug/${speaker.slug}?locale=zh-Hans`);
  expect(after.body.data.speechesTotal).toBe(6);
  expect(after.body.data.speeches.map((s: any) => s.meeting.documentId)).toEqual(newestFirst.slice(0, 3));
});

it('refuses a page size over the bound with the field’s path, and answers 404 for an unknown speaker', async () => {
  const tooBig = await get('/api/newsroom/speakers/by-slug/anyone/speeches?pageSize=101');
  expect(tooBig.status).toBe(400);
  expect(tooBig.body.error.details.errors[0].path).toEqual(['pageSize']);
  const badPage = await get('/api/newsroom/speakers/by-slug/anyone/speeches?page=0');
  expect(badPage.status).toBe(400);
  expect((await get('/api/newsroom/speakers/by-slug/no-such-speaker/speeches')).status).toBe(404);
});

it('pages the speeches over GraphQL as over REST, and costs the page by the size it asks for', async () => {
  const speaker = await docs('speaker').create({ data: speakerData({ name: '葛图表' }), status: 'published' });
  const ids: string[] = [];
  for (const day of [1, 2, 3, 4, 5]) {
    const meeting = await docs('meeting').create({
      data: meetingData({ title: `图表分页的第${day}次会议`, heldOn: `2023-03-1${day}`, speeches: [{ speaker: speaker.documentId, role: 'report' }] }),
      status: 'published',
    });
    ids.unshift(meeting.documentId);
  }
  await outboxOf(app.strapi).drain();
  const anonymous = http(app.baseUrl);
  const query = (pagination?: string) =>
    `{ newsroomSpeakerSpeeches(slug: "${speaker.slug}", locale: "zh-Hans"${pagination ? `, pagination: ${pagination}` : ''}) {
        nodes { role meeting { documentId title slug heldOn } } pageInfo { page pageSize pageCount total } } }`;

  const first = await anonymous.graphql(query());
  expect(first.body.errors).toBeUndefined();
  expect(first.body.data.newsroomSpeakerSpeeches.nodes.map((n: any) => n.meeting.documentId)).toEqual(ids.slice(0, 3));
  expect(first.body.data.newsroomSpeakerSpeeches.nodes[0]).toMatchObject({ role: 'report', meeting: { heldOn: '2023-03-15' } });
  const second = await anonymous.graphql(query('{ page: 2 }'));
  expect(second.body.data.newsroomSpeakerSpeeches.pageInfo).toEqual({ page: 2, pageSize: 3, pageCount: 2, total: 5 });
  const rest = await get(`/api/newsroom/speakers/by-slug/${speaker.slug}/speeches?page=2&locale=zh-Hans`);
  expect(second.body.data.newsroomSpeakerSpeeches.nodes.map((n: any) => n.meeting)).toEqual(
    rest.body.data.map((s: any) => ({ documentId: s.meeting.documentId, title: s.meeting.title, slug: s.meeting.slug, heldOn: s.meeting.heldOn }))
  );
  expect(second.body.data.newsroomSpeakerSpeeches.nodes.map((n: any) => n.meeting.documentId)).toEqual(ids.slice(3));

  expect((await anonymous.graphql(query('{ pageSize: 5 }'))).body.data.newsroomSpeakerSpeeches.nodes).toHaveLength(5);
  // A read-only API token reads the pages too, over REST and GraphQL.
  const readOnly = http(app.baseUrl, await createApiToken(app.strapi, 'read-only'));
  expect((await readOnly.get(`/api/newsroom/speakers/by-slug/${speaker.slug}/speeches?locale=zh-Hans`)).status).toBe(200);
  expect((await readOnly.graphql(query('{ page: 2 }'))).body.data.newsroomSpeakerSpeeches.pageInfo.total).toBe(5);
  expect((await anonymous.graphql('{ newsroomSpeakerSpeeches(slug: "no-such-speaker") { pageInfo { total } } }')).body.data.newsroomSpeakerSpeeches).toBeNull();
  const tooBig = await anonymous.graphql(query('{ pageSize: 101 }'));
  expect(tooBig.body.errors[0].extensions.error.details.errors[0].path).toEqual(['pagination', 'pageSize']);

  // The cost: 7 + 6 a speech (nodes' role, meeting and its four fields). The default page (pageListSize, 3 here) is 25.
  const before = app.strapi.config.get('plugin::newsroom.graphqlMaxCost');
  app.strapi.config.set('plugin::newsroom.graphqlMaxCost', 25);
  try {
    // Texts Apollo has not validated yet (it caches a validated text): a space makes each one new.
    expect((await anonymous.graphql(` ${query()}`)).body.errors).toBeUndefined();
    expect((await anonymous.graphql(` ${query('{ page: 2, pageSize: 3 }')}`)).body.errors).toBeUndefined();
    for (const pagination of ['{ pageSize: 4 }', '{ page: 1, pageSize: 100 }']) {
      const refused = await anonymous.graphql(` ${query(pagination)}`);
      expect([pagination, refused.status, refused.body.errors?.[0]?.extensions?.limit]).toEqual([pagination, 400, 'graphqlMaxCost']);
    }
    const variable = await anonymous.graphql(
      `query Q($page: NewsroomListPageArg) { newsroomSpeakerSpeeches(slug: "${speaker.slug}", pagination: $page) { nodes { role } } }`,
      { page: { pageSize: 1 } }
    );
    // A size in a variable counts as the largest (100): 3 + 100 × 1 is over 25.
    expect(variable.body.errors?.[0]?.extensions?.limit).toBe('graphqlMaxCost');
  } finally {
    app.strapi.config.set('plugin::newsroom.graphqlMaxCost', before);
  }
});
