/**
 * Relations, locales and GraphQL: what a frontend reads about one meeting.
 */
import { achievementData, meetingData, speakerData, streetCaseData } from './helpers/fixtures';
import { http } from './helpers/http';
import { useTestApp } from './helpers/app';
import { type TestApp } from './helpers/strapi';

let app: TestApp;
let token: string;
useTestApp({ apiToken: true }, (ready) => ({ app, apiToken: token } = ready));

const docs = (type: string) => app.strapi.documents(`plugin::newsroom.${type}` as never);

describe('relations', () => {
  it('links a meeting with its achievements and street cases, and speeches with their speakers, both ways', async () => {
    const speaker = (await docs('speaker').create({ data: speakerData(), status: 'published' } as never)) as any;
    const meeting = (await docs('meeting').create({
      data: meetingData({
        speeches: [{ speaker: speaker.documentId, role: 'report', summary: '总结2022年全区残疾人工作', order: 1 }],
      }),
      status: 'published',
    } as never)) as any;
    for (const ordinal of [1, 2]) {
      await docs('achievement').create({
        data: achievementData({ ordinal, title: `成绩${ordinal}`, meeting: meeting.documentId }),
        status: 'published',
      } as never);
    }
    await docs('street-case').create({ data: streetCaseData({ meeting: meeting.documentId }), status: 'published' } as never);

    const res = await http(app.baseUrl).get(
      `/api/newsroom/meetings/${meeting.documentId}?populate[achievements][sort]=ordinal:asc&populate[streetCases]=true&populate[speeches][populate][speaker][populate]=positions`
    );
    expect(res.status).toBe(200);
    const body = res.body.data;
    expect(body.achievements.map((a: any) => a.ordinal)).toEqual([1, 2]);
    expect(body.streetCases.map((s: any) => s.street)).toEqual(['沙头街道']);
    expect(body.speeches[0]).toMatchObject({ role: 'report', order: 1, speaker: { name: '罗念纯' } });
    expect(body.speeches[0].speaker.positions.map((p: any) => p.title)).toEqual(['党组书记', '理事长', '一级调研员']);

    const achievement = await http(app.baseUrl).get(`/api/newsroom/achievements?filters[title][$eq]=成绩2&populate=meeting`);
    expect(achievement.body.data[0].meeting.documentId).toBe(meeting.documentId);
  });
});

describe('locales', () => {
  it('keeps an en version of a meeting as a separate localized document', async () => {
    const zh = (await docs('meeting').create({ data: meetingData(), status: 'published' } as never)) as any;
    expect(zh.locale).toBe('zh-Hans');
    await docs('meeting').update({
      documentId: zh.documentId,
      locale: 'en',
      data: meetingData({ title: 'First plenary meeting of the Futian District Working Committee on Disability, 2023', venue: 'Futian Hall', organizer: 'Futian District Working Committee on Disability', district: 'Futian' }),
      status: 'published',
    } as never);
    const zhRead = await http(app.baseUrl).get(`/api/newsroom/meetings/${zh.documentId}`);
    const enRead = await http(app.baseUrl).get(`/api/newsroom/meetings/${zh.documentId}?locale=en`);
    expect(zhRead.body.data.title).toBe('2023年福田区残工委第一次全体会议');
    expect(enRead.body.data.title).toMatch(/^First plenary meeting/);
    expect(enRead.body.data.locale).toBe('en');
    expect(enRead.body.data.documentId).toBe(zh.documentId);
    expect(enRead.body.data.id).not.toBe(zhRead.body.data.id);
  });

  it('makes zh-Hans the default locale and offers en', async () => {
    const locales = app.strapi.plugin('i18n').service('locales');
    const codes = ((await locales.find()) as Array<{ code: string }>).map((l) => l.code);
    expect(codes).toEqual(expect.arrayContaining(['zh-Hans', 'en']));
    expect(await locales.getDefaultLocale()).toBe('zh-Hans');
  });
});

describe('GraphQL', () => {
  it('serves published meetings to the public role', async () => {
    await docs('meeting').create({ data: meetingData({ venue: '福田会堂GraphQL' }), status: 'published' } as never);
    const res = await http(app.baseUrl).graphql('{ newsroomMeetings(filters: { venue: { eq: "福田会堂GraphQL" } }) { title heldOn venue } }');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.newsroomMeetings).toEqual([{ title: '2023年福田区残工委第一次全体会议', heldOn: '2023-04-28', venue: '福田会堂GraphQL' }]);
  });

  it('never shows a draft to the public role, even when asked for one', async () => {
    const draft = (await docs('meeting').create({ data: meetingData({ venue: '草稿会场' }) } as never)) as any;
    const anonymous = http(app.baseUrl);
    // an answer with data and no errors: an errors-only answer must not pass for "no draft"
    const list = await anonymous.graphql('{ newsroomMeetings(status: DRAFT, filters: { venue: { eq: "草稿会场" } }) { documentId } }');
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data).toEqual({ newsroomMeetings: [] });
    const one = await anonymous.graphql(`{ newsroomMeeting(documentId: "${draft.documentId}", status: DRAFT) { documentId title } }`);
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data).toEqual({ newsroomMeeting: null });
    // with a token the draft is there
    const withToken = await http(app.baseUrl, token).graphql(`{ newsroomMeeting(documentId: "${draft.documentId}", status: DRAFT) { documentId } }`);
    expect(withToken.body.data.newsroomMeeting.documentId).toBe(draft.documentId);
  });

  it('refuses an anonymous mutation and writes nothing', async () => {
    const before = await app.strapi.db.query('plugin::newsroom.meeting').count({});
    const res = await http(app.baseUrl).graphql('mutation { createNewsroomMeeting(data: { title: "匿名" }) { documentId } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const removal = await http(app.baseUrl).graphql('mutation { deleteNewsroomMeeting(documentId: "x") { documentId } }');
    expect(removal.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.strapi.db.query('plugin::newsroom.meeting').count({})).toBe(before);
  });
});
