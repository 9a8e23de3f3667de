/**
 * The CDN purge: after a write that changed pages has committed, each URL of
 * the purgeUrls setting receives the changed paths; after a rolled-back
 * write, nothing. "Nothing" is proven, not timed: a later write that commits
 * is purged, and by then the one before it would have been (purges are sent
 * in commit order, before the write's caller gets its answer).
 */
import { createServer, type Server } from 'http';
import { meetingData } from './helpers/fixtures';
import { useTestApp } from './helpers/app';
import { type TestApp } from './helpers/strapi';

let app: TestApp;
useTestApp({}, (ready) => ({ app } = ready));
let server: Server;
const received: Array<{ paths: string[] }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += String(chunk)));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  app.strapi.config.set('plugin::newsroom.purgeUrls', [`http://127.0.0.1:${address.port}/purge`]);
  app.strapi.config.set('plugin::newsroom.frontendUrls', { meeting: 'https://news.example.org/meetings/{slug}' });
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** Resolves once the purge server has received `path`; fails after 20 s (the purge is sent before the write returns, so it is normally already there). */
const purgeOf = async (path: string): Promise<void> => {
  const deadline = Date.now() + 20_000;
  while (!received.some((r) => r.paths.includes(path))) {
    if (Date.now() > deadline) throw new Error(`no purge of ${path}; received ${JSON.stringify(received)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const bySlug = (slug: string) => `/api/newsroom/meetings/by-slug/${slug}?locale=zh-Hans`;
const meetings = () => app.strapi.documents('plugin::newsroom.meeting') as any;

it('posts the changed paths after the commit', async () => {
  received.length = 0;
  const meeting = await meetings().create({ data: meetingData({ title: '要清除缓存的会议' }), status: 'published' });
  await purgeOf(bySlug(meeting.slug));
  const paths = received.flatMap((r) => r.paths);
  expect(paths).toEqual(
    expect.arrayContaining([
      `/api/newsroom/meetings/by-slug/${meeting.slug}?locale=zh-Hans`,
      `https://news.example.org/meetings/${meeting.slug}`,
      '/api/newsroom/feeds/rss.xml',
      '/api/newsroom/sitemap.xml',
    ])
  );

  received.length = 0;
  await meetings().unpublish({ documentId: meeting.documentId });
  await purgeOf(bySlug(meeting.slug));
});

it('posts nothing for a write that is rolled back, nor for one refused', async () => {
  const meeting = await meetings().create({ data: meetingData({ title: '回滚不清除的会议' }), status: 'published' });
  await purgeOf(bySlug(meeting.slug));
  received.length = 0;
  await expect(
    app.strapi.db.transaction(async () => {
      await meetings().update({ documentId: meeting.documentId, data: { venue: '回滚的会场' }, status: 'published' });
      throw new Error('rolled back on purpose');
    })
  ).rejects.toThrow('rolled back on purpose');
  await expect(meetings().update({ documentId: meeting.documentId, data: { heldOn: 'not a date' }, status: 'published' })).rejects.toThrow();
  // The signal: a write that commits after them is purged; whatever the two before had sent would be here by now.
  const later = await meetings().create({ data: meetingData({ title: '回滚之后提交的会议' }), status: 'published' });
  await purgeOf(bySlug(later.slug));
  expect(received.length).toBeGreaterThan(0);
  for (const request of received) expect(request.paths).toContain(bySlug(later.slug));
  expect(received.flatMap((r) => r.paths).filter((path) => path.includes(meeting.slug))).toEqual([]);
});
