/**
 * Embargo: a published meeting whose embargoUntil is a few seconds ahead is
 * absent from every public path — REST list, REST findOne, a REST filter on
 * its slug, GraphQL list and single, GraphQL by-slug, REST by-slug, RSS,
 * Atom, JSON Feed, sitemap, news sitemap, and its achievement's page — and
 * present on each after the time, with no write in between. The signed
 * preview shows it all along, marked as embargoed. So are embargoed
 * documents that a public read reaches through a relation: populated over
 * REST (`populate=meeting`, `populate=*`, a speech's speaker in a component)
 * and nested in GraphQL (a relation, its `_connection`, a component's).
 */
import { achievementData, meetingData, speakerData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';
import { outboxOf } from './helpers/outbox';

const MEETING = 'plugin::newsroom.meeting';
const FRONTEND = 'https://news.example.org/{locale}/meetings/{slug}';
/** Long enough for the checks before the time to finish on a loaded machine. */
const EMBARGO_MS = 18_000;

let app: TestApp;
let meeting: { documentId: string; slug: string };
let achievement: { documentId: string; slug: string };
/** Not under embargo, but it shows two documents that are: a speaker who spoke there and one of its achievements. */
let openMeeting: { documentId: string; slug: string };
/** Not under embargo: they spoke at the embargoed meeting. */
let openSpeaker: { slug: string };
let hiddenSpeaker: { documentId: string };
let hiddenAchievement: { documentId: string };
let until: number;
beforeAll(async () => {
  app = await startTestApp();
  app.strapi.config.set('plugin::newsroom.frontendUrls', { meeting: FRONTEND });
  until = Date.now() + EMBARGO_MS;
  const meetings = app.strapi.documents(MEETING) as any;
  openSpeaker = await (app.strapi.documents('plugin::newsroom.speaker') as any).create({ data: speakerData({ name: '公开的发言人' }), status: 'published' });
  meeting = await meetings.create({
    data: meetingData({ title: '禁发中的会议', embargoUntil: new Date(until).toISOString(), speeches: [{ speaker: openSpeaker.documentId, role: 'address' }] }),
    status: 'published',
  });
  // Not under embargo itself: its page shows its meeting, which is.
  achievement = await (app.strapi.documents('plugin::newsroom.achievement') as any).create({
    data: achievementData({ title: '禁发会议的工作成绩', meeting: meeting.documentId }),
    status: 'published',
  });
  const embargoUntil = new Date(until).toISOString();
  hiddenSpeaker = await (app.strapi.documents('plugin::newsroom.speaker') as any).create({ data: speakerData({ name: '禁发中的发言人', embargoUntil }), status: 'published' });
  openMeeting = await meetings.create({
    data: meetingData({ title: '公开的会议', speeches: [{ speaker: hiddenSpeaker.documentId, role: 'address' }] }),
    status: 'published',
  });
  hiddenAchievement = await (app.strapi.documents('plugin::newsroom.achievement') as any).create({
    data: achievementData({ title: '禁发中的工作成绩', meeting: openMeeting.documentId, embargoUntil }),
    status: 'published',
  });
});
afterAll(async () => {
  await app?.stop();
});

const text = async (path: string) => (await fetch(`${app.baseUrl}${path}`)).text();

/** Whether the meeting shows on each public path, by path. */
const publicPaths = async (): Promise<Record<string, boolean>> => {
  const api = http(app.baseUrl);
  const { documentId, slug } = meeting;
  const list = await api.get(`/api/newsroom/meetings?pagination[pageSize]=100`);
  const one = await api.get(`/api/newsroom/meetings/${documentId}`);
  const filtered = await api.get(`/api/newsroom/meetings?filters[slug][$eq]=${slug}`);
  const gql = await api.graphql(`query($id: ID!, $slug: String!) {
    newsroomMeetings(pagination: { pageSize: 100 }) { documentId }
    newsroomMeeting(documentId: $id) { documentId }
    newsroomMeetingBySlug(slug: $slug) { documentId }
  }`, { id: documentId, slug });
  const bySlug = await api.get(`/api/newsroom/meetings/by-slug/${slug}`);
  const speakerPage = await api.get(`/api/newsroom/speakers/by-slug/${openSpeaker.slug}`);
  const speakerSpeeches = await api.get(`/api/newsroom/speakers/by-slug/${openSpeaker.slug}/speeches`);
  const openPage = await api.get(`/api/newsroom/meetings/by-slug/${openMeeting.slug}`);
  const openAchievements = await api.get(`/api/newsroom/meetings/by-slug/${openMeeting.slug}/achievements`);
  const achievementPage = await api.get(`/api/newsroom/achievements/by-slug/${achievement.slug}`);
  const url = FRONTEND.replace('{locale}', 'zh-Hans').replace('{slug}', slug);
  const open = openMeeting.documentId;
  const achievementWithMeeting = await api.get(`/api/newsroom/achievements/${achievement.documentId}?populate=meeting`);
  const achievementsWithAll = await api.get(`/api/newsroom/achievements?populate=*&pagination[pageSize]=100`);
  const openWithAchievements = await api.get(`/api/newsroom/meetings/${open}?populate=achievements`);
  const openWithSpeakers = await api.get(`/api/newsroom/meetings/${open}?populate[speeches][populate]=speaker`);
  const nested = await api.graphql(`query($a: ID!, $m: ID!) {
    newsroomAchievement(documentId: $a) { meeting { documentId } }
    newsroomMeeting(documentId: $m) {
      achievements { documentId }
      achievements_connection { nodes { documentId } }
      speeches { speaker { documentId } }
    }
  }`, { a: achievement.documentId, m: open });
  const hasHiddenAchievement = (list: any[] | undefined) => (list ?? []).some((a: any) => a.documentId === hiddenAchievement.documentId);
  const hasHiddenSpeaker = (speeches: any[] | undefined) => (speeches ?? []).some((s: any) => s.speaker?.documentId === hiddenSpeaker.documentId);
  return {
    'REST list': list.body.data.some((m: any) => m.documentId === documentId),
    'REST findOne': one.status === 200,
    'REST filter': filtered.body.data.length === 1,
    'GraphQL list': gql.body.data.newsroomMeetings.some((m: any) => m.documentId === documentId),
    'GraphQL single': gql.body.data.newsroomMeeting?.documentId === documentId,
    'GraphQL by-slug': gql.body.data.newsroomMeetingBySlug?.documentId === documentId,
    'REST by-slug': bySlug.status === 200,
    "achievement's page": achievementPage.body.data.meeting?.documentId === documentId,
    "speaker's page": speakerPage.body.data.speeches.some((s: any) => s.meeting.documentId === documentId),
    "speaker's paged speeches": speakerSpeeches.body.data.some((s: any) => s.meeting.documentId === documentId),
    "an open meeting's page": hasHiddenAchievement(openPage.body.data.achievements),
    "an open meeting's paged achievements": hasHiddenAchievement(openAchievements.body.data),
    RSS: (await text('/api/newsroom/feeds/rss.xml')).includes(url),
    Atom: (await text('/api/newsroom/feeds/atom.xml')).includes(url),
    'JSON Feed': (await text('/api/newsroom/feeds/feed.json')).includes(url),
    sitemap: (await text('/api/newsroom/sitemap.xml')).includes(url),
    'news sitemap': (await text('/api/newsroom/sitemap-news.xml')).includes(url),
    'REST populate=meeting': achievementWithMeeting.body.data.meeting?.documentId === documentId,
    'REST populate=*': achievementsWithAll.body.data.some((a: any) => a.meeting?.documentId === documentId),
    'REST populate=achievements': hasHiddenAchievement(openWithAchievements.body.data.achievements),
    "REST a speech's speaker": hasHiddenSpeaker(openWithSpeakers.body.data.speeches),
    'GraphQL nested meeting': nested.body.data.newsroomAchievement.meeting?.documentId === documentId,
    'GraphQL nested achievements': hasHiddenAchievement(nested.body.data.newsroomMeeting.achievements),
    'GraphQL achievements_connection': hasHiddenAchievement(nested.body.data.newsroomMeeting.achievements_connection.nodes),
    "GraphQL a speech's speaker": hasHiddenSpeaker(nested.body.data.newsroomMeeting.speeches),
  };
};

const preview = async (): Promise<string> => {
  const links = app.strapi.plugin('newsroom').service('preview-links') as { urlFor(uid: string, params: Record<string, string>): string };
  return text(links.urlFor(MEETING, { documentId: meeting.documentId, locale: 'zh-Hans', status: 'published' }));
};

it('keeps an embargoed meeting off every public path until its time, then shows it there with no write in between', async () => {
  const before = await publicPaths();
  expect(Date.now()).toBeLessThan(until);
  expect(Object.entries(before).filter(([, shown]) => shown)).toEqual([]);
  const marked = await preview();
  expect(marked).toContain('禁发中的会议');
  expect(marked).toContain('class="warning embargo"');

  const writes = await app.strapi.db.query(MEETING).findMany({ select: ['updatedAt'] });
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now()) + 500));
  expect(await app.strapi.db.query(MEETING).findMany({ select: ['updatedAt'] })).toEqual(writes);

  // The time-based paths compare with the clock; the achievement's stored page is rebuilt by the job the
  // publish wrote in the outbox for embargoUntil (services/schedule/embargo-job.ts), which no one triggers here.
  await outboxOf(app.strapi).drain();
  const after = await publicPaths();
  expect(Object.entries(after).filter(([, shown]) => !shown)).toEqual([]);
  expect(await preview()).not.toContain('class="warning embargo"');
});
