/**
 * Pages with lists (contract), for a meeting: any number of achievements and
 * street cases may be linked to a meeting, so its stored page carries the
 * first `pageListSize` of each (achievements by ordinal, street cases in the
 * order they were linked) and their totals (`achievementsTotal`,
 * `streetCasesTotal`); the rest is paged, publicly, by
 * GET /api/newsroom/meetings/by-slug/:slug/achievements (…/street-cases) and
 * GraphQL's newsroomMeetingAchievements / newsroomMeetingStreetCases.
 */
import { achievementData, meetingData, streetCaseData } from './helpers/fixtures';
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

const docs = (kind: string) => app.strapi.documents(`plugin::newsroom.${kind}` as `plugin::newsroom.${string}`) as any;
const get = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${app.baseUrl}${path}`, init);
  return { status: response.status, location: response.headers.get('location'), body: response.status === 301 ? null : ((await response.json()) as any) };
};
const drain = () => outboxOf(app.strapi).drain();
const titles = (items: any[]) => items.map((item: any) => item.title);
/** Far enough ahead that no test outlives it. */
const LATER = () => new Date(Date.now() + 3_600_000).toISOString();

/** A published meeting with published achievements of these ordinals (from 3) and `cases` published street cases, linked one by one. */
const meetingWithParts = async (name: string, ordinals: number[], cases: number) => {
  const meeting = await docs('meeting').create({ data: meetingData({ title: `${name}的会议` }), status: 'published' });
  for (const ordinal of ordinals) {
    await docs('achievement').create({ data: achievementData({ title: `${name}成绩${ordinal}`, ordinal, meeting: meeting.documentId }), status: 'published' });
  }
  for (let n = 1; n <= cases; n += 1) {
    await docs('street-case').create({ data: streetCaseData({ title: `${name}案例${n}`, meeting: meeting.documentId }), status: 'published' });
  }
  // Never public: a draft that was never published and one under embargo, first by ordinal (1, 2) and linked last.
  await docs('achievement').create({ data: achievementData({ title: `${name}草稿成绩`, ordinal: 1, meeting: meeting.documentId }) });
  await docs('achievement').create({ data: achievementData({ title: `${name}禁发成绩`, ordinal: 2, meeting: meeting.documentId, embargoUntil: LATER() }), status: 'published' });
  await docs('street-case').create({ data: streetCaseData({ title: `${name}禁发案例`, meeting: meeting.documentId, embargoUntil: LATER() }), status: 'published' });
  await drain();
  return meeting;
};

it('stores the first achievements and street cases with their totals, pages the rest in order, and never shows drafts or embargoed ones', async () => {
  const meeting = await meetingWithParts('分页', [7, 3, 9, 5, 4, 8, 6], 5);
  const byOrdinal = [3, 4, 5, 6, 7, 8, 9].map((n) => `分页成绩${n}`);
  const linked = [1, 2, 3, 4, 5].map((n) => `分页案例${n}`);

  const stored = await get(`/api/newsroom/meetings/by-slug/${meeting.slug}?locale=zh-Hans`);
  expect(stored.status).toBe(200);
  expect(titles(stored.body.data.achievements)).toEqual(byOrdinal.slice(0, 3));
  expect(stored.body.data.achievementsTotal).toBe(7);
  expect(stored.body.data.achievements[0].metrics.length).toBeGreaterThan(0);
  expect(titles(stored.body.data.streetCases)).toEqual(linked.slice(0, 3));
  expect(stored.body.data.streetCasesTotal).toBe(5);

  const list = (segment: string, query: string) => get(`/api/newsroom/meetings/by-slug/${meeting.slug}/${segment}?locale=zh-Hans&${query}`);
  const second = await list('achievements', 'page=2');
  expect(second.status).toBe(200);
  expect(titles(second.body.data)).toEqual(byOrdinal.slice(3, 6));
  expect(second.body.meta.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 3, total: 7 });
  expect(titles((await list('achievements', 'page=3')).body.data)).toEqual(byOrdinal.slice(6));
  expect(titles((await list('achievements', 'pageSize=10')).body.data)).toEqual(byOrdinal);
  expect((await list('achievements', 'page=4')).body.data).toEqual([]);
  const cases = await list('street-cases', 'page=2');
  expect(titles(cases.body.data)).toEqual(linked.slice(3));
  expect(cases.body.meta.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 2, total: 5 });
  // The page's copy of an item and the list's are one shape.
  expect((await list('achievements', 'page=1')).body.data).toEqual(stored.body.data.achievements);
});

it('keeps the first items and the total right as achievements are linked, unlinked, unpublished and deleted', async () => {
  const meeting = await meetingWithParts('增减', [4, 5, 6, 7], 0);
  const other = await docs('meeting').create({ data: meetingData({ title: '另一次增减会议' }), status: 'published' });
  const page = async () => {
    const { body } = await get(`/api/newsroom/meetings/by-slug/${meeting.slug}?locale=zh-Hans`);
    return [titles(body.data.achievements), body.data.achievementsTotal];
  };
  expect(await page()).toEqual([['增减成绩4', '增减成绩5', '增减成绩6'], 4]);

  // Linked over REST, first by ordinal.
  const token = await createApiToken(app.strapi);
  const api = http(app.baseUrl, token);
  const created = await api.post('/api/newsroom/achievements?status=published', { data: achievementData({ title: '增减成绩3', ordinal: 3, meeting: meeting.documentId }) });
  expect(created.status).toBe(201);
  await drain();
  expect(await page()).toEqual([['增减成绩3', '增减成绩4', '增减成绩5'], 5]);

  // Moved to another meeting: off this page's list, on that one's.
  const moved = await docs('achievement').findFirst({ filters: { title: '增减成绩4' } });
  await docs('achievement').update({ documentId: moved.documentId, data: { meeting: other.documentId }, status: 'published' });
  await drain();
  expect(await page()).toEqual([['增减成绩3', '增减成绩5', '增减成绩6'], 4]);
  expect((await get(`/api/newsroom/meetings/by-slug/${other.slug}?locale=zh-Hans`)).body.data.achievementsTotal).toBe(1);

  // Unpublished: the next one moves up.
  await docs('achievement').unpublish({ documentId: created.body.data.documentId });
  await drain();
  expect(await page()).toEqual([['增减成绩5', '增减成绩6', '增减成绩7'], 3]);

  // Deleted past the first page's end (none here to show): the total still follows.
  await docs('achievement').create({ data: achievementData({ title: '增减成绩9', ordinal: 9, meeting: meeting.documentId }), status: 'published' });
  await drain();
  expect(await page()).toEqual([['增减成绩5', '增减成绩6', '增减成绩7'], 4]);
  const ninth = await docs('achievement').findFirst({ filters: { title: '增减成绩9' } });
  await docs('achievement').delete({ documentId: ninth.documentId });
  await drain();
  expect(await page()).toEqual([['增减成绩5', '增减成绩6', '增减成绩7'], 3]);
});

it('answers 404 for no such meeting, 301 from an old slug to the same page of the list, and refuses a page size over the bound', async () => {
  const meeting = await meetingWithParts('改名', [3, 4, 5, 6], 0);
  expect((await get('/api/newsroom/meetings/by-slug/no-such-meeting/achievements')).status).toBe(404);
  expect((await get('/api/newsroom/meetings/by-slug/no-such-meeting/street-cases')).status).toBe(404);
  const tooBig = await get(`/api/newsroom/meetings/by-slug/${meeting.slug}/achievements?pageSize=101`);
  expect(tooBig.status).toBe(400);
  expect(tooBig.body.error.details.errors[0].path).toEqual(['pageSize']);

  const renamed = await docs('meeting').update({ documentId: meeting.documentId, locale: 'zh-Hans', data: { title: '改名后的会议', slug: 'gai-ming-hou-de-hui-yi' }, status: 'published' });
  await drain();
  const old = await get(`/api/newsroom/meetings/by-slug/${meeting.slug}/achievements?page=2&locale=zh-Hans`, { redirect: 'manual' });
  expect(old.status).toBe(301);
  const location = new URL(String(old.location), app.baseUrl);
  expect(location.pathname).toBe(`/api/newsroom/meetings/by-slug/${renamed.slug}/achievements`);
  expect(Object.fromEntries(location.searchParams)).toEqual({ page: '2', locale: 'zh-Hans' });
  expect(titles((await get(`${location.pathname}${location.search}`)).body.data)).toEqual(['改名成绩6']);
});

it('pages over GraphQL as over REST, to anyone and to a read-only token, costing `nodes` by the page size asked', async () => {
  const meeting = await meetingWithParts('图表', [3, 4, 5, 6, 7], 4);
  const anonymous = http(app.baseUrl);
  const query = (field: string, nodes: string, pagination?: string) =>
    `{ ${field}(slug: "${meeting.slug}", locale: "zh-Hans"${pagination ? `, pagination: ${pagination}` : ''}) { nodes { ${nodes} } pageInfo { page pageSize pageCount total } } }`;
  const achievements = (pagination?: string) => query('newsroomMeetingAchievements', 'documentId title slug ordinal metrics { label value unit }', pagination);

  const first = await anonymous.graphql(achievements());
  expect(first.body.errors).toBeUndefined();
  expect(titles(first.body.data.newsroomMeetingAchievements.nodes)).toEqual(['图表成绩3', '图表成绩4', '图表成绩5']);
  const second = await anonymous.graphql(achievements('{ page: 2 }'));
  expect(second.body.data.newsroomMeetingAchievements.pageInfo).toEqual({ page: 2, pageSize: 3, pageCount: 2, total: 5 });
  const rest = await get(`/api/newsroom/meetings/by-slug/${meeting.slug}/achievements?page=2&locale=zh-Hans`);
  expect(second.body.data.newsroomMeetingAchievements.nodes).toEqual(
    rest.body.data.map((a: any) => ({
      documentId: a.documentId,
      title: a.title,
      slug: a.slug,
      ordinal: a.ordinal,
      metrics: a.metrics.map((m: any) => ({ label: m.label, value: Number(m.value), unit: m.unit })),
    }))
  );
  const cases = await anonymous.graphql(query('newsroomMeetingStreetCases', 'title presenter { role speaker { name } }', '{ page: 2 }'));
  expect(cases.body.errors).toBeUndefined();
  expect(titles(cases.body.data.newsroomMeetingStreetCases.nodes)).toEqual(['图表案例4']);
  expect(cases.body.data.newsroomMeetingStreetCases.pageInfo.total).toBe(4);
  expect((await anonymous.graphql('{ newsroomMeetingAchievements(slug: "no-such-meeting") { pageInfo { total } } }')).body.data.newsroomMeetingAchievements).toBeNull();
  const tooBig = await anonymous.graphql(achievements('{ pageSize: 101 }'));
  expect(tooBig.body.errors[0].extensions.error.details.errors[0].path).toEqual(['pagination', 'pageSize']);

  // A read-only API token pages them too, over REST and GraphQL.
  const readOnly = http(app.baseUrl, await createApiToken(app.strapi, 'read-only'));
  expect((await readOnly.get(`/api/newsroom/meetings/by-slug/${meeting.slug}/street-cases?locale=zh-Hans`)).status).toBe(200);
  expect((await readOnly.get(`/api/newsroom/meetings/by-slug/${meeting.slug}/achievements?page=2&locale=zh-Hans`)).body.data).toEqual(rest.body.data);
  expect((await readOnly.graphql(achievements('{ page: 2 }'))).body.data.newsroomMeetingAchievements.pageInfo.total).toBe(5);

  // The cost of `nodes` is counted for the page size asked: the default page (pageListSize, 3) passes where 4 is refused.
  const titlesOnly = (pagination?: string) => query('newsroomMeetingAchievements', 'title', pagination);
  const before = app.strapi.config.get('plugin::newsroom.graphqlMaxCost');
  // 1 (the query) + 1 (nodes) + 3 × 1 (title) + 1 (pageInfo) + 4 (its fields) = 10 at the default page of 3.
  app.strapi.config.set('plugin::newsroom.graphqlMaxCost', 10);
  try {
    // Texts Apollo has not validated yet (it caches a validated text): a space makes each one new.
    expect((await anonymous.graphql(`  ${titlesOnly()}`)).body.errors).toBeUndefined();
    const refused = await anonymous.graphql(`  ${titlesOnly('{ pageSize: 4 }')}`);
    expect([refused.status, refused.body.errors?.[0]?.extensions?.limit]).toEqual([400, 'graphqlMaxCost']);
  } finally {
    app.strapi.config.set('plugin::newsroom.graphqlMaxCost', before);
  }
});
