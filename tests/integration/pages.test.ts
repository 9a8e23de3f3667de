/**
 * Frontend output: one request per meeting page, through the official
 * @strapi/client and a plain GraphQL client, with structured data, the
 * read-aloud text, caching headers, and a constant number of queries.
 */
import { request as httpRequest } from 'http';
import { strapi as strapiClient } from '@strapi/client';
import { achievementData, meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { fewestQueriesDuring } from './helpers/query-count';
import { seedText } from '../fixtures/seed';
import { startTestApp, type TestApp } from './helpers/strapi';

const SEED_SLUG = '2023-nian-fu-tian-qu-can-gong-wei-di-yi-ci-quan-ti-hui-yi';

let app: TestApp;
let seedId: string;
beforeAll(async () => {
  app = await startTestApp();
  const outcome = await app.strapi.plugin('newsroom').service('importer').importReport(seedText(), { publish: true, fileName: 'seed.txt' });
  seedId = outcome.meeting.documentId;
});
afterAll(async () => {
  await app?.stop();
});

const client = () => strapiClient({ baseURL: `${app.baseUrl}/api` });
const bySlug = async (slug: string, query = '') => {
  const response = await client().fetch(`/newsroom/meetings/by-slug/${slug}${query}`).then(
    (r) => r,
    (e: any) => e.response as Response
  );
  return { status: response.status, headers: response.headers, body: response.status === 200 ? ((await response.json()) as any) : null };
};

describe('GET /api/newsroom/meetings/by-slug/:slug', () => {
  it('returns the seed meeting with everything its page shows, in one request', async () => {
    const { status, body } = await bySlug(SEED_SLUG);
    expect(status).toBe(200);
    const page = body.data;
    expect(page).toMatchObject({ documentId: seedId, title: '2023年福田区残工委第一次全体会议', locale: 'zh-Hans', venue: '福田会堂' });
    expect(page.achievements.map((a: any) => a.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(page.achievements[1].metrics.length).toBeGreaterThan(0);
    expect(page.streetCases).toHaveLength(3);
    expect(page.streetCases.every((s: any) => s.presenter?.role === 'experience')).toBe(true);
    expect(page.speeches.find((s: any) => s.role === 'report').speaker).toMatchObject({ name: '罗念纯', slug: 'luo-nian-chun' });
    expect(page.speeches.find((s: any) => s.role === 'report').speaker.positions.length).toBe(3);
    expect(page.adoptedDocuments).toEqual([expect.objectContaining({ title: '福田区残疾预防行动方案(2023-2025年)' })]);
    expect(page.editorial).toMatchObject({ creditLine: '[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]', byline: '记者 田也' });
    expect(page.editorial.credits).toHaveLength(4);
    expect(page.jsonLd).toMatchObject({ '@type': 'NewsArticle', accountablePerson: { name: '郑晓鹏' } });
    // The page's first publication here (content-model.md, "Time and history"), in Beijing time, to the second.
    expect(page.jsonLd.datePublished).toMatch(/\+08:00$/);
    expect(Date.parse(page.jsonLd.datePublished)).toBe(Math.floor(Date.parse(page.datePublished) / 1000) * 1000);
    expect(page.readAloud.split('\n')[0]).toBe('实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议。');
    expect(page.readAloud).toContain('（六）高起点发展残疾人文化体育事业。');
    expect(page.readAloud).not.toMatch(/[<>[\]]/);
  });

  it('serves the en version under its locale', async () => {
    await app.strapi.documents('plugin::newsroom.meeting').update({
      documentId: seedId,
      locale: 'en',
      data: meetingData({ title: 'First plenary meeting of the Futian District Working Committee on Disability, 2023', slug: SEED_SLUG, venue: 'Futian Hall' }),
      status: 'published',
    } as never);
    const { status, body } = await bySlug(SEED_SLUG, '?locale=en');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ locale: 'en', venue: 'Futian Hall', documentId: seedId });
    expect(body.data.jsonLd.inLanguage).toBe('en');
    // The en seed meeting's credits read in English, with names in surname-aware pinyin.
    expect(body.data.editorial).toMatchObject({
      creditLine: 'Editors: Chen Fei, Chen Suya · Responsible editor: Zheng Xiaopeng',
      byline: 'Reporter: Tian Ye',
    });
    expect(body.data.jsonLd.author).toEqual([{ '@type': 'Person', name: 'Tian Ye', alternateName: '田也' }]);
    expect(body.data.readAloud).toContain('Reporter: Tian Ye. Editors: Chen Fei, Chen Suya. Responsible editor: Zheng Xiaopeng.');
  });

  it('answers 404 for an unknown slug and for a slug only a draft has', async () => {
    expect((await bySlug('no-such-meeting')).status).toBe(404);
    const draft = (await app.strapi.documents('plugin::newsroom.meeting').create({ data: meetingData({ title: '未发布的会议' }) } as never)) as any;
    expect((await bySlug(draft.slug)).status).toBe(404);
  });

  it('never shows draft changes of a published meeting, and shows them once published', async () => {
    expect((await bySlug(SEED_SLUG)).body.data.venue).toBe('福田会堂'); // now in the page cache
    await app.strapi.documents('plugin::newsroom.meeting').update({ documentId: seedId, data: { venue: '草稿里的新会场' } } as never);
    expect((await bySlug(SEED_SLUG)).body.data.venue).toBe('福田会堂');
    await app.strapi.documents('plugin::newsroom.meeting').publish({ documentId: seedId } as never);
    expect((await bySlug(SEED_SLUG)).body.data.venue).toBe('草稿里的新会场');
    await app.strapi.documents('plugin::newsroom.meeting').update({ documentId: seedId, data: { venue: '福田会堂' }, status: 'published' } as never);
  });

  // fetch() adds `Cache-Control: no-cache` to conditional requests (as the Fetch standard says),
  // which rightly disables 304s; a browser's or CDN's revalidation does not, so test with plain http.
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
      httpRequest(`${app.baseUrl}${path}`, { headers }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      })
        .on('error', reject)
        .end();
    });

  it('sends an ETag and Cache-Control, and 304 when nothing changed', async () => {
    const first = await get(`/api/newsroom/meetings/by-slug/${SEED_SLUG}`);
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const second = await get(`/api/newsroom/meetings/by-slug/${SEED_SLUG}`, { 'If-None-Match': etag });
    expect(second.status).toBe(304);
    const changed = await get(`/api/newsroom/meetings/by-slug/${SEED_SLUG}`, { 'If-None-Match': 'W/"something-else"' });
    expect(changed.status).toBe(200);
    const list = await fetch(`${app.baseUrl}/api/newsroom/meetings`);
    expect(list.headers.get('etag')).toBeTruthy();
  });
});

describe('the number of queries', () => {
  /** The SQL queries `work` sends, counted by knex once the database is quiet: the fewest of three runs (helpers/query-count.ts says why). */
  const queriesDuring = async (work: () => Promise<void>) => (await fewestQueriesDuring(app.strapi, work)).count;

  const viaService = (slug: string) =>
    queriesDuring(async () => {
      expect(await app.strapi.plugin('newsroom').service('pages').bySlug('meeting', slug)).not.toBeNull();
    });
  const overHttp = (slug: string) =>
    queriesDuring(async () => {
      const { status, body } = await bySlug(slug);
      expect(status).toBe(200);
      expect(body.data.slug).toBe(slug);
    });
  const meetingWith = async (title: string, achievements: number, overrides: Record<string, unknown> = {}) => {
    const meeting = (await app.strapi.documents('plugin::newsroom.meeting').create({ data: meetingData({ title, ...overrides }), status: 'published' } as never)) as any;
    for (let ordinal = 1; ordinal <= achievements; ordinal += 1) {
      await app.strapi.documents('plugin::newsroom.achievement').create({
        data: achievementData({ title: `${title}成绩${ordinal}`, ordinal, meeting: meeting.documentId }),
        status: 'published',
      } as never);
    }
    return meeting.slug as string;
  };

  let oneSlug: string;
  let fiftySlug: string;
  beforeAll(async () => {
    oneSlug = await meetingWith('一项成绩的会议', 1);
    fiftySlug = await meetingWith('五十项成绩的会议', 50);
  });


  it('does not grow with the number of achievements (1 vs 50), in the pages service', async () => {
    await viaService(oneSlug); // warm-up: first calls fill caches (default locale and the like)
    const one = await viaService(oneSlug);
    const fifty = await viaService(fiftySlug);
    console.info(`queries, pages.bySlug: 1 achievement ${one}, 50 achievements ${fifty}`);
    expect(fifty).toBe(one);
    expect(one).toBeLessThan(20);
  });

  it('does not grow with the number of achievements (1 vs 50), at the HTTP endpoint GET /by-slug/:slug', async () => {
    await overHttp(oneSlug); // warm-up
    const one = await overHttp(oneSlug);
    const fifty = await overHttp(fiftySlug);
    console.info(`queries, GET /by-slug: 1 achievement ${one}, 50 achievements ${fifty}`);
    expect(fifty).toBe(one);
    // The stored page: one row (and what the users-permissions plugin reads to authorize the public caller).
    expect(one).toBeLessThanOrEqual(3);
  });

  /** Queries of one anonymous GraphQL request, which must answer data and no errors. */
  const graphqlQueries = (query: string, check: (data: any) => void) =>
    queriesDuring(async () => {
      const res = await http(app.baseUrl).graphql(query);
      expect(res.body.errors).toBeUndefined();
      check(res.body.data);
    });

  it('does not grow with the number of meetings (1 vs 20) in a GraphQL list asking for creditLine, byline, jsonLd and readAloud', async () => {
    for (let n = 1; n <= 20; n += 1) await meetingWith(`列表会议${n}`, n <= 2 ? 2 : 0, { venue: n === 1 ? '列表会场一' : '列表会场二十' });
    const list = (venues: string) =>
      `{ newsroomMeetings(filters: { venue: { in: [${venues}] } }, pagination: { limit: 50 }) { documentId title creditLine byline jsonLd readAloud } }`;
    const check = (count: number) => (data: any) => {
      expect(data.newsroomMeetings).toHaveLength(count);
      for (const m of data.newsroomMeetings) {
        expect(m).toMatchObject({ creditLine: '[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]', byline: '记者 田也' });
        expect(m.jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: expect.any(String) });
        expect(m.readAloud).toContain('责任编辑：郑晓鹏');
      }
      // each item has its own page: the first meeting's two achievements are in its text only
      const first = data.newsroomMeetings.find((m: any) => m.title === '列表会议1');
      expect(first.readAloud).toContain('列表会议1成绩2');
      for (const m of data.newsroomMeetings.filter((x: any) => x.title !== '列表会议1' && x.title !== '列表会议2')) expect(m.readAloud).not.toContain('成绩');
    };
    await graphqlQueries(list('"列表会场一"'), check(1)); // warm-up
    const one = await graphqlQueries(list('"列表会场一"'), check(1));
    const twenty = await graphqlQueries(list('"列表会场一", "列表会场二十"'), check(20));
    console.info(`queries, GraphQL newsroomMeetings with creditLine byline jsonLd readAloud: 1 meeting ${one}, 20 meetings ${twenty}`);
    expect(twenty).toBe(one);
  });

  it('does not grow with the number of achievements (1 vs 20) in a GraphQL list asking for creditLine and byline', async () => {
    // A meeting of its own: not one an earlier test happened to create.
    const meeting = (await app.strapi.documents('plugin::newsroom.meeting').create({ data: meetingData({ title: '署名成绩的会议' }), status: 'published' } as never)) as any;
    for (let ordinal = 1; ordinal <= 20; ordinal += 1) {
      await app.strapi.documents('plugin::newsroom.achievement').create({
        data: achievementData({ title: `署名成绩${ordinal}`, ordinal, meeting: meeting.documentId, editorial: { ...meetingData().editorial } }),
        status: 'published',
      } as never);
    }
    const list = (limit: number) =>
      `{ newsroomAchievements(filters: { title: { startsWith: "署名成绩" } }, sort: "ordinal:asc", pagination: { limit: ${limit} }) { ordinal creditLine byline } }`;
    const check = (count: number) => (data: any) => {
      expect(data.newsroomAchievements).toHaveLength(count);
      for (const a of data.newsroomAchievements) expect(a).toMatchObject({ creditLine: '[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]', byline: '记者 田也' });
    };
    await graphqlQueries(list(1), check(1)); // warm-up
    const one = await graphqlQueries(list(1), check(1));
    const twenty = await graphqlQueries(list(20), check(20));
    console.info(`queries, GraphQL newsroomAchievements with creditLine byline: 1 achievement ${one}, 20 achievements ${twenty}`);
    expect(twenty).toBe(one);
  });
});

describe('GraphQL', () => {
  it('answers newsroomMeetingBySlug with the page, its JSON-LD, read-aloud text and credit line', async () => {
    const res = await http(app.baseUrl).graphql(
      `query($slug: String!) { newsroomMeetingBySlug(slug: $slug) { title creditLine byline jsonLd readAloud achievements(sort: "ordinal:asc") { ordinal title creditLine } } }`,
      { slug: SEED_SLUG }
    );
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data.newsroomMeetingBySlug;
    expect(page).toMatchObject({ title: '2023年福田区残工委第一次全体会议', creditLine: '[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]', byline: '记者 田也' });
    expect(page.jsonLd['@type']).toBe('NewsArticle');
    expect(page.readAloud).toContain('责任编辑：郑晓鹏');
    expect(page.achievements.map((a: any) => a.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('answers null for an unknown slug', async () => {
    const res = await http(app.baseUrl).graphql(`{ newsroomMeetingBySlug(slug: "nope") { title } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.newsroomMeetingBySlug).toBeNull();
  });
});

describe('other pages', () => {
  it("lists a speaker's speeches across meetings", async () => {
    const res = await fetch(`${app.baseUrl}/api/newsroom/speakers/by-slug/luo-nian-chun`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.data.name).toBe('罗念纯');
    expect(body.data.speeches).toEqual([expect.objectContaining({ role: 'report', meeting: expect.objectContaining({ slug: SEED_SLUG }) })]);
    expect(body.data.jsonLd).toMatchObject({ '@type': 'Person', name: '罗念纯' });
  });

  it('serves achievements and street cases by slug with their meeting and read-aloud text', async () => {
    const achievements = await client().collection('newsroom/achievements').find({ filters: { ordinal: { $eq: 1 }, meeting: { documentId: { $eq: seedId } } } });
    const slug = (achievements.data[0] as any).slug;
    const res = await fetch(`${app.baseUrl}/api/newsroom/achievements/by-slug/${slug}`);
    const body = (await res.json()) as any;
    expect(body.data.meeting.slug).toBe(SEED_SLUG);
    expect(body.data.readAloud).toMatch(/^（一）/);
  });
});
