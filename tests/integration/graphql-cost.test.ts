/**
 * GraphQL's limits (graphql/cost-limit.ts): an anonymous list of 100 meetings
 * with jsonLd, readAloud and creditLine runs as many queries as a list of
 * one; too many fields (aliases) and too high a cost are refused with an
 * error naming the limit, before any resolver runs: no query beyond the
 * caller's authentication, as for a query GraphQL itself refuses.
 */
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { fewestQueriesDuring, queriesDuring as countQueries } from './helpers/query-count';
import { startTestApp, type TestApp } from './helpers/strapi';

jest.setTimeout(300_000);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  for (let index = 1; index <= 100; index += 1) {
    await app.strapi.documents('plugin::newsroom.meeting').create({ data: meetingData({ title: `费用测试会议${index}` }), status: 'published' } as never);
  }
});
afterAll(async () => {
  await app?.stop();
});

const queriesDuring = <T>(work: () => Promise<T>) => countQueries(app.strapi, work);

const anonymous = () => http(app.baseUrl);

/** What a request costs before any resolver: the caller's authentication (a query GraphQL itself refuses). */
const beforeResolvers = async (): Promise<number> => {
  const { count, result } = await queriesDuring(() => anonymous().graphql('{ noSuchField }'));
  expect(result.status).toBe(400);
  return count;
};
const pages = (limit: number) => `{ newsroomMeetings(pagination: { limit: ${limit} }) { documentId creditLine jsonLd readAloud } }`;

it('answers 100 meetings with jsonLd, readAloud and creditLine in as many queries as one meeting', async () => {
  // Warm up: the first request loads permissions and locales once.
  await anonymous().graphql(pages(2));
  // The fewest of three runs each: Strapi's own reads after the 100 creates above once added 10 to a count.
  const one = await fewestQueriesDuring(app.strapi, () => anonymous().graphql(pages(1)));
  const hundred = await fewestQueriesDuring(app.strapi, () => anonymous().graphql(pages(100)));
  expect(one.result.body.errors).toBeUndefined();
  expect(hundred.result.body.errors).toBeUndefined();
  expect(one.result.body.data.newsroomMeetings).toHaveLength(1);
  expect(hundred.result.body.data.newsroomMeetings).toHaveLength(100);
  expect(hundred.result.body.data.newsroomMeetings[99].creditLine).toBe('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
  console.log(`queries: 1 meeting ${one.count}, 100 meetings ${hundred.count}`);
  expect(hundred.count).toBe(one.count);
});

it('refuses aliases past graphqlMaxFields, naming the limit, before any resolver', async () => {
  const max = app.strapi.config.get('plugin::newsroom.graphqlMaxFields') as number;
  const aliases = Array.from({ length: max }, (_, index) => `a${index}: newsroomMeetings(pagination: { limit: 1 }) { documentId }`).join('\n');
  const { count, result } = await queriesDuring(() => anonymous().graphql(`{ ${aliases} }`));
  expect(result.status).toBe(400);
  expect(result.body.data).toBeUndefined();
  expect(result.body.errors).toHaveLength(1);
  expect(result.body.errors[0].message).toContain('graphqlMaxFields');
  expect(result.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'graphqlMaxFields', max });
  expect(count).toBe(await beforeResolvers());
});

it('counts fields spread from fragments as often as they are spread', async () => {
  const max = app.strapi.config.get('plugin::newsroom.graphqlMaxFields') as number;
  const spreads = Array.from({ length: Math.ceil(max / 4) + 1 }, (_, index) => `a${index}: newsroomMeetings(pagination: { limit: 1 }) { ...F }`).join('\n');
  const response = await anonymous().graphql(`{ ${spreads} } fragment F on NewsroomMeeting { documentId title slug }`);
  expect(response.body.errors?.[0]?.extensions?.limit).toBe('graphqlMaxFields');
});

/** Alias numbers 1…n, n aliases of 100 meetings × jsonLd and readAloud costing more than `max` together. */
const aliasesOver = (max: number): number[] => Array.from({ length: Math.floor(max / 2000) + 1 }, (_, index) => index + 1);

it('refuses a query over graphqlMaxCost, naming the limit, without running a resolver', async () => {
  const max = app.strapi.config.get('plugin::newsroom.graphqlMaxCost') as number;
  // Each alias asks 100 meetings × two page fields (10 each): 2,000; one alias more than the limit allows.
  const heavy = aliasesOver(max).map((index) => `a${index}: newsroomMeetings(pagination: { limit: 100 }) { jsonLd readAloud }`).join('\n');
  const { count, result } = await queriesDuring(() => anonymous().graphql(`{ ${heavy} }`));
  expect(result.status).toBe(400);
  expect(result.body.data).toBeUndefined();
  expect(result.body.errors[0].message).toContain('graphqlMaxCost');
  expect(result.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'graphqlMaxCost', max });
  expect(count).toBe(await beforeResolvers());
});

it('reads a page size as Strapi does: `limit: -1` and sizes over maxLimit cost as maxLimit, refused like `limit: 100`', async () => {
  const nested = (pagination: string) =>
    `{ ${[1, 2, 3, 4, 5].map((index) => `a${index}: newsroomMeetings(pagination: ${pagination}) { jsonLd readAloud achievements { meeting { jsonLd readAloud } } }`).join('\n')} }`;
  // 5 × 100 meetings × (20 + 25 achievements × 21) is over 100,000.
  for (const pagination of ['{ limit: 100 }', '{ limit: -1 }', '{ limit: 100000 }', '{ pageSize: 100000 }', '{ page: 1, pageSize: 100000 }']) {
    const result = await anonymous().graphql(nested(pagination));
    expect([pagination, result.status, result.body.errors?.[0]?.extensions?.limit]).toEqual([pagination, 400, 'graphqlMaxCost']);
  }
  // Strapi answers maxLimit (100) items for `limit: -1`: what the rule counts is what runs.
  const all = await anonymous().graphql('{ newsroomMeetings(pagination: { limit: -1 }) { documentId } }');
  expect(all.body.data.newsroomMeetings).toHaveLength(100);
  expect((await anonymous().graphql(nested('{ limit: 2 }'))).body.errors).toBeUndefined();
});

it("costs a `_connection`'s nodes by the page size it asks for", async () => {
  // 5 × 100 meetings × (20 + 25 achievements × 21) is over 100,000; at 25 meetings (the default page) it is not.
  const connections = (pagination: string) =>
    `{ ${[1, 2, 3, 4, 5]
      .map((index) => `a${index}: newsroomMeetings_connection(pagination: ${pagination}) { nodes { jsonLd readAloud achievements { meeting { jsonLd readAloud } } } pageInfo { total } }`)
      .join('\n')} }`;
  for (const pagination of ['{ limit: 100 }', '{ limit: -1 }']) {
    const refused = await anonymous().graphql(connections(pagination));
    expect([pagination, refused.body.errors?.[0]?.extensions?.limit]).toEqual([pagination, 'graphqlMaxCost']);
  }
  const small = await anonymous().graphql(connections('{ limit: 1 }'));
  expect(small.body.errors).toBeUndefined();
  expect(small.body.data.a1.nodes).toHaveLength(1);
});

it('treats a variable page size as the largest one', async () => {
  const heavy = aliasesOver(app.strapi.config.get('plugin::newsroom.graphqlMaxCost') as number).map((index) => `a${index}: newsroomMeetings(pagination: $page) { jsonLd readAloud }`).join('\n');
  const response = await anonymous().graphql(`query Q($page: PaginationArg) { ${heavy} }`, { page: { limit: 1 } });
  expect(response.body.errors?.[0]?.extensions?.limit).toBe('graphqlMaxCost');
});

it('reads the limits from the plugin settings when a query text is first validated', async () => {
  // Apollo keeps a validated query text in its document cache: a new limit applies to texts not seen before.
  const before = app.strapi.config.get('plugin::newsroom.graphqlMaxCost');
  app.strapi.config.set('plugin::newsroom.graphqlMaxCost', 10);
  try {
    const response = await anonymous().graphql(pages(3));
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ limit: 'graphqlMaxCost', max: 10 });
  } finally {
    app.strapi.config.set('plugin::newsroom.graphqlMaxCost', before);
  }
  expect((await anonymous().graphql(pages(4))).body.errors).toBeUndefined();
});
