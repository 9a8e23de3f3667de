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
 * error those drivers raise. On MariaDB a second test provokes a real InnoDB
 * deadlock there instead: the write locks one row and waits for another that
 * a second connection holds while waiting for the first.
 */
import { toSlug } from '../../src/plugins/newsroom/server/src/editorial/slug';
import { meetingData, seedEditorial } from './helpers/fixtures';
import { skipOn } from './helpers/skip-on';
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

const onMariaDb = skipOn(['sqlite', 'postgres'], 'it provokes InnoDB’s own deadlock detector; the other databases are covered by the injected deadlock above');
onMariaDb('survives a real InnoDB deadlock at the write', async () => {
  const knex = app.strapi.db.connection;
  await knex.schema.createTable('newsroom_test_deadlock', (table) => {
    table.integer('id').primary();
    table.integer('value');
  });
  await knex('newsroom_test_deadlock').insert([{ id: 1, value: 0 }, { id: 2, value: 0 }]);
  const other = await knex.transaction();
  try {
    // The other transaction is the heavier one, so InnoDB rolls the newsroom write back, not it.
    await other('newsroom_test_deadlock').insert(Array.from({ length: 200 }, (_, i) => ({ id: 100 + i, value: i })));
    await other('newsroom_test_deadlock').where({ id: 2 }).update({ value: 1 });
    // Strapi's nested transaction joins the write's: these statements run in it.
    strikeFirstAttempt = () =>
      app.strapi.db.transaction(async ({ trx }) => {
        await trx('newsroom_test_deadlock').where({ id: 1 }).update({ value: 2 });
        // Now the other transaction waits for row 1, and this write for row 2: a cycle.
        const otherWaits = other('newsroom_test_deadlock').where({ id: 1 }).update({ value: 3 });
        otherWaits.then(undefined, () => undefined);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await trx('newsroom_test_deadlock').where({ id: 2 }).update({ value: 2 });
      });
    const title = '真正死锁的会议';
    const created = await app.strapi.documents(MEETING).create({ data: pastedCredits(title), status: 'draft' });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    await expectOneCleanMeeting(title, created.documentId);
  } finally {
    strikeFirstAttempt = undefined;
    await other.rollback().catch(() => undefined);
    await knex.schema.dropTableIfExists('newsroom_test_deadlock');
  }
});
