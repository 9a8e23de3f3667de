/**
 * The CDN purge: after a write that changed pages has committed, each URL of
 * the purgeUrls setting receives the changed paths (a job of the outbox, done
 * by a worker); after a rolled-back write, nothing. A purge URL that never
 * answers does not hold the save.
 */
import { createServer, type IncomingMessage, type Server } from 'http';
import { meetingData, speakerData } from './helpers/fixtures';
import { jobsOfType, outboxOf } from './helpers/outbox';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
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
  app = await startTestApp();
  app.strapi.config.set('plugin::newsroom.purgeUrls', [`http://127.0.0.1:${address.port}/purge`]);
  app.strapi.config.set('plugin::newsroom.frontendUrls', { meeting: 'https://news.example.org/meetings/{slug}' });
});
afterAll(async () => {
  await app?.stop();
  await new Promise((resolve) => server?.close(resolve));
});

/** The derived work of the writes so far done: the purges are jobs of the outbox. */
const settle = () => outboxOf(app.strapi).drain();
const meetings = () => app.strapi.documents('plugin::newsroom.meeting') as any;

it('posts the changed paths after the commit', async () => {
  received.length = 0;
  const meeting = await meetings().create({ data: meetingData({ title: '要清除缓存的会议' }), status: 'published' });
  await settle();
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
  await settle();
  expect(received.flatMap((r) => r.paths)).toContain(`/api/newsroom/meetings/by-slug/${meeting.slug}?locale=zh-Hans`);
});

it('names the sitemap index’s pages when the sitemap is an index, and the sitemap when a kind without feeds but with URLs changes', async () => {
  const size = app.strapi.config.get('plugin::newsroom.sitemapSize');
  const urls = app.strapi.config.get('plugin::newsroom.frontendUrls');
  app.strapi.config.set('plugin::newsroom.frontendUrls', { ...urls, speaker: 'https://news.example.org/people/{slug}' });
  try {
    await meetings().create({ data: meetingData({ title: '站点地图第一页的会议' }), status: 'published' });
    await settle();
    // Past one URL per document, the sitemap is an index: every page of it can move when a page comes or goes.
    const sitemap = await (await fetch(`${app.baseUrl}/api/newsroom/sitemap.xml`)).text();
    const stored = sitemap.split('<loc>').length - 1;
    expect(stored).toBeGreaterThan(0);
    app.strapi.config.set('plugin::newsroom.sitemapSize', 1);
    received.length = 0;
    const meeting = await meetings().create({ data: meetingData({ title: '站点地图索引里的会议' }), status: 'published' });
    await settle();
    const paths = received.flatMap((r) => r.paths);
    const pages = paths.filter((path) => /^\/api\/newsroom\/sitemap-\d+\.xml$/.test(path));
    // Every page there is now (one per stored page), and one more the change could have emptied.
    expect(pages.length).toBeGreaterThanOrEqual(stored + 1);
    expect(pages).toEqual(expect.arrayContaining(['/api/newsroom/sitemap-1.xml', `/api/newsroom/sitemap-${stored + 1}.xml`]));

    received.length = 0;
    await meetings().unpublish({ documentId: meeting.documentId });
    await settle();
    expect(received.flatMap((r) => r.paths)).toContain(`/api/newsroom/sitemap-${stored + 1}.xml`);

    // A speaker is in no feed, but in the sitemap.
    app.strapi.config.set('plugin::newsroom.sitemapSize', size);
    received.length = 0;
    await (app.strapi.documents('plugin::newsroom.speaker') as any).create({ data: speakerData({ name: '站点地图里的发言人' }), status: 'published' });
    await settle();
    const speakerPaths = received.flatMap((r) => r.paths);
    expect(speakerPaths).toContain('/api/newsroom/sitemap.xml');
    expect(speakerPaths).not.toContain('/api/newsroom/feeds/rss.xml');
  } finally {
    app.strapi.config.set('plugin::newsroom.sitemapSize', size);
    app.strapi.config.set('plugin::newsroom.frontendUrls', urls);
  }
});

it('posts nothing for a write that is rolled back, nor for one refused', async () => {
  const meeting = await meetings().create({ data: meetingData({ title: '回滚不清除的会议' }), status: 'published' });
  await settle();
  received.length = 0;
  await expect(
    app.strapi.db.transaction(async () => {
      await meetings().update({ documentId: meeting.documentId, data: { venue: '回滚的会场' }, status: 'published' });
      throw new Error('rolled back on purpose');
    })
  ).rejects.toThrow('rolled back on purpose');
  await expect(meetings().update({ documentId: meeting.documentId, data: { heldOn: 'not a date' }, status: 'published' })).rejects.toThrow();
  await settle();
  expect(received).toEqual([]);
});

it('answers the save while a purge URL that never answers still holds its request', async () => {
  const held: IncomingMessage[] = [];
  const silent = createServer((req) => {
    held.push(req);
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = silent.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const urls = app.strapi.config.get('plugin::newsroom.purgeUrls');
  app.strapi.config.set('plugin::newsroom.purgeUrls', [`http://127.0.0.1:${address.port}/purge`]);
  try {
    const meeting = await meetings().create({ data: meetingData({ title: '清除接口不回答的会议' }), status: 'published' });
    // The save has answered and its page is stored; the purge is still to do, or under way.
    const stored = await app.strapi.db.connection('newsroom_pages').where({ document_id: meeting.documentId }).first();
    expect(stored).toBeDefined();
    const purges = (await jobsOfType(app.strapi, 'pages.purge')).filter((job) => job.payload.includes(meeting.slug));
    expect(purges).toHaveLength(1);
    expect(['pending', 'running']).toContain(purges[0].state);
    // The worker does post it, after the save, and waits there instead of the editor.
    const deadline = Date.now() + 10_000;
    while (held.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(held.length).toBeGreaterThan(0);
  } finally {
    app.strapi.config.set('plugin::newsroom.purgeUrls', urls);
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  }
});
