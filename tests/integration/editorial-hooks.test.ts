/**
 * The editorial rules on every path an editor or client writes through: the
 * admin's content-manager endpoints, REST with an API token, GraphQL, and the
 * Document Service. Each path accepts the seed meeting, refuses to publish a
 * meeting without a responsible editor, refuses a bad credit name on save,
 * and leaves the database exactly as it was after a refusal.
 */
import { meetingData, seedEditorial } from './helpers/fixtures';
import { http } from './helpers/http';
import { expectProblem, meetingRows, type ErrorEntry } from './helpers/refusals';
import { useTestApp } from './helpers/app';
import { type TestApp } from './helpers/strapi';

const MEETING = 'plugin::newsroom.meeting';

let app: TestApp;
let apiToken: string;
let adminToken: string;
useTestApp({ apiToken: true, adminToken: true }, (ready) => ({ app, apiToken, adminToken } = ready));

const withoutResponsibleEditor = () =>
  meetingData({
    editorial: { ...seedEditorial(), credits: seedEditorial().credits.filter((c) => c.role !== 'responsible-editor') },
  });
const withBadCreditName = () =>
  meetingData({
    editorial: {
      ...seedEditorial(),
      credits: [
        { role: 'reporter', name: '田也' },
        { role: 'editor', name: '陈飞2' },
        { role: 'editor', name: '陈苏雅' },
        { role: 'responsible-editor', name: '郑晓鹏' },
      ],
    },
  });

/** Every row the rules could touch: the meetings and their component tables. */
const snapshot = () => meetingRows(app.strapi);

describe('through the Document Service', () => {
  const documents = () => app.strapi.documents(MEETING);

  it('accepts and publishes the seed meeting, with derived credit line, byline and dateline', async () => {
    const created = (await documents().create({ data: meetingData(), status: 'published', populate: { editorial: { populate: ['credits'] } } } as never)) as any;
    expect(created.publishedAt).not.toBeNull();
    expect(created.editorial.creditLine).toBe('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
    expect(created.editorial.byline).toBe('记者 田也');
    expect(created.editorial.dateline).toBe('读特客户端·深圳新闻网2023年4月29日讯');
  });

  it('saves a meeting without a responsible editor as a draft but refuses to publish it', async () => {
    const draft = (await documents().create({ data: withoutResponsibleEditor() } as never)) as any;
    const before = await snapshot();
    const error = await documents()
      .publish({ documentId: draft.documentId } as never)
      .then(() => null, (e: any) => e);
    expect(error?.name).toBe('ValidationError');
    expectProblem(error.details.errors, ['editorial', 'credits'], 'credits.responsible-editor.missing');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a credit name with a digit on save, pointing at that name', async () => {
    const before = await snapshot();
    const error = await documents()
      .create({ data: withBadCreditName() } as never)
      .then(() => null, (e: any) => e);
    expect(error?.name).toBe('ValidationError');
    expectProblem(error.details.errors, ['editorial', 'credits', 1, 'name'], 'credits.name.invalid');
    expect(await snapshot()).toEqual(before);
  });

  it('checks a partial update together with the stored draft', async () => {
    const draft = (await documents().create({ data: meetingData() } as never)) as any;
    // heldOn after the report date: only visible together with the stored reportedAt
    const error = await documents()
      .update({ documentId: draft.documentId, data: { heldOn: '2023-05-01' } } as never)
      .then(() => null, (e: any) => e);
    expectProblem(error?.details?.errors, ['heldOn'], 'dates.held-on.after-report');
    const stored = (await documents().findOne({ documentId: draft.documentId } as never)) as any;
    expect(stored.heldOn).toBe('2023-04-28');
  });

  it('splits a credit line pasted into one credit into its credits', async () => {
    const created = (await documents().create({
      data: meetingData({
        editorial: { ...seedEditorial(), credits: [{ role: 'reporter', name: '田也' }, { role: 'editor', name: '[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]' }] },
      }),
      populate: { editorial: { populate: ['credits'] } },
    } as never)) as any;
    expect(created.editorial.credits.map((c: any) => [c.role, c.name])).toEqual([
      ['reporter', '田也'],
      ['editor', '陈飞'],
      ['editor', '陈苏雅'],
      ['responsible-editor', '郑晓鹏'],
    ]);
    expect(created.editorial.creditLine).toBe('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
  });

  it('never blocks unpublish or discarding a draft, even of a draft the rules would refuse', async () => {
    const published = (await documents().create({ data: meetingData(), status: 'published' } as never)) as any;
    const { documentId } = published;
    const rows = () =>
      app.strapi.db.query(MEETING).findMany({
        where: { documentId },
        select: ['id', 'publishedAt', 'venue'],
        populate: { editorial: { populate: { credits: { select: ['role', 'name'] } } } },
      }) as Promise<Array<{ id: number; publishedAt: unknown; venue: string; editorial: { credits: Array<{ role: string; name: string }> } }>>;
    const draftRow = async () => (await rows()).find((r) => r.publishedAt === null)!;
    const publishedRows = async () => (await rows()).filter((r) => r.publishedAt !== null);
    /** Behind the hooks' back (the query engine, below the Document Service): the draft loses its responsible editor and gets a new venue. */
    const breakDraft = async () => {
      const draft = await app.strapi.db.query(MEETING).findOne({
        where: { documentId, publishedAt: null },
        populate: { editorial: { populate: { credits: true } } },
      });
      const responsible = draft.editorial.credits.find((c: { role: string }) => c.role === 'responsible-editor');
      await app.strapi.db.query('newsroom.credit' as never).update({ where: { id: responsible.id }, data: { role: 'editor' } });
      await app.strapi.db.query(MEETING).update({ where: { id: draft.id }, data: { venue: '后台改过的会场' } });
      const refused = await documents()
        .publish({ documentId } as never)
        .then(() => null, (e: any) => e);
      expect(refused?.name).toBe('ValidationError'); // the draft is really unpublishable now
      expectProblem(refused.details.errors, ['editorial', 'credits'], 'credits.responsible-editor.missing');
    };
    const roles = (row: { editorial: { credits: Array<{ role: string }> } }) => row.editorial.credits.map((c) => c.role);

    await breakDraft();
    await documents().discardDraft({ documentId } as never);
    // the draft is the published version again: venue and responsible editor back
    const restored = await draftRow();
    expect(restored.venue).toBe('福田会堂');
    expect(roles(restored)).toContain('responsible-editor');
    expect(await publishedRows()).toHaveLength(1);

    await breakDraft();
    await documents().unpublish({ documentId } as never);
    expect(await publishedRows()).toEqual([]);
    const kept = await draftRow(); // unpublish keeps the (broken) draft as it is
    expect(kept.venue).toBe('后台改过的会场');
    expect(roles(kept)).not.toContain('responsible-editor');
  });

  it('answers in English for an en document', async () => {
    const error = await documents()
      .create({ data: withBadCreditName(), locale: 'en' } as never)
      .then(() => null, (e: any) => e);
    const entry = error.details.errors.find((e: ErrorEntry) => e.code === 'credits.name.invalid');
    expect(entry.message).toMatch(/[A-Za-z]/);
    expect(entry.message).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });
});

describe('through REST with an API token', () => {
  const api = () => http(app.baseUrl, apiToken);

  it('accepts and publishes the seed meeting', async () => {
    const res = await api().post('/api/newsroom/meetings?status=published&populate=editorial', { data: meetingData() });
    expect(res.status).toBe(201);
    expect(res.body.data.editorial.creditLine).toBe('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
  });

  it('saves a draft without a responsible editor, refuses to publish it with 400 and the field path', async () => {
    const draft = await api().post('/api/newsroom/meetings?status=draft', { data: withoutResponsibleEditor() });
    expect(draft.status).toBe(201);
    const before = await snapshot();
    const publish = await api().put(`/api/newsroom/meetings/${draft.body.data.documentId}?status=published`, { data: {} });
    expect(publish.status).toBe(400);
    expect(publish.body.error.name).toBe('ValidationError');
    expectProblem(publish.body.error.details.errors, ['editorial', 'credits'], 'credits.responsible-editor.missing');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a bad credit name on save with every problem at once', async () => {
    const before = await snapshot();
    const data = withBadCreditName();
    (data.editorial.credits as Array<{ role: string; name: string }>)[2]!.name = '<b>陈苏雅</b>';
    const res = await api().post('/api/newsroom/meetings?status=draft', { data });
    expect(res.status).toBe(400);
    expectProblem(res.body.error.details.errors, ['editorial', 'credits', 1, 'name'], 'credits.name.invalid');
    expectProblem(res.body.error.details.errors, ['editorial', 'credits', 2, 'name'], 'credits.name.invalid');
    expect(await snapshot()).toEqual(before);
  });
});

/** GraphQL spells enum values with underscores (`responsible_editor`). */
const forGraphql = (data: ReturnType<typeof meetingData>) => ({
  ...data,
  editorial: { ...data.editorial, credits: data.editorial.credits.map((c: { role: string; name: string }) => ({ ...c, role: c.role.replace(/-/g, '_') })) },
});

describe('through GraphQL', () => {
  const gql = () => http(app.baseUrl, apiToken).graphql;
  const CREATE = `mutation Create($data: NewsroomMeetingInput!, $status: PublicationStatus) {
    createNewsroomMeeting(data: $data, status: $status) { documentId publishedAt editorial { creditLine byline } }
  }`;
  const PUBLISH = `mutation Publish($documentId: ID!) {
    updateNewsroomMeeting(documentId: $documentId, data: {}, status: PUBLISHED) { documentId publishedAt }
  }`;

  it('accepts and publishes the seed meeting', async () => {
    const res = await gql()(CREATE, { data: forGraphql(meetingData()), status: 'PUBLISHED' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createNewsroomMeeting.publishedAt).not.toBeNull();
    expect(res.body.data.createNewsroomMeeting.editorial.byline).toBe('记者 田也');
  });

  it('refuses to publish without a responsible editor, with the field path in the error', async () => {
    const draft = await gql()(CREATE, { data: forGraphql(withoutResponsibleEditor()), status: 'DRAFT' });
    expect(draft.body.errors).toBeUndefined();
    const before = await snapshot();
    const res = await gql()(PUBLISH, { documentId: draft.body.data.createNewsroomMeeting.documentId });
    const error = res.body.errors?.[0];
    expect(error?.extensions?.error?.name).toBe('ValidationError');
    expectProblem(error.extensions.error.details.errors, ['editorial', 'credits'], 'credits.responsible-editor.missing');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a bad credit name on save', async () => {
    const before = await snapshot();
    const res = await gql()(CREATE, { data: forGraphql(withBadCreditName()), status: 'DRAFT' });
    expectProblem(res.body.errors?.[0]?.extensions?.error?.details?.errors, ['editorial', 'credits', 1, 'name'], 'credits.name.invalid');
    expect(await snapshot()).toEqual(before);
  });
});

describe("through the admin's content-manager endpoints", () => {
  const base = `/content-manager/collection-types/${MEETING}`;
  const admin = () => http(app.baseUrl, adminToken);

  it('creates and publishes the seed meeting', async () => {
    const created = await admin().post(base, meetingData());
    expect(created.status).toBe(201);
    const published = await admin().post(`${base}/${created.body.data.documentId}/actions/publish`, {});
    expect(published.status).toBe(200);
    expect(published.body.data.publishedAt).not.toBeNull();
  });

  it('saves without a responsible editor, then refuses publish and bulk publish with the field path', async () => {
    const created = await admin().post(base, withoutResponsibleEditor());
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    const before = await snapshot();

    const publish = await admin().post(`${base}/${documentId}/actions/publish`, {});
    expect(publish.status).toBe(400);
    expectProblem(publish.body.error.details.errors, ['editorial', 'credits'], 'credits.responsible-editor.missing');

    const bulk = await admin().post(`${base}/actions/bulkPublish`, { documentIds: [documentId] });
    expect(bulk.status).toBe(400);
    expectProblem(bulk.body.error.details.errors, ['editorial', 'credits'], 'credits.responsible-editor.missing');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a bad credit name on save with the path to that name', async () => {
    const before = await snapshot();
    const res = await admin().post(base, withBadCreditName());
    expect(res.status).toBe(400);
    expectProblem(res.body.error.details.errors, ['editorial', 'credits', 1, 'name'], 'credits.name.invalid');
    expect(await snapshot()).toEqual(before);
  });
});

describe('the editorial check endpoint', () => {
  it('reports the problems of a posted document and its derived credit line without saving', async () => {
    const before = await snapshot();
    const res = await http(app.baseUrl, adminToken).post('/newsroom/editorial-check', { type: 'meeting', data: withoutResponsibleEditor() });
    expect(res.status).toBe(200);
    expect(res.body.data.ready).toBe(false);
    expectProblem(res.body.data.errors, ['editorial', 'credits'], 'credits.responsible-editor.missing');
    expect(res.body.data.derived.creditLine).toBe('[编辑:陈飞 陈苏雅]');

    const ok = await http(app.baseUrl, apiToken).post('/api/newsroom/editorial-check', { type: 'meeting', data: meetingData() });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ ready: true, errors: [] });
    expect(await snapshot()).toEqual(before);
  });

  it('is not open to anonymous callers', async () => {
    const res = await http(app.baseUrl).post('/api/newsroom/editorial-check', { type: 'meeting', data: meetingData() });
    expect([401, 403]).toContain(res.status);
  });
});
