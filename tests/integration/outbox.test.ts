/**
 * The transactional outbox on a real Strapi and database: a job is written in
 * the transaction of the write that caused it, coalesces by key while no
 * worker has claimed it, is claimed by one worker only, retried with backoff
 * and then set aside as failed with its error, and is taken over when the
 * process that held it stopped renewing its lease.
 */
import { jobsOfType, outboxOf, type TestOutbox } from './helpers/outbox';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
let outbox: TestOutbox;

beforeAll(async () => {
  // Retries within milliseconds, so the test does not wait for them.
  process.env.NEWSROOM_OUTBOX_RETRY_BASE_MS = '20';
  process.env.NEWSROOM_OUTBOX_MAX_ATTEMPTS = '3';
  app = await startTestApp();
  outbox = outboxOf(app.strapi);
}, 180_000);
afterAll(async () => {
  await app?.stop();
  delete process.env.NEWSROOM_OUTBOX_RETRY_BASE_MS;
  delete process.env.NEWSROOM_OUTBOX_MAX_ATTEMPTS;
});

it('writes a job with the transaction it is enqueued in: rolled back with it, kept when it commits', async () => {
  const seen: unknown[] = [];
  outbox.registerJobHandler('test.tx', async (payload) => {
    seen.push(payload.n);
  });
  await expect(
    app.strapi.db.transaction(async () => {
      await outbox.enqueue({ type: 'test.tx', payload: { n: 1 } });
      throw new Error('the write fails');
    })
  ).rejects.toThrow('the write fails');
  expect(await jobsOfType(app.strapi, 'test.tx')).toHaveLength(0);

  await app.strapi.db.transaction(async () => {
    await outbox.enqueue({ type: 'test.tx', payload: { n: 2 } });
  });
  await outbox.drain();
  expect(seen).toEqual([2]);
  expect((await jobsOfType(app.strapi, 'test.tx')).map((job) => job.state)).toEqual(['done']);
});

it('coalesces pending jobs of one type and key (the earlier run-at, the latest payload), and not a claimed one', async () => {
  const runs: unknown[] = [];
  const later = new Date(Date.now() + 60_000);
  await outbox.enqueue({ type: 'test.key', key: 'page-1', payload: { v: 1 }, runAt: later });
  await outbox.enqueue({ type: 'test.key', key: 'page-1', payload: { v: 2 } });
  await outbox.enqueue({ type: 'test.key', key: 'page-2', payload: { v: 3 }, runAt: later });
  const pending = await jobsOfType(app.strapi, 'test.key');
  expect(pending).toHaveLength(2);
  expect(pending[0]).toMatchObject({ key: 'page-1', state: 'pending' });
  expect(JSON.parse(pending[0].payload)).toEqual({ v: 2 });
  expect(pending[0].run_at).toBeLessThan(later.getTime());

  // While a job of a key runs, a new change of that key gets a job of its own: the running one may have read the data before it.
  let release: () => void = () => {};
  const blocked = new Promise<void>((resolve) => {
    release = resolve;
  });
  outbox.registerJobHandler('test.key', async (payload) => {
    runs.push(payload.v);
    if (payload.v === 2) await blocked;
  });
  const draining = outbox.drain();
  while ((await jobsOfType(app.strapi, 'test.key')).every((job) => job.state !== 'running')) await new Promise((r) => setTimeout(r, 10));
  await outbox.enqueue({ type: 'test.key', key: 'page-1', payload: { v: 4 } });
  release();
  await draining;
  expect(runs).toEqual([2, 4]);
  const rows = await jobsOfType(app.strapi, 'test.key');
  expect(rows.filter((job) => job.key === 'page-1').map((job) => job.state)).toEqual(['done', 'done']);
  expect(rows.find((job) => job.key === 'page-2')?.state).toBe('pending');
});

it('gives each job to one worker only, however many claim at once', async () => {
  const runs = new Map<string, number>();
  outbox.registerJobHandler('test.once', async (payload) => {
    const id = String(payload.i);
    runs.set(id, (runs.get(id) ?? 0) + 1);
    await new Promise((resolve) => setTimeout(resolve, 2));
  });
  for (let i = 0; i < 60; i += 1) await outbox.enqueue({ type: 'test.once', payload: { i } });
  // Four drains at once, besides the app's own worker: every claim races with the others.
  await Promise.all([outbox.drain(), outbox.drain(), outbox.drain(), outbox.drain()]);
  expect(runs.size).toBe(60);
  expect([...runs.values()].every((count) => count === 1)).toBe(true);
});

it('retries a failing job with growing delays, then sets it aside as failed with its error; retry puts it back', async () => {
  let fail = true;
  const tries: number[] = [];
  outbox.registerJobHandler('test.fail', async (_payload, { job }) => {
    tries.push(Date.now());
    if (fail) throw new Error(`purge endpoint down (try ${job.attempts})`);
  });
  await outbox.enqueue({ type: 'test.fail', payload: {} });
  const deadline = Date.now() + 20_000;
  while ((await jobsOfType(app.strapi, 'test.fail'))[0].state !== 'failed' && Date.now() < deadline) {
    await outbox.drain();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const [failed] = await jobsOfType(app.strapi, 'test.fail');
  expect(failed).toMatchObject({ state: 'failed', attempts: 3 });
  expect(failed.last_error).toContain('purge endpoint down (try 3)');
  expect(tries).toHaveLength(3);
  // Backoff: the second wait is longer than the first (20 ms, then 40 ms, ±20 %).
  expect(tries[1] - tries[0]).toBeGreaterThanOrEqual(15);
  expect(tries[2] - tries[1]).toBeGreaterThanOrEqual(30);

  const status = await outbox.status();
  expect(status.failed).toBeGreaterThanOrEqual(1);
  expect(status.failures.find((job) => job.id === failed.id)?.lastError).toContain('purge endpoint down');

  fail = false;
  expect(await outbox.retry(failed.id)).toBe(true);
  await outbox.drain();
  expect((await jobsOfType(app.strapi, 'test.fail'))[0].state).toBe('done');
  expect(await outbox.retry(failed.id)).toBe(false);
});

it('takes over a job whose process stopped renewing its lease, and sets one aside that outlived its tries that way', async () => {
  const runs: unknown[] = [];
  await outbox.enqueue({ type: 'test.lease', payload: { n: 1 } });
  await outbox.enqueue({ type: 'test.lease', payload: { n: 2 } });
  await outbox.enqueue({ type: 'test.lease', payload: { n: 3 } });
  const [first, second, third] = await jobsOfType(app.strapi, 'test.lease');
  // Held by a process that died two minutes ago (the lease is one minute), and one held by a live worker just now.
  const dead = { state: 'running', locked_by: 'a-dead-process', locked_at: Date.now() - 120_000 };
  await app.strapi.db.connection('newsroom_jobs').where({ id: first.id }).update({ ...dead, attempts: 1 });
  await app.strapi.db.connection('newsroom_jobs').where({ id: second.id }).update({ ...dead, attempts: 3 });
  await app.strapi.db.connection('newsroom_jobs').where({ id: third.id }).update({ ...dead, locked_by: 'a-live-process', locked_at: Date.now(), attempts: 1 });
  // Handled from now on only: no worker could take the jobs before they were set up.
  outbox.registerJobHandler('test.lease', async (payload) => {
    runs.push(payload.n);
  });
  const deadline = Date.now() + 20_000;
  while ((await jobsOfType(app.strapi, 'test.lease'))[0].state !== 'done' && Date.now() < deadline) await outbox.runBatch();
  expect(runs).toEqual([1]);
  const rows = await jobsOfType(app.strapi, 'test.lease');
  expect(rows[0]).toMatchObject({ state: 'done', attempts: 2 });
  expect(rows[1].state).toBe('failed');
  expect(rows[1].last_error).toContain('lease expired');
  expect(rows[2]).toMatchObject({ state: 'running', attempts: 1 });
  await app.strapi.db.connection('newsroom_jobs').where({ id: third.id }).update({ state: 'cancelled' });
});

it('waits with a job whose run-at is later', async () => {
  const runs: unknown[] = [];
  outbox.registerJobHandler('test.later', async (payload) => {
    runs.push(payload.n);
  });
  await outbox.enqueue({ type: 'test.later', payload: { n: 1 }, runAt: new Date(Date.now() + 300) });
  await outbox.drain();
  expect(runs).toEqual([]);
  expect((await outbox.status()).later).toBeGreaterThanOrEqual(1);
  await new Promise((resolve) => setTimeout(resolve, 350));
  await outbox.drain();
  expect(runs).toEqual([1]);
});
