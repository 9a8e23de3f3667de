/**
 * Strapi 5's publish gives the document a new published row and moves the
 * one-way links that pointed at the old one; for links held by a component
 * (a speech's speaker) it asked, per link and inside the editor's
 * transaction, whether the component's document has drafts
 * (strapi/publish-relinks.ts batches that). A speaker's rename sends as many
 * queries whether 2 meetings or 10 name them, and every link ends where
 * Strapi's own check put it: published speeches on the published speaker,
 * draft speeches on the draft, none doubled.
 */
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
