/**
 * The pages' derived work through the outbox (issue 21): a write's own page
 * is stored in its transaction, the pages that show it are rebuilt after the
 * commit by workers in any process. Its jobs are rolled back with it; a
 * process killed with SIGKILL after the commit loses no work; two processes
 * draining one queue leave every page current; an unpublish is off every
 * public path even when its derived work fails.
 *
 * This process runs no worker of its own (NEWSROOM_OUTBOX_WORKERS=false):
 * derived work is done by the other processes, or by `drain()` here when a
 * test says so.
 */
import { createApiToken } from './helpers/auth';
import { meetingData, speakerData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startOtherProcess, type OtherProcess } from './helpers/other-process';
import { jobsOfType, outboxOf, pagesAreCurrent, type TestOutbox } from './helpers/outbox';
import { skipOn } from './helpers/skip-on';
import { startTestApp, type TestApp } from './helpers/strapi';

const ENV = {
  NEWSROOM_OUTBOX_WORKERS: 'false',
  NEWSROOM_OUTBOX_LEASE_MS: '3000',
  NEWSROOM_OUTBOX_RETRY_BASE_MS: '20',
  NEWSROOM_OUTBOX_MAX_ATTEMPTS: '2',
  NEWSROOM_OUTBOX_POLL_MS: '100',
};

let app: TestApp;
let outbox: TestOutbox;
let token: string;
const others: OtherProcess[] = [];

beforeAll(async () => {
  Object.assign(process.env, ENV);
  app = await startTestApp();
  outbox = outboxOf(app.strapi);
  token = await createApiToken(app.strapi);
}, 180_000);
afterAll(async () => {
  for (const other of others) await other.stop();
  await app?.stop();
  for (const name of Object.keys(ENV)) delete process.env[name];
}, 60_000);

const docs = (kind: string) => app.strapi.documents(`plugin::newsroom.${kind}` as never) as any;
/** A GET, sent again once when the server closed an idle keep-alive socket just as it went out (undici's "other side closed"). */
const getOnce = async (url: string): Promise<Response> => {
  try {
    return await fetch(url);
  } catch {
    return fetch(url);
  }
};
const page = async (baseUrl: string, plural: string, slug: string) => {
  const response = await getOnce(`${baseUrl}/api/newsroom/${plural}/by-slug/${slug}?locale=zh-Hans`);
  return { status: response.status, body: response.status === 200 ? ((await response.json()) as any) : null };
};
const jobCount = async () => Number(((await app.strapi.db.connection('newsroom_jobs').count({ n: '*' }).first()) as { n: number | string }).n);
const until = async (check: () => Promise<boolean>, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** A published speaker who spoke at `meetings` published meetings; the queue drained. */
const speakerWithMeetings = async (name: string, meetings: number) => {
  const speaker = await docs('speaker').create({ data: speakerData({ name }), status: 'published' });
  const created: any[] = [];
  for (let i = 0; i < meetings; i += 1) {
    created.push(
      await docs('meeting').create({
        data: meetingData({ title: `${name}发言的第${i + 1}次会议`, speeches: [{ speaker: speaker.documentId, role: 'address' }] }),
        status: 'published',
      })
    );
  }
  await outbox.drain();
  return { speaker, meetings: created };
};

it('rolls a write’s jobs back with it, and keeps them when it commits', async () => {
  const { speaker, meetings } = await speakerWithMeetings('回滚甲', 2);
  const before = await jobCount();
  await expect(
    app.strapi.db.transaction(async () => {
      await docs('speaker').update({ documentId: speaker.documentId, data: { name: '回滚乙' }, status: 'published' });
      throw new Error('rolled back on purpose');
    })
  ).rejects.toThrow('rolled back on purpose');
  expect(await jobCount()).toBe(before);
  expect((await page(app.baseUrl, 'speakers', speaker.slug)).body.data.name).toBe('回滚甲');

  await docs('speaker').update({ documentId: speaker.documentId, data: { name: '回滚丙' }, status: 'published' });
  // Read-your-writes: the speaker's own page at once; the meetings' pages after the workers.
  expect((await page(app.baseUrl, 'speakers', speaker.slug)).body.data.name).toBe('回滚丙');
  const fanOut = (await jobsOfType(app.strapi, 'pages.fan-out')).filter((job) => job.key === speaker.documentId && job.state === 'pending');
  expect(fanOut).toHaveLength(1);
  await outbox.drain();
  for (const meeting of meetings) expect((await page(app.baseUrl, 'meetings', meeting.slug)).body.data.speeches[0].speaker.name).toBe('回滚丙');
});

it('builds each page that shows a renamed speaker once for the rename', async () => {
  const { speaker, meetings } = await speakerWithMeetings('一次甲', 3);
  const versions = async () =>
    new Map(
      ((await app.strapi.db.connection('newsroom_page_versions').whereIn(
        'document_id',
        meetings.map((m) => m.documentId)
      )) as Array<Record<string, unknown>>).map((row) => [String(row.document_id), Number(row.version)])
    );
  const before = await versions();
  // The speaker's page shows these meetings and they show the speaker: one rebuild each, not one for each relation.
  await docs('speaker').update({ documentId: speaker.documentId, data: { name: '一次乙' }, status: 'published' });
  await outbox.drain();
  const after = await versions();
  expect(meetings.map((m) => (after.get(m.documentId) ?? 0) - (before.get(m.documentId) ?? 0))).toEqual(meetings.map(() => 1));
  for (const meeting of meetings) expect((await page(app.baseUrl, 'meetings', meeting.slug)).body.data.speeches[0].speaker.name).toBe('一次乙');
});

it('rebuilds a page that writes waiting in the queue all show once, not once for each', async () => {
  const { speaker } = await speakerWithMeetings('合并甲', 0);
  const version = async () =>
    Number(((await app.strapi.db.connection('newsroom_page_versions').where('document_id', speaker.documentId).first()) as { version: number | string }).version);
  const before = await version();
  const settings = app.strapi.config.get('plugin::newsroom.outbox') as Record<string, unknown>;
  // One job a claim: each fan-out runs while the next writes' jobs wait.
  app.strapi.config.set('plugin::newsroom.outbox', { ...settings, batchSize: 1 });
  try {
    for (const day of [1, 2, 3]) {
      await docs('meeting').create({
        data: meetingData({ title: `合并的第${day}次会议`, heldOn: `2023-02-0${day}`, speeches: [{ speaker: speaker.documentId, role: 'address' }] }),
        status: 'published',
      });
    }
    await outbox.drain();
  } finally {
    app.strapi.config.set('plugin::newsroom.outbox', settings);
  }
  expect((await version()) - before).toBe(1);
  expect((await page(app.baseUrl, 'speakers', speaker.slug)).body.data.speechesTotal).toBe(3);
});

it('takes an unpublished meeting off every public path even when its derived work fails', async () => {
  const { speaker, meetings } = await speakerWithMeetings('撤下甲', 2);
  const [gone, kept] = meetings;
  expect((await page(app.baseUrl, 'speakers', speaker.slug)).body.data.speeches.map((s: any) => s.meeting.documentId)).toContain(gone.documentId);
  const types = ['pages.rebuild', 'pages.fan-out'];
  const originals = types.map((type) => outbox.handlerOf(type));
  for (const type of types) {
    outbox.registerJobHandler(type, async () => {
      throw new Error('derived work broken on purpose');
    });
  }
  try {
    await docs('meeting').unpublish({ documentId: gone.documentId });
    // Every try of the derived work fails and is set aside.
    await until(
      async () => {
        await outbox.drain();
        return (await jobsOfType(app.strapi, 'pages.fan-out')).some((job) => job.key === gone.documentId && job.state === 'failed');
      },
      20_000,
      'the fan-out to fail'
    );
    const publicApi = http(app.baseUrl);
    expect((await page(app.baseUrl, 'meetings', gone.slug)).status).toBe(404);
    const shown = (await page(app.baseUrl, 'speakers', speaker.slug)).body.data.speeches.map((s: any) => s.meeting.documentId);
    expect(shown).not.toContain(gone.documentId);
    expect(shown).toContain(kept.documentId);
    expect((await publicApi.get(`/api/newsroom/meetings/${gone.documentId}`)).status).toBe(404);
    const rss = await getOnce(`${app.baseUrl}/api/newsroom/feeds/rss.xml`);
    expect(await rss.text()).not.toContain(gone.slug);
    const sitemap = await getOnce(`${app.baseUrl}/api/newsroom/sitemap.xml`);
    expect(await sitemap.text()).not.toContain(gone.slug);
    const failures = (await outbox.status()).failures;
    expect(failures.some((job) => job.lastError?.includes('derived work broken on purpose'))).toBe(true);
  } finally {
    types.forEach((type, index) => originals[index] && outbox.registerJobHandler(type, originals[index]));
  }
  for (const job of (await jobsOfType(app.strapi, 'pages.fan-out')).filter((row) => row.state === 'failed')) await outbox.retry(job.id);
  for (const job of (await jobsOfType(app.strapi, 'pages.rebuild')).filter((row) => row.state === 'failed')) await outbox.retry(job.id);
  await outbox.drain();
  expect((await pagesAreCurrent(app.strapi)).stale).toEqual([]);
});

it('loses no derived work when the process that committed the write is killed (SIGKILL) before its jobs run', async () => {
  const { speaker, meetings } = await speakerWithMeetings('被杀甲', 3);
  // Process A takes the write and runs no worker: its jobs wait in the table when it is killed.
  const writer = await startOtherProcess(app, { NEWSROOM_OUTBOX_WORKERS: 'false' });
  others.push(writer);
  const renamed = await http(writer.baseUrl, token).put(`/api/newsroom/speakers/${speaker.documentId}?status=published`, {
    data: { name: '被杀乙' },
  });
  expect(renamed.status).toBe(200);
  expect((await page(writer.baseUrl, 'speakers', speaker.slug)).body.data.name).toBe('被杀乙');
  await writer.kill();
  expect((await jobsOfType(app.strapi, 'pages.fan-out')).some((job) => job.key === speaker.documentId && job.state === 'pending')).toBe(true);
  expect((await page(app.baseUrl, 'meetings', meetings[0].slug)).body.data.speeches[0].speaker.name).toBe('被杀甲');

  // A restarted process (with workers) finishes the work on its own.
  const restarted = await startOtherProcess(app, { NEWSROOM_OUTBOX_WORKERS: 'true' });
  others.push(restarted);
  await until(
    async () => {
      for (const meeting of meetings) {
        if ((await page(restarted.baseUrl, 'meetings', meeting.slug)).body?.data.speeches[0].speaker.name !== '被杀乙') return false;
      }
      return true;
    },
    60_000,
    'the restarted process to rebuild the meetings'
  );

  // Killed while its worker may hold jobs: after the lease (3 s here) another process takes them over.
  const busy = await startOtherProcess(app, { NEWSROOM_OUTBOX_WORKERS: 'true' });
  others.push(busy);
  await restarted.stop();
  const again = await http(busy.baseUrl, token).put(`/api/newsroom/speakers/${speaker.documentId}?status=published`, { data: { name: '被杀丙' } });
  expect(again.status).toBe(200);
  await busy.kill();
  const survivor = await startOtherProcess(app, { NEWSROOM_OUTBOX_WORKERS: 'true' });
  others.push(survivor);
  await until(async () => Number((await outbox.status()).waiting + (await outbox.status()).running) === 0, 60_000, 'the queue to empty');
  for (const meeting of meetings) expect((await page(app.baseUrl, 'meetings', meeting.slug)).body.data.speeches[0].speaker.name).toBe('被杀丙');
  await survivor.stop();
  expect((await pagesAreCurrent(app.strapi)).stale).toEqual([]);
}, 240_000);

skipOn(['sqlite'], 'two processes writing one file at once: the editor’s write waited past SQLite’s 5 s busy timeout')(
  'builds each page once per change with two processes draining one queue, and leaves none older than the data',
  async () => {
    const { speaker, meetings } = await speakerWithMeetings('两个进程甲', 12);
    const versions = async () =>
      new Map(
        (
          (await app.strapi.db.connection('newsroom_page_versions').whereIn(
            'document_id',
            meetings.map((m) => m.documentId)
          )) as Array<Record<string, unknown>>
        ).map((row) => [String(row.document_id), Number(row.version)])
      );
    const before = await versions();
    const other = await startOtherProcess(app, { NEWSROOM_OUTBOX_WORKERS: 'true' });
    others.push(other);
    const names = ['两个进程乙', '两个进程丙', '两个进程丁', '两个进程戊'];
    // Renames one after the other while both processes (the other's worker, this one's drain) work the queue.
    const draining = (async () => {
      for (let round = 0; round < 20; round += 1) await outbox.drain();
    })();
    for (const name of names) await docs('speaker').update({ documentId: speaker.documentId, data: { name }, status: 'published' });
    await draining;
    await outbox.drain();
    await until(async () => Number((await outbox.status()).running) === 0, 30_000, 'the other process to finish');
    await outbox.drain();
    const after = await versions();
    for (const meeting of meetings) {
      const builds = (after.get(meeting.documentId) ?? 0) - (before.get(meeting.documentId) ?? 0);
      expect(builds).toBeGreaterThanOrEqual(1);
      // Once per change at most (renames made while a fan-out still waits coalesce into fewer builds).
      expect(builds).toBeLessThanOrEqual(names.length);
      expect((await page(other.baseUrl, 'meetings', meeting.slug)).body.data.speeches[0].speaker.name).toBe('两个进程戊');
    }
    await other.stop();
    expect((await pagesAreCurrent(app.strapi)).stale).toEqual([]);
  },
  240_000
);
