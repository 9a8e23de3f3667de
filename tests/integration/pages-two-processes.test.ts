/**
 * Two Strapi processes on one database, as behind a load balancer: every
 * write made through process A (publish, correction, unpublish, delete) is
 * what process B answers on its very next request, with no waiting — the
 * stored page is the shared truth, no process keeps its own copy.
 */
import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import { createInterface } from 'readline';
import { meetingData } from './helpers/fixtures';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
let other: { child: ChildProcess; baseUrl: string; exited: Promise<void>; close(): void };

/** Process B: helpers/page-server.js on this test's database; resolves once it listens. */
const startOther = async (): Promise<typeof other> => {
  const env = { ...process.env, ...app.database.env, HOST: '127.0.0.1', PORT: '0', STRAPI_LOG_LEVEL: 'error' };
  const child = spawn(process.execPath, [path.join(__dirname, 'helpers/page-server.js')], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line.startsWith('{"port"')) resolve((JSON.parse(line) as { port: number }).port);
    });
    void exited.then(() => reject(new Error(`process B ended before listening: ${stderr}`)));
  });
  const close = () => {
    lines.close();
    child.stdout!.destroy();
    child.stderr!.destroy();
  };
  return { child, baseUrl: `http://127.0.0.1:${port}`, exited, close };
};

beforeAll(async () => {
  app = await startTestApp();
  other = await startOther();
}, 180_000);
afterAll(async () => {
  if (other && other.child.exitCode === null) {
    other.child.stdin!.end('stop\n');
    await Promise.race([other.exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    if (other.child.exitCode === null) other.child.kill();
  }
  other?.close();
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
