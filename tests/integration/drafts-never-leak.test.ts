/**
 * Drafts never reach an anonymous reader, for all four kinds, over every
 * public read: REST lists and single reads (asking for `status=draft`, with
 * relations populated), GraphQL lists, single reads and `_connection`
 * queries (asking for `DRAFT`, with relations and their connections), and
 * the by-slug pages over REST and GraphQL.
 *
 * Every draft-only document, every draft edit of a published document and a
 * draft-only document linked to published ones carries the marker 泄漏
 * (pinyin xie-lou in slugs); no answer may contain it. Each answer must also
 * HAVE the published data (and no GraphQL errors), so an error or an empty
 * answer cannot pass for "no draft shown".
 */
import { createApiToken } from './helpers/auth';
import { achievementData, meetingData, speakerData, streetCaseData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';

const MARKERS = ['泄漏', 'xie-lou'];

type Kind = 'meeting' | 'achievement' | 'street-case' | 'speaker';
interface Doc {
  documentId: string;
  slug: string;
  title: string;
}
interface KindFixture {
  kind: Kind;
  plural: string;
  /** GraphQL names: list query, single query. */
  list: string;
  single: string;
  titleField: 'title' | 'name';
  /** A published document whose draft was edited afterwards. */
  published: Doc;
  /** A document that only ever was a draft. */
  draftOnly: Doc;
  /** REST populate of its relations, and the GraphQL selection of them. */
  restPopulate: string;
  gqlRelations: string;
}

let app: TestApp;
let token: string;
const fixtures = {} as Record<Kind, KindFixture>;

const docs = (kind: Kind) => app.strapi.documents(`plugin::newsroom.${kind}` as never);
const create = async (kind: Kind, data: Record<string, unknown>, status?: 'published'): Promise<Doc> => {
  const created = (await docs(kind).create({ data, ...(status ? { status } : {}) } as never)) as unknown as Record<string, string>;
  return { documentId: created.documentId!, slug: created.slug!, title: (created.title ?? created.name)! };
};
/** Edits the draft of a published document; the published version keeps its text. */
const editDraft = (kind: Kind, documentId: string, data: Record<string, unknown>) => docs(kind).update({ documentId, data } as never);

beforeAll(async () => {
  app = await startTestApp();
  token = await createApiToken(app.strapi);

  // speakers: one published (then its draft renamed), one draft only
  const speaker = await create('speaker', speakerData({ name: '罗念纯' }), 'published');
  await editDraft('speaker', speaker.documentId, { name: '泄漏甲' });
  const draftSpeaker = await create('speaker', speakerData({ name: '泄漏乙', positions: [] }));

  // a published meeting whose speeches name the published speaker and the draft-only one, then its draft retitled
  const meeting = await create(
    'meeting',
    meetingData({
      speeches: [
        { speaker: speaker.documentId, role: 'report', order: 1 },
        { speaker: draftSpeaker.documentId, role: 'address', order: 2 },
      ],
    }),
    'published'
  );
  const draftMeeting = await create('meeting', meetingData({ title: '泄漏的会议', venue: '泄漏会场' }));

  // its achievements: one published (draft edited later), one draft only; one published achievement of the draft-only meeting
  const achievement = await create('achievement', achievementData({ ordinal: 1, meeting: meeting.documentId }), 'published');
  const draftAchievement = await create('achievement', achievementData({ ordinal: 2, title: '泄漏的成绩', meeting: meeting.documentId }));
  await create('achievement', achievementData({ ordinal: 1, title: '草稿会议的成绩', meeting: draftMeeting.documentId }), 'published');

  // street cases: the same shapes
  const streetCase = await create('street-case', streetCaseData({ meeting: meeting.documentId }), 'published');
  const draftStreetCase = await create(
    'street-case',
    streetCaseData({ title: '泄漏的案例', street: '泄漏街道', meeting: meeting.documentId, presenter: { speaker: draftSpeaker.documentId, role: 'experience' } })
  );
  await create('street-case', streetCaseData({ title: '草稿会议的案例', meeting: draftMeeting.documentId }), 'published');

  await editDraft('meeting', meeting.documentId, { title: '泄漏的新标题', venue: '泄漏的新会场' });
  await editDraft('achievement', achievement.documentId, { title: '泄漏的新成绩标题' });
  await editDraft('street-case', streetCase.documentId, { title: '泄漏的新案例标题' });

  const speech = 'speeches { role speaker { documentId name slug } }';
  fixtures.meeting = {
    kind: 'meeting',
    plural: 'meetings',
    list: 'newsroomMeetings',
    single: 'newsroomMeeting',
    titleField: 'title',
    published: meeting,
    draftOnly: draftMeeting,
    restPopulate: 'populate[achievements]=true&populate[streetCases][populate][presenter][populate][speaker]=true&populate[speeches][populate][speaker]=true',
    gqlRelations: `achievements { documentId title slug } achievements_connection { nodes { documentId title } }
      streetCases { documentId title street presenter { speaker { name } } } streetCases_connection { nodes { documentId title } } ${speech}`,
  };
  fixtures.achievement = {
    kind: 'achievement',
    plural: 'achievements',
    list: 'newsroomAchievements',
    single: 'newsroomAchievement',
    titleField: 'title',
    published: achievement,
    draftOnly: draftAchievement,
    restPopulate: 'populate[meeting]=true',
    gqlRelations: 'meeting { documentId title venue slug }',
  };
  fixtures['street-case'] = {
    kind: 'street-case',
    plural: 'street-cases',
    list: 'newsroomStreetCases',
    single: 'newsroomStreetCase',
    titleField: 'title',
    published: streetCase,
    draftOnly: draftStreetCase,
    restPopulate: 'populate[meeting]=true&populate[presenter][populate][speaker]=true',
    gqlRelations: 'meeting { documentId title venue } presenter { speaker { name slug } }',
  };
  fixtures.speaker = {
    kind: 'speaker',
    plural: 'speakers',
    list: 'newsroomSpeakers',
    single: 'newsroomSpeaker',
    titleField: 'name',
    published: speaker,
    draftOnly: draftSpeaker,
    restPopulate: 'populate[positions]=true',
    gqlRelations: 'positions { title organization }',
  };
});
afterAll(async () => {
  await app?.stop();
});

const expectNoDraft = (body: unknown) => {
  const text = JSON.stringify(body);
  for (const marker of MARKERS) expect(text).not.toContain(marker);
};
const KINDS: Kind[] = ['meeting', 'achievement', 'street-case', 'speaker'];
const anonymous = () => http(app.baseUrl);

/** A GraphQL answer with data and without errors. */
const graphql = async (query: string) => {
  const res = await anonymous().graphql(query);
  expect({ status: res.status, errors: res.body.errors }).toEqual({ status: 200, errors: undefined });
  expect(res.body.data).toEqual(expect.any(Object));
  return res.body.data as Record<string, any>;
};

it('has drafts to leak: with a token, the drafts and draft edits are there', async () => {
  const api = http(app.baseUrl, token);
  for (const kind of KINDS) {
    const { plural, published, draftOnly } = fixtures[kind];
    const list = await api.get(`/api/newsroom/${plural}?status=draft&pagination[pageSize]=100`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((d: Doc) => d.documentId)).toEqual(expect.arrayContaining([published.documentId, draftOnly.documentId]));
    expect(JSON.stringify(list.body)).toContain('泄漏');
  }
});

describe.each(KINDS)('%s', (kind) => {
  const f = () => fixtures[kind];

  it('over REST: lists and single reads asking for drafts, with relations populated, show the published version only', async () => {
    const { plural, published, draftOnly, restPopulate, titleField } = f();
    for (const status of ['', 'status=draft&']) {
      const list = await anonymous().get(`/api/newsroom/${plural}?${status}pagination[pageSize]=100&${restPopulate}`);
      expect(list.status).toBe(200);
      const ids = list.body.data.map((d: Doc) => d.documentId);
      expect(ids).toContain(published.documentId);
      expect(ids).not.toContain(draftOnly.documentId);
      expectNoDraft(list.body);

      const one = await anonymous().get(`/api/newsroom/${plural}/${published.documentId}?${status}${restPopulate}`);
      expect(one.status).toBe(200);
      expect(one.body.data[titleField]).toBe(published.title);
      expectNoDraft(one.body);

      expect((await anonymous().get(`/api/newsroom/${plural}/${draftOnly.documentId}?${status}${restPopulate}`)).status).toBe(404);
    }
  });

  it('over GraphQL: lists, single reads and _connection queries asking for DRAFT, with relations and their connections', async () => {
    const { list, single, published, draftOnly, gqlRelations, titleField } = f();
    for (const status of ['', '(status: DRAFT)', '(status: PUBLISHED)']) {
      const args = status === '' ? '(pagination: { limit: 100 })' : status.replace(')', ', pagination: { limit: 100 })');
      const data = await graphql(`{
        list: ${list}${args} { documentId ${titleField} ${gqlRelations} }
        connection: ${list}_connection${args} { nodes { documentId ${titleField} ${gqlRelations} } pageInfo { total } }
      }`);
      expect(data.list.map((d: Doc) => d.documentId)).toContain(published.documentId);
      expect(data.list.map((d: Doc) => d.documentId)).not.toContain(draftOnly.documentId);
      expect(data.connection.nodes.map((d: Doc) => d.documentId)).toEqual(data.list.map((d: Doc) => d.documentId));
      expect(data.connection.pageInfo.total).toBe(data.list.length);
      expectNoDraft(data);

      const oneArgs = status === '' ? '' : `, ${status.slice(1, -1)}`;
      const one = await graphql(`{
        published: ${single}(documentId: "${published.documentId}"${oneArgs}) { documentId ${titleField} ${gqlRelations} }
        draft: ${single}(documentId: "${draftOnly.documentId}"${oneArgs}) { documentId ${titleField} }
      }`);
      expect(one.published).toMatchObject({ documentId: published.documentId, [titleField]: published.title });
      expect(one.draft).toBeNull();
      expectNoDraft(one);
    }
  });

  it('by slug over REST: the published version of a published document, 404 for a draft-only one', async () => {
    const { plural, published, draftOnly, titleField } = f();
    const page = await anonymous().get(`/api/newsroom/${plural}/by-slug/${published.slug}`);
    expect(page.status).toBe(200);
    expect(page.body.data).toMatchObject({ documentId: published.documentId, [titleField]: published.title });
    expectNoDraft(page.body);
    expect((await anonymous().get(`/api/newsroom/${plural}/by-slug/${draftOnly.slug}`)).status).toBe(404);
  });
});

describe('relations populated from a published parent', () => {
  it('a published meeting shows its published achievement and street case, not the draft-only ones, nor a draft-only speaker', async () => {
    const { published } = fixtures.meeting;
    const rest = await anonymous().get(`/api/newsroom/meetings/${published.documentId}?status=draft&${fixtures.meeting.restPopulate}`);
    expect(rest.body.data.achievements.map((a: Doc) => a.documentId)).toEqual([fixtures.achievement.published.documentId]);
    expect(rest.body.data.streetCases.map((s: Doc) => s.documentId)).toEqual([fixtures['street-case'].published.documentId]);
    expect(rest.body.data.speeches.map((s: { speaker: Doc | null }) => s.speaker?.documentId ?? null)).toEqual([fixtures.speaker.published.documentId, null]);

    for (const status of ['', ', status: DRAFT']) {
      const data = await graphql(`{ newsroomMeeting(documentId: "${published.documentId}"${status}) { ${fixtures.meeting.gqlRelations} } }`);
      const meeting = data.newsroomMeeting;
      expect(meeting.achievements.map((a: Doc) => a.documentId)).toEqual([fixtures.achievement.published.documentId]);
      expect(meeting.achievements_connection.nodes.map((a: Doc) => a.documentId)).toEqual([fixtures.achievement.published.documentId]);
      expect(meeting.streetCases.map((s: Doc) => s.documentId)).toEqual([fixtures['street-case'].published.documentId]);
      expect(meeting.speeches.map((s: { speaker: Doc | null }) => s.speaker?.documentId ?? null)).toEqual([fixtures.speaker.published.documentId, null]);
      expectNoDraft(data);
    }

    const page = await anonymous().get(`/api/newsroom/meetings/by-slug/${published.slug}`);
    expect(page.body.data.achievements.map((a: Doc) => a.documentId)).toEqual([fixtures.achievement.published.documentId]);
    expect(page.body.data.streetCases.map((s: Doc) => s.documentId)).toEqual([fixtures['street-case'].published.documentId]);
  });

  it('a published achievement of a draft-only meeting shows no meeting', async () => {
    const rest = await anonymous().get(`/api/newsroom/achievements?filters[title][$eq]=草稿会议的成绩&status=draft&populate[meeting]=true`);
    expect(rest.body.data).toEqual([expect.objectContaining({ title: '草稿会议的成绩', meeting: null })]);
    const data = await graphql(`{ newsroomAchievements(filters: { title: { eq: "草稿会议的成绩" } }, status: DRAFT) { title meeting { title } } }`);
    expect(data.newsroomAchievements).toEqual([{ title: '草稿会议的成绩', meeting: null }]);
    const page = await anonymous().get(`/api/newsroom/street-cases/by-slug/${(await docs('street-case').findFirst({ filters: { title: '草稿会议的案例' } } as never) as unknown as Doc).slug}`);
    expect(page.status).toBe(200);
    expect(page.body.data.meeting).toBeNull();
    expectNoDraft([rest.body, data, page.body]);
  });

  it('newsroomMeetingBySlug answers the published version, and null for a draft-only meeting', async () => {
    const data = await graphql(`{
      published: newsroomMeetingBySlug(slug: "${fixtures.meeting.published.slug}") { documentId title venue creditLine jsonLd readAloud achievements { title } }
      draft: newsroomMeetingBySlug(slug: "${fixtures.meeting.draftOnly.slug}") { documentId }
    }`);
    expect(data.published).toMatchObject({ documentId: fixtures.meeting.published.documentId, title: fixtures.meeting.published.title });
    expect(data.published.achievements).toEqual([{ title: fixtures.achievement.published.title }]);
    expect(data.draft).toBeNull();
    expectNoDraft(data);
  });
});
