/**
 * A newsroom write that the database rolls back as a deadlock victim is run
 * again from the caller's original params, through every middleware: the
 * rules normalize and check it again, the slug hook claims again, and what
 * the failed attempt claimed went with its rollback.
 *
 * Where the deadlock strikes: a middleware added after the plugin's runs
 * inside the write's transaction after the rules and the slug hook, at the
 * moment of the write itself — where InnoDB's or PostgreSQL's deadlock
 * detector rolls a transaction back — and fails the first attempt with the
 * error those drivers raise. A third test has each database refuse the write
 * itself, with no error thrown from JavaScript: a real InnoDB deadlock on
 * MariaDB, a real deadlock on PostgreSQL (the write locks one row and waits
 * for another that a second connection holds while waiting for the first),
 * and on SQLite a real "database is locked" (SQLITE_BUSY) while a second
 * connection holds the file's write lock.
 */
import { toSlug } from '../../src/plugins/newsroom/server/src/editorial/slug';
import { meetingData, seedEditorial } from './helpers/fixtures';
import { startTestApp, type TestApp } from './helpers/strapi';

const MEETING = 'plugin::newsroom.meeting';
const CLAIMS = 'newsroom_slug_claims';

interface Seen {
  params: { data: { slug?: string; editorial: { credits: Array<{ role: string; name: string }> } } };
}

let app: TestApp;
let seen: Seen[] = [];
/** What the next create of a meeting does at the moment of its write, on its first attempt. */
let strikeFirstAttempt: (() => Promise<void>) | undefined;

beforeAll(async () => {
  app = await startTestApp();
  app.strapi.documents.use(async (context, next) => {
    if (context.uid !== MEETING || context.action !== 'create') return next();
    seen.push({ params: structuredClone(context.params) as Seen['params'] });
    const strike = strikeFirstAttempt;
    strikeFirstAttempt = undefined;
    if (strike) await strike();
    return next();
  });
});
afterAll(async () => {
  await app?.stop();
});
beforeEach(() => {
  seen = [];
});

/** The seed meeting, with its credits pasted as one line into one credit's name: the rules split it. */
const pastedCredits = (title: string) =>
  meetingData({ title: `  ${title}  `, editorial: { ...seedEditorial(), credits: [{ role: 'reporter', name: '田也' }, { role: 'editor', name: '[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]' }] } });

const deadlock = () => Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { code: 'ER_LOCK_DEADLOCK', errno: 1213 });

const expectOneCleanMeeting = async (title: string, documentId: string) => {
  const rows = await app.strapi.db.query(MEETING).findMany({ where: { title } });
  expect(rows).toHaveLength(1);
  const claims = await app.strapi.db.connection(CLAIMS).where({ content_type: MEETING }).andWhere('slug', 'like', `${rows[0].slug}%`);
  expect(claims.map((claim: { slug: string; document_id: string }) => [claim.slug, claim.document_id])).toEqual([[rows[0].slug, documentId]]);
};

it('runs the rules and the slug claim again on a retried write, from the caller’s params', async () => {
  strikeFirstAttempt = async () => {
    throw deadlock();
  };
  const title = '重试的会议';
  const created = await app.strapi.documents(MEETING).create({ data: pastedCredits(title), status: 'draft' });

  // Two attempts reached the write: both after the rules (credits split, title trimmed) and the slug hook.
  expect(seen).toHaveLength(2);
  for (const attempt of seen) {
    expect(attempt.params.data.editorial.credits.map((c) => `${c.role}:${c.name}`)).toEqual([
      'reporter:田也',
      'editor:陈飞',
      'editor:陈苏雅',
      'responsible-editor:郑晓鹏',
    ]);
    expect(attempt.params.data.slug).toBe(toSlug(title));
  }
  expect(created).toMatchObject({ title, slug: toSlug(title) });
  await expectOneCleanMeeting(title, created.documentId);
});

it('gives up after a bounded number of attempts and leaves nothing behind', async () => {
  let strikes = 0;
  const always = async () => {
    strikes += 1;
    strikeFirstAttempt = always; // every attempt fails
    throw deadlock();
  };
  strikeFirstAttempt = always;
  await expect(app.strapi.documents(MEETING).create({ data: pastedCredits('永远死锁的会议'), status: 'draft' })).rejects.toMatchObject({ code: 'ER_LOCK_DEADLOCK' });
  strikeFirstAttempt = undefined;
  expect(strikes).toBe(6);
  expect(await app.strapi.db.query(MEETING).count({ where: { title: '永远死锁的会议' } })).toBe(0);
  expect(await app.strapi.db.connection(CLAIMS).where({ slug: toSlug('永远死锁的会议') })).toEqual([]);
});

/** The database's own lock errors, as its driver raised them from a query (an error thrown from JavaScript raises none). */
const lockErrorsOfQueries = (): { codes: string[]; stop(): void } => {
  const codes: string[] = [];
  const listener = (error: { code?: unknown }) => {
    if (typeof error?.code === 'string') codes.push(error.code);
  };
  app.strapi.db.connection.client.on('query-error', listener);
  return { codes, stop: () => app.strapi.db.connection.client.removeListener('query-error', listener) };
};

/**
 * A real deadlock on a server database: the write (inside its transaction, at the moment of the write)
 * locks row 1 and waits for row 2, which another transaction holds while it waits for row 1.
 * Each database's own detector picks the write as its victim: InnoDB the lighter transaction (the
 * other one has written 200 rows first), PostgreSQL the transaction whose deadlock_timeout runs out
 * first (the other one waits 60 s before it looks).
 */
const provokeDeadlock = async (create: () => Promise<{ documentId: string }>) => {
  const knex = app.strapi.db.connection;
  const table = 'newsroom_test_deadlock';
  await knex.schema.createTable(table, (t) => {
    t.integer('id').primary();
    t.integer('value');
  });
  await knex(table).insert([{ id: 1, value: 0 }, { id: 2, value: 0 }]);
  const other = await knex.transaction();
  try {
    if (app.database.kind === 'postgres') await other.raw("SET LOCAL deadlock_timeout = '60s'");
    await other(table).insert(Array.from({ length: 200 }, (_, i) => ({ id: 100 + i, value: i })));
    await other(table).where({ id: 2 }).update({ value: 1 });
    // Strapi's nested transaction joins the write's: these statements run in it.
    strikeFirstAttempt = () =>
      app.strapi.db.transaction(async ({ trx }) => {
        await trx(table).where({ id: 1 }).update({ value: 2 });
        // The other transaction now waits for row 1 (a positive signal: its wait shows in the server's lock table)…
        const otherWaits = other(table).where({ id: 1 }).update({ value: 3 });
        otherWaits.then(undefined, () => undefined);
        await waitUntilBlocked(knex);
        // …and this write for row 2: a cycle.
        await trx(table).where({ id: 2 }).update({ value: 2 });
      });
    return await create();
  } finally {
    strikeFirstAttempt = undefined;
    await other.rollback().catch(() => undefined);
    await knex.schema.dropTableIfExists(table);
  }
};

/** Resolves once some session of this database waits for a row lock. */
const waitUntilBlocked = async (knex: TestApp['strapi']['db']['connection']) => {
  const sql =
    app.database.kind === 'postgres'
      ? "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
      : 'SELECT count(*) AS n FROM information_schema.innodb_trx WHERE trx_state = \'LOCK WAIT\'';
  for (let i = 0; i < 500; i += 1) {
    const result = await knex.raw(sql);
    const rows = app.database.kind === 'postgres' ? result.rows : result[0];
    if (Number(rows[0].n) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the other transaction never waited for the row lock');
};

/**
 * A real SQLITE_BUSY: a second connection to the file holds the write lock
 * (BEGIN IMMEDIATE) when the write starts; the write waits better-sqlite3's
 * busy timeout, fails with "database is locked", and the second connection
 * lets go on that very error, so the retry finds the file free.
 */
const provokeBusyFile = async (create: () => Promise<{ documentId: string }>) => {
  const Database = (await import('better-sqlite3')).default;
  const holder = new Database(app.database.env.DATABASE_FILENAME);
  const release = (error: { code?: unknown }) => {
    if (error?.code === 'SQLITE_BUSY' && holder.inTransaction) holder.exec('COMMIT');
  };
  app.strapi.db.connection.client.on('query-error', release);
  try {
    holder.exec('BEGIN IMMEDIATE');
    return await create();
  } finally {
    app.strapi.db.connection.client.removeListener('query-error', release);
    if (holder.inTransaction) holder.exec('ROLLBACK');
    holder.close();
  }
};

const OWN_LOCK_ERROR = { sqlite: 'SQLITE_BUSY', postgres: '40P01', mysql: 'ER_LOCK_DEADLOCK' } as const;

it('survives a real lock error of its database at the write (InnoDB or PostgreSQL deadlock, SQLite busy file)', async () => {
  const title = '真正锁冲突的会议';
  const errors = lockErrorsOfQueries();
  const create = () => app.strapi.documents(MEETING).create({ data: pastedCredits(title), status: 'draft' });
  let created: { documentId: string };
  try {
    created = app.database.kind === 'sqlite' ? await provokeBusyFile(create) : await provokeDeadlock(create);
  } finally {
    errors.stop();
  }
  // The database itself refused the first attempt (not an error thrown from JavaScript), and the retry wrote the meeting once.
  expect(errors.codes).toContain(OWN_LOCK_ERROR[app.database.kind]);
  expect(seen.length).toBeGreaterThanOrEqual(1);
  await expectOneCleanMeeting(title, created.documentId);
});
