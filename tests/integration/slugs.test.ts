/**
 * Slugs for Chinese titles, unique per type and locale under concurrency:
 * within one process (Document Service, REST) and, on PostgreSQL and
 * MariaDB/MySQL, across two Strapi processes sharing the database.
 */
import { spawn } from 'child_process';
import path from 'path';
import { createInterface } from 'readline';
import { createApiToken } from './helpers/auth';
import { TYPES, meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { skipOn } from './helpers/skip-on';
import { startTestApp, type TestApp } from './helpers/strapi';

const MEETING = 'plugin::newsroom.meeting';
const SEED_SLUG = '2023-nian-fu-tian-qu-can-gong-wei-di-yi-ci-quan-ti-hui-yi';

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp();
  token = await createApiToken(app.strapi);
});
afterAll(async () => {
  await app?.stop();
});

const meetings = () => app.strapi.documents(MEETING);
const expectDistinct = (slugs: string[], base: string, count: number) => {
  expect(new Set(slugs).size).toBe(count);
  expect(slugs).toContain(base);
  for (const slug of slugs) expect(slug).toMatch(new RegExp(`^${base}(-\\d+)?$`));
};

it('makes the content-model slugs from Chinese titles and names', async () => {
  const meeting = (await meetings().create({ data: meetingData() } as never)) as any;
  expect(meeting.slug).toBe(SEED_SLUG);
  const speaker = (await app.strapi.documents('plugin::newsroom.speaker').create({ data: { name: '罗念纯' } } as never)) as any;
  expect(speaker.slug).toBe('luo-nian-chun');
});

it('gives 50 meetings created at the same moment through the Document Service 50 distinct slugs', async () => {
  const title = '并发测试会议';
  const created = (await Promise.all(
    Array.from({ length: 50 }, () => meetings().create({ data: meetingData({ title }) } as never))
  )) as any[];
  expectDistinct(created.map((m) => m.slug), 'bing-fa-ce-shi-hui-yi', 50);
});

it('gives 20 concurrent REST creates 20 distinct slugs', async () => {
  const api = http(app.baseUrl, token);
  const responses = await Promise.all(
    Array.from({ length: 20 }, () => api.post('/api/newsroom/meetings?status=draft', { data: meetingData({ title: 'REST并发' }) }))
  );
  expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
  expectDistinct(responses.map((r) => r.body.data.slug), 'rest-bing-fa', 20);
});

it('makes a write that failed on a deadlock again in full: editorial rules and slug claim included', async () => {
  // A deadlock inside the editorial rules on the first attempt, as InnoDB raises under concurrent writers.
  const editorial = app.strapi.plugin('newsroom').service('editorial') as { checkWrite(input: { data?: { title?: string } }): Promise<unknown> };
  const checkWrite = editorial.checkWrite;
  let calls = 0;
  editorial.checkWrite = async (input) => {
    if (input.data?.title === '死锁后重试') {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error('Deadlock found when trying to get lock'), { code: 'ER_LOCK_DEADLOCK', errno: 1213 });
    }
    return checkWrite.call(editorial, input);
  };
  try {
    const created = (await meetings().create({ data: meetingData({ title: '死锁后重试' }), populate: { editorial: true } } as never)) as any;
    expect(calls).toBe(2); // the rules ran again on the retry
    expect(created.editorial.creditLine).toBe('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]'); // which derive the credit line
    expect(created.slug).toBe('si-suo-hou-chong-shi'); // and so did the slug claim
    expect(await meetings().count({ filters: { title: '死锁后重试' } } as never)).toBe(1);
  } finally {
    editorial.checkWrite = checkWrite;
  }
});

it('lets the en version of a document reuse its zh-Hans slug', async () => {
  const zh = (await meetings().create({ data: meetingData({ title: '双语会议' }) } as never)) as any;
  const en = (await meetings().update({ documentId: zh.documentId, locale: 'en', data: meetingData({ title: '双语会议', slug: zh.slug }) } as never)) as any;
  expect(en.slug).toBe(zh.slug);
});

it('keeps the slug when a published document gets a new title, and lets an editor change it by hand', async () => {
  const doc = (await meetings().create({ data: meetingData({ title: '发布后改标题' }), status: 'published' } as never)) as any;
  const retitled = (await meetings().update({ documentId: doc.documentId, data: { title: '改过的标题' } } as never)) as any;
  expect(retitled.slug).toBe(doc.slug);
  const handEdited = (await meetings().update({ documentId: doc.documentId, data: { slug: 'Futian 2023 会议' } } as never)) as any;
  expect(handEdited.slug).toBe('futian-2023-hui-yi');
});

it('moves the slug with the title while a document was never published', async () => {
  const doc = (await meetings().create({ data: meetingData({ title: '草稿标题' }) } as never)) as any;
  const retitled = (await meetings().update({ documentId: doc.documentId, data: { title: '新草稿标题' } } as never)) as any;
  expect(retitled.slug).toBe('xin-cao-gao-biao-ti');
});

it("refuses a hand-typed slug another document holds, and one with nothing usable in it", async () => {
  const first = (await meetings().create({ data: meetingData({ title: '占用' }) } as never)) as any;
  const second = (await meetings().create({ data: meetingData({ title: '另一个' }) } as never)) as any;
  const taken = await meetings()
    .update({ documentId: second.documentId, data: { slug: first.slug } } as never)
    .then(() => null, (e: any) => e);
  expect(taken?.details?.errors).toEqual([expect.objectContaining({ path: ['slug'], code: 'slug.taken' })]);
  const unusable = await meetings()
    .update({ documentId: second.documentId, data: { slug: '！？' } } as never)
    .then(() => null, (e: any) => e);
  expect(unusable?.details?.errors).toEqual([expect.objectContaining({ path: ['slug'], code: 'slug.invalid' })]);
});

it('frees the slugs of a deleted document', async () => {
  const doc = (await meetings().create({ data: meetingData({ title: '将被删除' }) } as never)) as any;
  await meetings().delete({ documentId: doc.documentId } as never);
  const again = (await meetings().create({ data: meetingData({ title: '将被删除' }) } as never)) as any;
  expect(again.slug).toBe(doc.slug);
});

it('takes the first free suffix, a freed one included, and keeps counting past the first round of candidates', async () => {
  const title = '空位测试';
  const base = 'kong-wei-ce-shi';
  const first = [] as any[];
  for (let i = 0; i < 3; i += 1) first.push(await meetings().create({ data: meetingData({ title }) } as never));
  expect(first.map((m) => m.slug)).toEqual([base, `${base}-2`, `${base}-3`]);
  await meetings().delete({ documentId: first[1].documentId } as never);
  const refill = (await meetings().create({ data: meetingData({ title }) } as never)) as any;
  expect(refill.slug).toBe(`${base}-2`);
  // A create tries the suffix after the last this process gave out, then the first few in one statement; the rounds after that read what is taken.
  const more = [] as string[];
  for (let i = 0; i < 16; i += 1) more.push(((await meetings().create({ data: meetingData({ title }) } as never)) as any).slug);
  expect(more).toEqual(Array.from({ length: 16 }, (_, i) => `${base}-${i + 4}`));
});

it('claims the slug of a title with many holders in one statement, and finds a freed suffix again', async () => {
  const title = '每周例会';
  const base = 'mei-zhou-li-hui';
  const slugs = [] as string[];
  const claimStatements = [] as number[];
  const countClaims = async () => {
    let count = 0;
    const listener = (query: { sql: string }) => {
      if (query.sql.includes('newsroom_slug_claims')) count += 1;
    };
    app.strapi.db.connection.on('query', listener);
    try {
      slugs.push(((await meetings().create({ data: meetingData({ title }) } as never)) as any).slug);
    } finally {
      app.strapi.db.connection.removeListener('query', listener);
    }
    // The claim, and its hand-over from the pending token to the new documentId.
    claimStatements.push(count);
  };
  for (let i = 0; i < 20; i += 1) await countClaims();
  expect(slugs).toEqual([base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`)]);
  // Every create after the first claims in one plain insert (plus the hand-over), not a failed statement, a read and an insert.
  // SQLite and PostgreSQL; MySQL has no INSERT … RETURNING, and its claims take turns on a lock row instead.
  if (app.strapi.db.dialect.client !== 'mysql') expect(claimStatements.slice(1)).toEqual(Array.from({ length: 19 }, () => 2));
  const freed = (await meetings().findFirst({ filters: { slug: `${base}-3` } } as never)) as any;
  await meetings().delete({ documentId: freed.documentId } as never);
  await countClaims();
  expect(slugs.at(-1)).toBe(`${base}-3`);
});

it.each(TYPES.map((t) => [t.plural, t] as const))('finds %s by slug over REST', async (_plural, type) => {
  const created = (await app.strapi.documents(type.uid as never).create({ data: type.data(), status: 'published' } as never)) as any;
  const res = await http(app.baseUrl).get(`/api/newsroom/${type.plural}?filters[slug][$eq]=${created.slug}`);
  expect(res.status).toBe(200);
  expect(res.body.data.map((d: any) => d.documentId)).toEqual([created.documentId]);
});

interface WriterReport {
  slugs: string[];
  /** [start, end] of each create, epoch milliseconds. */
  windows: Array<[number, number]>;
}

/**
 * Two writer processes (helpers/slug-writer.js) on this test's database. Each
 * boots, says ready and waits; once both are ready the test releases them
 * together, so a slow boot cannot make them run one after the other.
 */
const runTwoWriters = async (env: NodeJS.ProcessEnv): Promise<WriterReport[]> => {
  const writer = path.join(__dirname, 'helpers/slug-writer.js');
  const children = [0, 1].map(() => spawn(process.execPath, [writer], { env, stdio: ['pipe', 'pipe', 'pipe'] }));
  const lines = children.map((child) => {
    const queue: string[] = [];
    const waiters: Array<(line: string) => void> = [];
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const waiter = waiters.shift();
      if (waiter) waiter(line);
      else queue.push(line);
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const exited = new Promise<void>((resolve, reject) =>
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`slug writer ${child.pid} exited ${code}: ${stderr}`))))
    );
    /** The next JSON line the writer prints (its log lines are skipped). */
    const next = async (): Promise<Record<string, unknown>> => {
      for (;;) {
        const line = queue.shift() ?? (await Promise.race([new Promise<string>((resolve) => waiters.push(resolve)), exited.then(() => '')]));
        if (line === '') throw new Error(`slug writer ${child.pid} ended early: ${stderr}`);
        if (line.startsWith('{')) return JSON.parse(line) as Record<string, unknown>;
      }
    };
    return { child, next, exited };
  });
  try {
    await Promise.all(lines.map((l) => l.next())); // both booted and waiting
    for (const { child } of lines) child.stdin!.write('go\n');
    const reports = (await Promise.all(lines.map((l) => l.next()))) as unknown as WriterReport[];
    await Promise.all(lines.map((l) => l.exited));
    return reports;
  } finally {
    for (const { child } of lines) if (child.exitCode === null) child.kill();
  }
};

/** The moments a writer had at least one create in flight, as disjoint sorted intervals. */
const inFlight = (windows: Array<[number, number]>): Array<[number, number]> => {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...windows].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
};

/** How long both writers had writes in flight at the same moment, in ms. */
const overlapMs = ([a, b]: WriterReport[]): number => {
  let total = 0;
  for (const [aStart, aEnd] of inFlight(a!.windows)) {
    for (const [bStart, bEnd] of inFlight(b!.windows)) total += Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
  }
  return total;
};

// Two Strapi processes on one database server (the deadlock retry, strapi/retry-on-deadlock.ts, is for these).
skipOn(
  ['sqlite'],
  'SQLite is one file with one writer at a time: two processes cannot have write transactions in flight together, so there is nothing to interleave (and one Strapi process per SQLite file is the supported setup)'
)('gives two Strapi processes on one database, released together to create 25 same-title meetings each, 50 distinct slugs', async () => {
  const env = { ...process.env, ...app.database.env, TITLE: '多进程会议', COUNT: '25', STRAPI_LOG_LEVEL: 'error' };
  const reports = await runTwoWriters(env);
  for (const report of reports) expect(report.windows).toHaveLength(25);
  // the writers overlapped: there was a moment when both had writes in flight
  const overlap = overlapMs(reports);
  console.info(`two writers: ${overlap.toFixed(0)} ms with writes in flight in both processes`);
  expect(overlap).toBeGreaterThan(0);
  expectDistinct(reports.flatMap((r) => r.slugs), 'duo-jin-cheng-hui-yi', 50);
  const stored = (await meetings().findMany({ filters: { title: '多进程会议' }, fields: ['slug'], limit: 100 } as never)) as Array<{ slug: string }>;
  expect(stored.map((m) => m.slug).sort()).toEqual(reports.flatMap((r) => r.slugs).sort());
}, 300_000); // two more Strapi boots on a shared machine
