/**
 * Pages are made when they change: the rebuild set of a write (a speaker's
 * new name on every meeting where they spoke, a new achievement on its
 * meeting), pages removed on unpublish and delete, 301 for an old slug, a
 * rolled-back write storing nothing, and the full rebuild. A write's own
 * pages are stored in its transaction; the pages that show its documents are
 * rebuilt after the commit by the outbox's workers (`drained()` waits for
 * them); a withdrawal takes its document off the pages that show it at once.
 */
import { achievementData, meetingData, speakerData, streetCaseData } from './helpers/fixtures';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const docs = (kind: string) => app.strapi.documents(`plugin::newsroom.${kind}` as never) as any;
const page = async (plural: string, slug: string, locale = 'zh-Hans') => {
  const response = await fetch(`${app.baseUrl}/api/newsroom/${plural}/by-slug/${slug}?locale=${locale}`, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location'), body: response.status === 200 ? ((await response.json()) as any) : null };
};
/** The derived work of the writes so far done (the outbox's workers, after the commits). */
const drained = (): Promise<void> => app.strapi.plugin('newsroom').service('outbox').drain();
const builtAt = async (documentId: string): Promise<number> => {
  const row = await app.strapi.db.connection('newsroom_pages').where({ document_id: documentId }).first('built_at');
  return Number(row?.built_at);
};

it('rebuilds the meetings where a speaker spoke when the speaker is renamed, and only those', async () => {
  const speaker = await docs('speaker').create({ data: speakerData({ name: '甲发言人' }), status: 'published' });
  const spoke = await docs('meeting').create({
    data: meetingData({ title: '有发言的会议', speeches: [{ speaker: speaker.documentId, role: 'address' }] }),
    status: 'published',
  });
  const silent = await docs('meeting').create({ data: meetingData({ title: '没有发言的会议' }), status: 'published' });
  // The speaker's own page does not show street cases: only the stored links say this page shows the speaker.
  const streetCase = await docs('street-case').create({
    data: streetCaseData({ title: '发言人介绍的案例', presenter: { speaker: speaker.documentId, role: 'experience' } }),
    status: 'published',
  });
  expect((await page('meetings', spoke.slug)).body.data.speeches[0].speaker.name).toBe('甲发言人');
  await drained();
  // The speaker's page shows the new meeting too (a page the write did not touch directly).
  expect((await page('speakers', speaker.slug)).body.data.speeches.map((s: any) => s.meeting.documentId)).toEqual([spoke.documentId]);
  const silentBuilt = await builtAt(silent.documentId);

  await docs('speaker').update({ documentId: speaker.documentId, data: { name: '乙发言人' }, status: 'published' });
  await drained();
  expect((await page('meetings', spoke.slug)).body.data.speeches[0].speaker.name).toBe('乙发言人');
  expect((await page('street-cases', streetCase.slug)).body.data.presenter.speaker.name).toBe('乙发言人');
  expect(await builtAt(silent.documentId)).toBe(silentBuilt);
});

it('shows a new achievement on its meeting, and removes unpublished and deleted pages', async () => {
  const meeting = await docs('meeting').create({ data: meetingData({ title: '有成绩的会议' }), status: 'published' });
  const achievement = await docs('achievement').create({
    data: achievementData({ title: '新成绩', meeting: meeting.documentId }),
    status: 'published',
  });
  await drained();
  expect((await page('meetings', meeting.slug)).body.data.achievements.map((a: any) => a.documentId)).toEqual([achievement.documentId]);
  expect((await page('achievements', achievement.slug)).body.data.meeting.documentId).toBe(meeting.documentId);

  await docs('achievement').unpublish({ documentId: achievement.documentId });
  expect((await page('achievements', achievement.slug)).status).toBe(404);
  expect((await page('meetings', meeting.slug)).body.data.achievements).toEqual([]);

  await docs('meeting').delete({ documentId: meeting.documentId });
  expect((await page('meetings', meeting.slug)).status).toBe(404);
  const rows = await app.strapi.db.connection('newsroom_pages').where({ document_id: meeting.documentId });
  expect(rows).toEqual([]);
});

it('leaves the pages alone, without reading them, when a draft is saved; publishing it shows the change', async () => {
  const meeting = await docs('meeting').create({ data: meetingData({ title: '草稿保存的会议' }), status: 'published' });
  await drained();
  const published = await page('meetings', meeting.slug);
  const built = await builtAt(meeting.documentId);
  const pageQueries: string[] = [];
  const listener = (query: { sql: string }) => {
    if (query.sql.includes('newsroom_page')) pageQueries.push(query.sql);
  };
  app.strapi.db.connection.on('query', listener);
  try {
    await docs('meeting').update({ documentId: meeting.documentId, data: { venue: '草稿里的新会场' } });
    await docs('achievement').create({ data: achievementData({ title: '草稿成绩', meeting: meeting.documentId }) });
  } finally {
    app.strapi.db.connection.removeListener('query', listener);
  }
  // Pages show published versions only: a draft's save has nothing to rebuild.
  expect(pageQueries).toEqual([]);
  expect(await builtAt(meeting.documentId)).toBe(built);
  expect((await page('meetings', meeting.slug)).body).toEqual(published.body);

  await docs('meeting').publish({ documentId: meeting.documentId });
  expect((await page('meetings', meeting.slug)).body.data.venue).toBe('草稿里的新会场');
});

it('builds each page once for writes made in one batch, and writes nothing of a batch that is refused', async () => {
  const pages = app.strapi.plugin('newsroom').service('pages');
  const saved: string[] = [];
  const listener = (query: { sql: string }) => {
    if (/^insert into [`"]newsroom_pages[`"]/.test(query.sql)) saved.push(query.sql);
  };
  app.strapi.db.connection.on('query', listener);
  let meeting: any;
  try {
    meeting = await pages.inOneBatch(async () => {
      const written = await docs('meeting').create({ data: meetingData({ title: '一次写完的会议' }), status: 'published' });
      for (const ordinal of [1, 2]) {
        await docs('achievement').create({ data: achievementData({ title: `一次写完的成绩${ordinal}`, ordinal, meeting: written.documentId }), status: 'published' });
      }
      return written;
    });
  } finally {
    app.strapi.db.connection.removeListener('query', listener);
  }
  // The meeting's page and its two achievements' pages, each stored once (written one by one, the meeting's page is built three times).
  expect(saved).toHaveLength(3);
  expect((await page('meetings', meeting.slug)).body.data.achievements).toHaveLength(2);

  const refused = await pages
    .inOneBatch(async () => {
      await docs('meeting').create({ data: meetingData({ title: '被拒绝的一批' }), status: 'published' });
      await docs('achievement').create({ data: achievementData({ title: '年份不对的成绩', year: 1900 }), status: 'published' });
    })
    .then(() => null, (error: any) => error);
  expect(refused?.name).toBe('ValidationError');
  expect(await docs('meeting').findFirst({ filters: { title: '被拒绝的一批' } })).toBeNull();
});

it('answers 301 with the current slug for an old one', async () => {
  const meeting = await docs('meeting').create({ data: meetingData({ title: '改名前的会议' }), status: 'published' });
  const oldSlug = meeting.slug as string;
  const renamed = await docs('meeting').update({ documentId: meeting.documentId, data: { slug: 'gai-ming-hou-de-hui-yi' }, status: 'published' });
  expect(renamed.slug).toBe('gai-ming-hou-de-hui-yi');
  const moved = await page('meetings', oldSlug);
  expect(moved.status).toBe(301);
  expect(moved.location).toMatch(/\/api\/newsroom\/meetings\/by-slug\/gai-ming-hou-de-hui-yi\?locale=zh-Hans$/);
  expect((await page('meetings', 'gai-ming-hou-de-hui-yi')).body.data.documentId).toBe(meeting.documentId);
  // Normalized before the lookup.
  expect((await page('meetings', 'GAI-MING-HOU-DE-HUI-YI')).status).toBe(200);
});

it('stores nothing of a write that is rolled back', async () => {
  const meeting = await docs('meeting').create({ data: meetingData({ title: '回滚的会议', venue: '原会场' }), status: 'published' });
  await expect(
    app.strapi.db.transaction(async () => {
      await docs('meeting').update({ documentId: meeting.documentId, data: { venue: '不该出现的会场' }, status: 'published' });
      throw new Error('rolled back on purpose');
    })
  ).rejects.toThrow('rolled back on purpose');
  expect((await page('meetings', meeting.slug)).body.data.venue).toBe('原会场');
});

it('rebuilds every page (npm run pages:rebuild)', async () => {
  const meeting = await docs('meeting').create({ data: meetingData({ title: '全部重建的会议' }), status: 'published' });
  await app.strapi.db.connection('newsroom_pages').delete();
  expect((await page('meetings', meeting.slug)).status).toBe(404);
  const seen: number[] = [];
  await app.strapi.plugin('newsroom').service('pages').rebuildAll((done: number) => seen.push(done));
  expect(seen.length).toBeGreaterThan(1);
  expect((await page('meetings', meeting.slug)).body.data.documentId).toBe(meeting.documentId);
});

it('shows both of two achievements of one meeting published at the same moment', async () => {
  const meeting = await docs('meeting').create({ data: meetingData({ title: '同时发布成绩的会议' }), status: 'published' });
  const created = await Promise.all(
    [1, 2].map((ordinal) =>
      docs('achievement').create({ data: achievementData({ title: `同时的成绩${ordinal}`, ordinal, meeting: meeting.documentId }), status: 'published' })
    )
  );
  await drained();
  const shown = (await page('meetings', meeting.slug)).body.data.achievements.map((a: any) => a.documentId).sort();
  expect(shown).toEqual(created.map((a: any) => a.documentId).sort());
});
