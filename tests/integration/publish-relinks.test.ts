/**
 * Strapi 5's publish gives the document a new published row and moves the
 * one-way links that pointed at the old one; for links held by a component
 * (a speech's speaker) it asked, per link and inside the editor's
 * transaction, whether the component's document has drafts
 * (strapi/publish-relinks.ts batches that). A speaker's rename sends as many
 * queries whether 2 meetings or 10 name them, and every link ends where
 * Strapi's own check put it: published speeches on the published speaker,
 * draft speeches on the draft, none doubled. The links move in place
 * (strapi/one-way-links.ts): a rename re-points the same link rows, and a
 * run of publish, draft edit, discard and publish leaves them as Strapi's
 * own moves do.
 */
import path from 'node:path';
import { meetingData, speakerData } from './helpers/fixtures';
import { fewestQueriesDuring } from './helpers/query-count';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // The speaker's own page then shows a fixed number of speeches at both sizes.
  app.strapi.config.set('plugin::newsroom.pageListSize', 1);
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

const docs = (kind: string) => app.strapi.documents(`plugin::newsroom.${kind}` as never) as any;
let made = 0;
const meetingNaming = (speakerId: string, status: 'published' | 'draft' = 'published') => {
  made += 1;
  return docs('meeting').create({
    data: meetingData({
      title: `发言人改名测试第${made}次会议`,
      heldOn: `2023-03-${String(made).padStart(2, '0')}`, // before the seed's report date
      speeches: [
        { speaker: speakerId, role: 'address' },
        { speaker: speakerId, role: 'report' },
      ],
    }),
    status,
  });
};

it('sends as many queries to rename a speaker named by 10 meetings as by 2', async () => {
  const speaker = await docs('speaker').create({ data: speakerData({ name: '关改名' }), status: 'published' });
  const names = ['关一名', '关二名', '关三名', '关四名', '关五名', '关六名'];
  const rename = () => docs('speaker').update({ documentId: speaker.documentId, data: { name: names.shift() }, status: 'published' });
  for (let i = 0; i < 2; i += 1) await meetingNaming(speaker.documentId);
  const atTwo = await fewestQueriesDuring(app.strapi, rename);
  for (let i = 0; i < 8; i += 1) await meetingNaming(speaker.documentId);
  const atTen = await fewestQueriesDuring(app.strapi, rename);
  expect(atTen.count).toBe(atTwo.count);
  expect((await docs('speaker').findOne({ documentId: speaker.documentId, status: 'published' })).name).toBe('关六名');
}, 120_000);

it('leaves each speech linked to the speaker version of its own meeting version after a rename', async () => {
  const speaker = await docs('speaker').create({ data: speakerData({ name: '梁链接' }), status: 'published' });
  const published = await meetingNaming(speaker.documentId);
  const draftOnly = await meetingNaming(speaker.documentId, 'draft');
  await docs('speaker').update({ documentId: speaker.documentId, data: { name: '梁新名' }, status: 'published' });

  const db = app.strapi.db;
  const speakerRows = await db.query('plugin::newsroom.speaker').findMany({ where: { documentId: speaker.documentId }, select: ['id', 'publishedAt'] });
  const speakerIdOf = (isPublished: boolean) => speakerRows.find((row: any) => Boolean(row.publishedAt) === isPublished)!.id;
  const { joinTable } = (db.metadata.get('newsroom.speech').attributes as any).speaker;
  const linksOf = async (documentId: string) => {
    const meetings = await db
      .query('plugin::newsroom.meeting')
      .findMany({ where: { documentId }, select: ['id', 'publishedAt'], populate: { speeches: { select: ['id'] } } });
    return Promise.all(
      meetings.map(async (meeting: any) => ({
        isPublished: Boolean(meeting.publishedAt),
        targets: (
          await db
            .connection(joinTable.name)
            .whereIn(
              joinTable.joinColumn.name,
              meeting.speeches.map((speech: any) => speech.id)
            )
            .select(joinTable.inverseJoinColumn.name)
        ).map((row: any) => Number(row[joinTable.inverseJoinColumn.name])),
      }))
    );
  };

  const publishedLinks = await linksOf(published.documentId);
  expect(publishedLinks).toHaveLength(2);
  for (const { isPublished, targets } of publishedLinks) {
    expect(targets).toEqual([Number(speakerIdOf(isPublished)), Number(speakerIdOf(isPublished))]);
  }
  expect(await linksOf(draftOnly.documentId)).toEqual([{ isPublished: false, targets: [Number(speakerIdOf(false)), Number(speakerIdOf(false))] }]);

  const shown = await docs('meeting').findOne({ documentId: published.documentId, status: 'published', populate: { speeches: { populate: ['speaker'] } } });
  expect(shown.speeches.map((speech: any) => speech.speaker?.name)).toEqual(['梁新名', '梁新名']);
}, 120_000);

/** The SQL statements sent while `work` runs. */
const statementsDuring = async (work: () => Promise<unknown>): Promise<string[]> => {
  const sent: string[] = [];
  const listener = (query: { sql: string }) => sent.push(query.sql);
  app.strapi.db.connection.on('query', listener);
  try {
    await work();
  } finally {
    app.strapi.db.connection.removeListener('query', listener);
  }
  return sent;
};

it('moves the links of a rename in place: the same link rows, none inserted or deleted', async () => {
  const speaker = await docs('speaker').create({ data: speakerData({ name: '韩原地' }), status: 'published' });
  for (let i = 0; i < 3; i += 1) await meetingNaming(speaker.documentId);
  const { joinTable } = (app.strapi.db.metadata.get('newsroom.speech').attributes as any).speaker;
  const publishedSpeakerId = async () => (await docs('speaker').findOne({ documentId: speaker.documentId, status: 'published', fields: ['id'] })).id;
  const linkIdsTo = async (speakerId: unknown) =>
    (await app.strapi.db.connection(joinTable.name).where(joinTable.inverseJoinColumn.name, speakerId).pluck('id')).map(Number).sort((a: number, b: number) => a - b);
  const before = await linkIdsTo(await publishedSpeakerId());
  expect(before).toHaveLength(6);

  const sent = await statementsDuring(() => docs('speaker').update({ documentId: speaker.documentId, data: { name: '韩新地' }, status: 'published' }));
  const touching = sent.filter((sql) => sql.includes(joinTable.name));
  expect(touching.filter((sql) => /^\s*(insert|delete)\b/i.test(sql))).toEqual([]);
  expect(await linkIdsTo(await publishedSpeakerId())).toEqual(before);
}, 120_000);

/**
 * Strapi's own `load` and `sync`, from a fresh copy of its module, put in
 * place of the plugin's for the length of `work`: the baseline the in-place
 * moves must match.
 */
const withStrapisOwnMoves = async <T>(work: () => Promise<T>): Promise<T> => {
  const root = path.dirname(require.resolve('@strapi/core/package.json', { paths: [app.strapi.dirs.app.root] }));
  const file = path.join(root, 'dist/services/document-service/utils/unidirectional-relations.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module Strapi's publish calls through, in this registry
  const live = require(file);
  let own: { load: unknown; sync: unknown } | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy: Strapi's functions, not the plugin's
    own = require(file);
  });
  const plugin = { load: live.load, sync: live.sync };
  expect(own!.load).not.toBe(plugin.load);
  Object.assign(live, { load: own!.load, sync: own!.sync });
  try {
    return await work();
  } finally {
    Object.assign(live, plugin);
  }
};

/**
 * A speaker named by a published meeting (twice), a meeting that is only a
 * draft, and a meeting whose draft differs from its published version; the
 * speaker is renamed, edited as a draft, the draft discarded, renamed again.
 * Answers where every speech's link ends: per meeting and version, the
 * status and name of the speaker row it names, and how many link rows point
 * at the speaker's rows.
 */
const linkScenario = async (tag: string) => {
  const speaker = await docs('speaker').create({ data: speakerData({ name: `${tag}甲` }), status: 'published' });
  const published = await meetingNaming(speaker.documentId);
  const draftOnly = await meetingNaming(speaker.documentId, 'draft');
  const changed = await meetingNaming(speaker.documentId);
  await docs('meeting').update({ documentId: changed.documentId, data: { title: `${tag}改过的会议标题` }, status: 'draft' });
  const edit = (name: string, status: 'published' | 'draft') => docs('speaker').update({ documentId: speaker.documentId, data: { name: `${tag}${name}` }, status });
  await edit('乙', 'published');
  await edit('丙', 'draft');
  await docs('speaker').discardDraft({ documentId: speaker.documentId });
  await edit('丁', 'published');

  const db = app.strapi.db;
  const { joinTable } = (db.metadata.get('newsroom.speech').attributes as any).speaker;
  const speakerRows = await db.query('plugin::newsroom.speaker').findMany({ where: { documentId: speaker.documentId }, select: ['id', 'publishedAt', 'name'] });
  const describe = (id: unknown) => {
    const row = speakerRows.find((r: any) => Number(r.id) === Number(id));
    return row ? `${row.publishedAt ? 'published' : 'draft'}:${String(row.name).slice(tag.length)}` : `other:${id}`;
  };
  const state: Record<string, string[]> = {};
  for (const [label, meeting] of [['published', published], ['draftOnly', draftOnly], ['changed', changed]] as const) {
    const versions = await db.query('plugin::newsroom.meeting').findMany({ where: { documentId: meeting.documentId }, select: ['id', 'publishedAt'], populate: { speeches: { select: ['id'] } } });
    for (const version of versions) {
      const targets = await db
        .connection(joinTable.name)
        .whereIn(joinTable.joinColumn.name, version.speeches.map((s: any) => s.id))
        .pluck(joinTable.inverseJoinColumn.name);
      state[`${label}/${version.publishedAt ? 'published' : 'draft'}`] = targets.map(describe).sort();
    }
  }
  const total = await db.connection(joinTable.name).whereIn(joinTable.inverseJoinColumn.name, speakerRows.map((r: any) => r.id)).count({ n: '*' }).first();
  return { state, speakerRows: speakerRows.length, links: Number(total?.n) };
};

it("ends every link where Strapi's own moves put it, through publish, draft edit, discard and publish", async () => {
  const strapis = await withStrapisOwnMoves(() => linkScenario('斯'));
  const plugins = await linkScenario('普');
  expect(plugins).toEqual(strapis);
  // What Strapi's moves give, spelled out: each version's speeches name the speaker version of the same status, with its last name.
  expect(strapis.state).toEqual({
    'published/published': ['published:丁', 'published:丁'],
    'published/draft': ['draft:丁', 'draft:丁'],
    'draftOnly/draft': ['draft:丁', 'draft:丁'],
    'changed/published': ['published:丁', 'published:丁'],
    'changed/draft': ['draft:丁', 'draft:丁'],
  });
  expect(strapis.links).toBe(10);
}, 180_000);

it("keeps a speaker's published row through a rename: the same id, the draft's positions and photo, no component row left over", async () => {
  const photo = await app.strapi.db.query('plugin::upload.file').create({
    data: { name: 'portrait.png', alternativeText: '钟留行的照片', hash: `portrait_${Date.now()}`, ext: '.png', mime: 'image/png', size: 1, url: '/uploads/portrait.png', provider: 'local' },
  });
  const positionRows = async () => Number((await app.strapi.db.connection('components_newsroom_positions').count({ n: '*' }).first())?.n);
  const before = await positionRows();
  const speaker = await docs('speaker').create({
    data: speakerData({ name: '钟留行', positions: [{ organization: '区残联', title: '理事长' }], photo: photo.id }),
    status: 'published',
  });
  const published = () => docs('speaker').findOne({ documentId: speaker.documentId, status: 'published', populate: ['positions', 'photo'] });
  const first = await published();
  expect(await positionRows()).toBe(before + 2);

  await docs('speaker').update({
    documentId: speaker.documentId,
    data: { name: '钟新行', positions: [{ organization: '区残联', title: '副理事长' }, { organization: '区政协', title: '委员' }] },
    status: 'published',
  });
  const after = await published();
  expect(after.id).toBe(first.id);
  expect(after.name).toBe('钟新行');
  expect(after.positions.map((p: any) => p.title)).toEqual(['副理事长', '委员']);
  expect(after.photo?.id).toBe(photo.id);
  const draft = await docs('speaker').findOne({ documentId: speaker.documentId, status: 'draft', populate: ['positions', 'photo'] });
  expect(draft.positions.map((p: any) => p.title)).toEqual(['副理事长', '委员']);
  expect(draft.id).not.toBe(after.id);
  // Two positions on the draft, two on the published row, none left of the old published row's.
  expect(await positionRows()).toBe(before + 4);
  expect((await app.strapi.db.query('plugin::newsroom.speaker').findMany({ where: { documentId: speaker.documentId } })).length).toBe(2);

  // Unpublished, then published again: a new published row, as Strapi makes it.
  await docs('speaker').unpublish({ documentId: speaker.documentId });
  await docs('speaker').publish({ documentId: speaker.documentId });
  const again = await published();
  expect(again.name).toBe('钟新行');
  expect(again.positions.map((p: any) => p.title)).toEqual(['副理事长', '委员']);
  expect(await positionRows()).toBe(before + 4);
}, 120_000);
