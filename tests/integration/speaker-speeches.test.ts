/**
 * Pages with lists (contract): a speaker's stored page carries their latest
 * `pageListSize` speeches and the total, whatever the archive; the rest is
 * paged, publicly, by GET /api/newsroom/speakers/by-slug/:slug/speeches.
 */
import { meetingData, speakerData } from './helpers/fixtures';
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
        data: meetingData({ title: `分页的第${month}次会议`, heldOn: `2023-0${month}-10`, speeches: [{ speaker: speaker.documentId, role: 'address' }] }),
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
    data: meetingData({ title: '分页的更早会议', heldOn: '2022-12-10', speeches: [{ speaker: speaker.documentId, role: 'address' }] }),
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
