/**
 * Two Strapi processes on one database, as behind a load balancer: every
 * write made through process A (publish, correction, unpublish, delete) is
 * what process B answers on its very next request, with no waiting — the
 * stored page is the shared truth, no process keeps its own copy.
 */
import { meetingData } from './helpers/fixtures';
import { startOtherProcess, type OtherProcess } from './helpers/other-process';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
/** Process B: helpers/page-server.js on this test's database. */
let other: OtherProcess;

beforeAll(async () => {
  app = await startTestApp();
  other = await startOtherProcess(app);
}, 180_000);
afterAll(async () => {
  await other?.stop();
  await app?.stop();
});

const meetings = () => app.strapi.documents('plugin::newsroom.meeting');
const onB = async (slug: string) => {
  const response = await fetch(`${other.baseUrl}/api/newsroom/meetings/by-slug/${slug}?locale=zh-Hans`, { redirect: 'manual' });
  return { status: response.status, body: response.status === 200 ? ((await response.json()) as { data: Record<string, unknown> }) : null, response };
};

it("shows every write made through A on B's very next request", async () => {
  // Publish through A.
  const created = (await meetings().create({ data: meetingData({ title: '两个进程的会议', venue: '第一会场' }), status: 'published' } as never)) as {
    documentId: string;
    slug: string;
  };
  const first = await onB(created.slug);
  expect(first.status).toBe(200);
  expect(first.body?.data).toMatchObject({ documentId: created.documentId, venue: '第一会场' });
  const firstTag = first.response.headers.get('etag');

  // A correction (a draft change, then published) through A.
  await meetings().update({ documentId: created.documentId, data: { venue: '更正后的会场' } } as never);
  await meetings().publish({ documentId: created.documentId } as never);
  const corrected = await onB(created.slug);
  expect(corrected.status).toBe(200);
  expect(corrected.body?.data.venue).toBe('更正后的会场');
  expect(corrected.response.headers.get('etag')).not.toBe(firstTag);
  // B answers 304 only for the new version, even when the client also says no-cache.
  const stale = await fetch(`${other.baseUrl}/api/newsroom/meetings/by-slug/${created.slug}?locale=zh-Hans`, {
    headers: { 'If-None-Match': firstTag ?? '', 'Cache-Control': 'no-cache' },
  });
  expect(stale.status).toBe(200);

  // Unpublish through A: gone on B.
  await meetings().unpublish({ documentId: created.documentId } as never);
  expect((await onB(created.slug)).status).toBe(404);

  // Published again, then deleted through A: gone on B.
  await meetings().publish({ documentId: created.documentId } as never);
  expect((await onB(created.slug)).status).toBe(200);
  await meetings().delete({ documentId: created.documentId } as never);
  expect((await onB(created.slug)).status).toBe(404);
}, 120_000);
