/**
 * R5 and R7 read beyond the document: the meeting's date and the ordinals of
 * its other achievements, in one query through Strapi's link table
 * (services/editorial/meeting-context.ts). On each database: a duplicate ordinal and a
 * year after the meeting are refused on their fields; the same ordinal in
 * another meeting, in the other locale, or of the achievement itself is not a
 * duplicate; a published sibling counts once (through its draft).
 */
import { createApiToken } from './helpers/auth';
import { achievementData, meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
let api: ReturnType<typeof http>;
beforeAll(async () => {
  app = await startTestApp();
  api = http(app.baseUrl, await createApiToken(app.strapi));
});
afterAll(async () => {
  await app?.stop();
});

const newMeeting = async (title: string, locale = 'zh-Hans', documentId?: string): Promise<string> => {
  const response = documentId
    ? await api.put(`/api/newsroom/meetings/${documentId}?locale=${locale}&status=draft`, { data: meetingData({ title }) })
    : await api.post(`/api/newsroom/meetings?status=draft&locale=${locale}`, { data: meetingData({ title }) });
  expect(response.status).toBeLessThan(300);
  return response.body.data.documentId;
};

const addAchievement = (meeting: string, fields: Record<string, unknown>, query = 'status=draft') =>
  api.post(`/api/newsroom/achievements?${query}`, { data: achievementData({ meeting, ...fields }) });

const codesOf = (response: { body: any }) => (response.body?.error?.details?.errors ?? []).map((e: any) => [e.path.join('.'), e.code]);

it('refuses an ordinal its meeting already uses, and accepts it elsewhere', async () => {
  const meeting = await newMeeting('序号测试会议');
  const other = await newMeeting('另一次序号测试会议');
  const first = await addAchievement(meeting, { title: '第一项', ordinal: 1 }, 'status=published');
  expect(first.status).toBe(201);

  const duplicate = await addAchievement(meeting, { title: '重复的第一项', ordinal: 1 });
  expect(duplicate.status).toBe(400);
  expect(codesOf(duplicate)).toContainEqual(['ordinal', 'achievement.ordinal.duplicate']);

  expect((await addAchievement(meeting, { title: '第二项', ordinal: 2 })).status).toBe(201);
  expect((await addAchievement(other, { title: '另一会议的第一项', ordinal: 1 })).status).toBe(201);

  // Its own ordinal is no duplicate of itself.
  const own = await api.put(`/api/newsroom/achievements/${first.body.data.documentId}?status=draft`, { data: { title: '第一项（改）', ordinal: 1 } });
  expect(own.status).toBe(200);
});

it('counts only siblings of the same locale', async () => {
  const meeting = await newMeeting('双语序号会议');
  await newMeeting('A bilingual ordinal meeting', 'en', meeting);
  expect((await addAchievement(meeting, { title: '第一项', ordinal: 1 })).status).toBe(201);
  const english = await api.post('/api/newsroom/achievements?status=draft&locale=en', {
    data: achievementData({ meeting, title: 'The first item', ordinal: 1 }),
  });
  expect(english.status).toBe(201);
});

it("refuses an achievement's year after its meeting's, reading the meeting's date", async () => {
  const meeting = await newMeeting('年份测试会议');
  const late = await addAchievement(meeting, { title: '来自未来的成绩', ordinal: 1, year: 2024 });
  expect(late.status).toBe(400);
  expect(codesOf(late)).toContainEqual(['year', 'dates.year.after-meeting']);
  expect((await addAchievement(meeting, { title: '当年的成绩', ordinal: 1, year: 2023 })).status).toBe(201);
});
