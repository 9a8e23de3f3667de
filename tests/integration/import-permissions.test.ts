/**
 * The import route asks the content manager's own permission checker about
 * every document it will create, update or publish, before writing any:
 * Strapi's default Author imports drafts but may not publish, nor overwrite
 * an Editor's import by re-sending its sourceUrl; the Editor may do both.
 * The locale must be one i18n knows; what the import writes carries the
 * admin user as creator and updater; a report over `importLimits` is refused
 * before any write.
 */
import { adminUserWithRole, tickRoleLocales } from './helpers/auth';
import { http } from './helpers/http';
import { variantOfSeed } from '../fixtures/seed';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
let author: { token: string; id: number };
let editor: { token: string; id: number };
beforeAll(async () => {
  app = await startTestApp();
  author = await adminUserWithRole(app.strapi, app.baseUrl, 'author@newsroom.test', 'strapi-author');
  editor = await adminUserWithRole(app.strapi, app.baseUrl, 'editor-role@newsroom.test', 'strapi-editor');
  // As an administrator would in Settings → Roles: Strapi's default roles come without locales (and the Editor without publish).
  await tickRoleLocales(app.strapi, 'strapi-author', ['zh-Hans']);
  await tickRoleLocales(app.strapi, 'strapi-editor', ['zh-Hans', 'en'], ['plugin::content-manager.explorer.publish']);
});
afterAll(async () => {
  await app?.stop();
});

const TABLES = ['newsroom_meetings', 'newsroom_achievements', 'newsroom_street_cases', 'newsroom_speakers', 'newsroom_slug_claims', 'newsroom_imports'];
/** Every row of the import's tables, so that "nothing changed" also covers updates in place. */
const snapshot = async () => {
  const rows: Record<string, unknown[]> = {};
  for (const table of TABLES) rows[table] = await app.strapi.db.connection(table).select('*').orderBy('id');
  return rows;
};
const importAs = (who: { token: string }, body: Record<string, unknown>) => http(app.baseUrl, who.token).post('/newsroom/import', body);

const KINDS = ['meeting', 'achievement', 'street-case', 'speaker'] as const;
/** createdBy and updatedBy ids of every draft of a kind, by documentId. */
const creators = async (kind: (typeof KINDS)[number]) => {
  const rows = (await app.strapi.db.query(`plugin::newsroom.${kind}` as never).findMany({
    where: { publishedAt: null },
    select: ['documentId'],
    populate: { createdBy: { select: ['id'] }, updatedBy: { select: ['id'] } },
  })) as Array<{ documentId: string; createdBy: { id: number } | null; updatedBy: { id: number } | null }>;
  return new Map(rows.map((row) => [row.documentId, { createdBy: row.createdBy?.id ?? null, updatedBy: row.updatedBy?.id ?? null }]));
};

it('lets an Author import drafts, written as created and updated by the Author', async () => {
  // Only what this import creates is the Author's: other tests' imports (in any order) and the speakers it reuses are not.
  const before = new Map(await Promise.all(KINDS.map(async (kind) => [kind, new Set((await creators(kind)).keys())] as const)));
  const imported = await importAs(author, { text: variantOfSeed(1), fileName: 'a1.txt', sourceUrl: 'https://example.test/author-1' });
  expect(imported.status).toBe(200);
  expect(imported.body.data.status).toBe('created');
  const { counts, meeting } = imported.body.data as { counts: Record<string, number>; meeting: { documentId: string } };
  const expected = { meeting: 1, achievement: counts.achievements, 'street-case': counts.streetCases, speaker: counts.speakers - counts.speakersReused };
  expect(expected.achievement).toBeGreaterThan(0);
  for (const kind of KINDS) {
    const made = [...(await creators(kind))].filter(([documentId]) => !before.get(kind)!.has(documentId));
    expect(made).toHaveLength(expected[kind]);
    for (const [, who] of made) expect(who).toEqual({ createdBy: author.id, updatedBy: author.id });
  }
  expect(await app.strapi.documents('plugin::newsroom.meeting').findOne({ documentId: meeting.documentId, status: 'published' } as never)).toBeNull();
});

it('refuses an Author who asks to publish with 403, and changes no row', async () => {
  const before = await snapshot();
  const refused = await importAs(author, { text: variantOfSeed(2), fileName: 'a2.txt', publish: true });
  expect(refused.status).toBe(403);
  expect(refused.body.error.details.errors[0]).toMatchObject({ path: ['publish'], code: 'import.forbidden.publish' });
  expect(await snapshot()).toEqual(before);
});

it("refuses an Author who re-sends an Editor's sourceUrl with 403 and leaves the Editor's documents alone; the Editor may update and publish", async () => {
  const first = await importAs(editor, { text: variantOfSeed(3), fileName: 'e3.txt', sourceUrl: 'https://example.test/editor-3' });
  expect(first.status).toBe(200);
  const before = await snapshot();
  const overwrite = await importAs(author, { text: variantOfSeed(3), fileName: 'e3.txt', sourceUrl: 'https://example.test/editor-3' });
  expect(overwrite.status).toBe(403);
  expect(overwrite.body.error.details.errors[0]).toMatchObject({ path: ['sourceUrl'], code: 'import.forbidden.update' });
  expect(await snapshot()).toEqual(before);

  const again = await importAs(editor, { text: variantOfSeed(3), fileName: 'e3.txt', sourceUrl: 'https://example.test/editor-3', publish: true });
  expect(again.status).toBe(200);
  expect(again.body.data.status).toBe('updated');
  const meeting = (await creators('meeting')).get(first.body.data.meeting.documentId);
  expect(meeting).toEqual({ createdBy: editor.id, updatedBy: editor.id });
  const published = await app.strapi.documents('plugin::newsroom.meeting').findOne({ documentId: first.body.data.meeting.documentId, status: 'published' } as never);
  expect(published).not.toBeNull();
});

it('refuses the Author a locale its role does not hold, with 403 at path locale', async () => {
  const before = await snapshot();
  const refused = await importAs(author, { text: variantOfSeed(6), fileName: 'a6.txt', locale: 'en' });
  expect(refused.status).toBe(403);
  expect(refused.body.error.details.errors[0]).toMatchObject({ path: ['locale'], code: 'import.forbidden.create' });
  expect(await snapshot()).toEqual(before);
});

it('lets the Author re-import its own report (update permission on what it created)', async () => {
  // Its own first import here, not another test's: this test runs in any order.
  const first = await importAs(author, { text: variantOfSeed(7), fileName: 'a7.txt', sourceUrl: 'https://example.test/author-7' });
  expect(first.body.data.status).toBe('created');
  const again = await importAs(author, { text: variantOfSeed(7), fileName: 'a7.txt', sourceUrl: 'https://example.test/author-7' });
  expect(again.status).toBe(200);
  expect(again.body.data.status).toBe('updated');
});

it.each([
  ['an unknown locale', 'xx-YY'],
  ['a locale longer than any column', 'z'.repeat(300)],
])('refuses %s with 400 at path locale before any write', async (_label, locale) => {
  const before = await snapshot();
  const refused = await importAs(editor, { text: variantOfSeed(4), fileName: 'l.txt', locale });
  expect(refused.status).toBe(400);
  expect(refused.body.error.details.errors).toEqual([expect.objectContaining({ path: ['locale'], code: 'request.locale.unknown' })]);
  expect(await snapshot()).toEqual(before);
  const [{ n }] = await app.strapi.db.connection('i18n_locale').where({ code: locale }).count({ n: '*' });
  expect(Number(n)).toBe(0);
});

it('refuses a report over importLimits with 400 before any write', async () => {
  const limits = app.strapi.config.get('plugin::newsroom.importLimits');
  app.strapi.config.set('plugin::newsroom.importLimits', { speakers: 2, achievements: 200, streetCases: 200 });
  try {
    const before = await snapshot();
    const refused = await importAs(editor, { text: variantOfSeed(5), fileName: 'big.txt' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors).toEqual([expect.objectContaining({ path: ['speakers'], code: 'import.too-many-speakers' })]);
    expect(await snapshot()).toEqual(before);
  } finally {
    app.strapi.config.set('plugin::newsroom.importLimits', limits);
  }
  expect((await importAs(editor, { text: variantOfSeed(5), fileName: 'big.txt' })).status).toBe(200);
});

it('indexes speakers by name and locale, which the import looks them up by', async () => {
  const inspector = (app.strapi.db.dialect as unknown as { schemaInspector: { getIndexes(table: string): Promise<Array<{ name: string; columns: string[] }>> } })
    .schemaInspector;
  const index = (await inspector.getIndexes('newsroom_speakers')).find((each) => each.name === 'newsroom_speakers_name_locale_idx');
  // PostgreSQL's inspector lists an index's columns in no particular order.
  expect([...(index?.columns ?? [])].sort()).toEqual(['locale', 'name', 'published_at']);
});
