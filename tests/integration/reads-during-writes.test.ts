/**
 * Public reads do not wait for writes (issue 21): a by-slug read, and the
 * public role's permission lookup before it, are answered while a write's
 * transaction is open and holds the page's row, with what was committed
 * before it (PostgreSQL and MariaDB: the pool's other connections, no lock
 * taken by the read; SQLite: the plugin's read-only connection,
 * strapi/sqlite-reader.ts). And a write that never waits on anything but its
 * own queries does not hold the process until it ends (on SQLite every query
 * answers synchronously: strapi/sqlite-turns.ts).
 */
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { outboxOf } from './helpers/outbox';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

const docs = (kind: string) => app.strapi.documents(`plugin::newsroom.${kind}` as never) as any;
const get = (path: string) => http(app.baseUrl).get(path);

/** `work`'s answer, or a failure saying what it waited for when it takes longer than `ms`. */
const within = <T>(ms: number, work: Promise<T>, what: string): Promise<T> =>
  Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(what)), ms))]);

it("answers a by-slug read while a write's transaction is open, with the committed page", async () => {
  const meeting = await docs('meeting').create({ data: meetingData({ title: '读写并行的会议' }), status: 'published' });
  await outboxOf(app.strapi).drain();
  const path = `/api/newsroom/meetings/by-slug/${meeting.slug}?locale=zh-Hans`;
  expect((await get(path)).body.data.title).toBe('读写并行的会议');

  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let began!: () => void;
  const writing = new Promise<void>((resolve) => {
    began = resolve;
  });
  // A write that changes the stored page and stays open: on SQLite it holds the write lock and Strapi's one connection.
  const write = app.strapi.db.transaction(async ({ trx }: { trx: any }) => {
    const row = await trx('newsroom_pages').where({ kind: 'meeting', document_id: meeting.documentId }).first();
    const json = JSON.parse(row.json);
    json.data.title = '尚未提交的标题';
    await trx('newsroom_pages').where({ id: row.id }).update({ json: JSON.stringify(json) });
    began();
    await held;
  });
  try {
    await writing;
    const read = await within(10_000, get(path), 'the by-slug read waited for the write to commit');
    expect(read.status).toBe(200);
    expect(read.body.data.title).toBe('读写并行的会议');
  } finally {
    release();
    await write;
  }
  // Committed now: the next read sees it.
  expect((await get(path)).body.data.title).toBe('尚未提交的标题');
}, 60_000);

it('answers a by-slug read between the queries of a write that waits on nothing else', async () => {
  const meeting = await docs('meeting').create({ data: meetingData({ title: '长事务中的会议' }), status: 'published' });
  await outboxOf(app.strapi).drain();
  const path = `/api/newsroom/meetings/by-slug/${meeting.slug}?locale=zh-Hans`;
  expect((await get(path)).body.data.title).toBe('长事务中的会议');

  let answered: { status: number; title: string } | undefined;
  let queries = 0;
  let waitedForTheWrite = true;
  const GIVE_UP_MS = 3000;
  // A write of many small queries, each awaited, nothing else awaited: on SQLite each answers at once, so
  // without turns between them the read below is not even taken in until the loop gives up.
  await app.strapi.db.transaction(async ({ trx }: { trx: any }) => {
    const row = await trx('newsroom_pages').where({ kind: 'meeting', document_id: meeting.documentId }).first();
    const json = JSON.parse(row.json);
    json.data.title = '长事务尚未提交';
    await trx('newsroom_pages').where({ id: row.id }).update({ json: JSON.stringify(json) });
    void get(path).then((response) => {
      answered = { status: response.status, title: response.body?.data?.title };
    });
    const started = Date.now();
    while (answered === undefined && Date.now() - started < GIVE_UP_MS) {
      await trx('newsroom_pages').where({ id: row.id }).first('id');
      queries += 1;
    }
    waitedForTheWrite = answered === undefined;
  });
  expect({ waitedForTheWrite, queriesBeforeTheAnswer: queries > 0 }).toEqual({ waitedForTheWrite: false, queriesBeforeTheAnswer: true });
  expect(answered).toEqual({ status: 200, title: '长事务中的会议' });
  expect((await get(path)).body.data.title).toBe('长事务尚未提交');
}, 60_000);
