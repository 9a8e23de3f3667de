/**
 * Scheduled publish and unpublish (issue 24) on one process: the content
 * API's and the admin's routes, their refusals with field paths, the publish
 * rules run when scheduling and again when firing, the history entries
 * (exactly one per action, crediting the account that acted; none for a
 * rolled-back schedule), cancel, and the refusals an admin is notified of.
 * The two-process cases are schedule-two-processes.test.ts.
 */
import { adminJwt, adminUserWithRole, createAdminRole, createApiToken } from './helpers/auth';
import { meetingData, seedEditorial, speakerData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';

const ENV = { NEWSROOM_OUTBOX_POLL_MS: '100', NEWSROOM_OUTBOX_RETRY_BASE_MS: '20' };
const MEETING = 'plugin::newsroom.meeting';

let app: TestApp;
let token: string;
let admin: string;
let adminId: number;
beforeAll(async () => {
  Object.assign(process.env, ENV);
  app = await startTestApp();
  token = await createApiToken(app.strapi);
  admin = await adminJwt(app.strapi, app.baseUrl);
  adminId = ((await app.strapi.db.query('admin::user').findOne({ where: { email: 'editor@newsroom.test' } })) as { id: number }).id;
}, 180_000);
afterAll(async () => {
  await app?.stop();
  for (const name of Object.keys(ENV)) delete process.env[name];
});

const meetings = () => app.strapi.documents(MEETING) as any;
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString().replace('Z', '+00:00');
const beijing = (date: Date) => new Date(date.getTime() + 8 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00');
type Entry = { action: string; user: { id: number | null; name: string }; locale: string | null };
const historyOf = async (documentId: string): Promise<Entry[]> => (await http(app.baseUrl, admin).get(`/newsroom/history/meeting/${documentId}`)).body.data;
const actions = (entries: Entry[], action: string) => entries.filter((entry) => entry.action === action);
const until = async (check: () => Promise<boolean>, what: string, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
const draftRow = (documentId: string) => app.strapi.db.query(MEETING).findOne({ where: { documentId, locale: 'zh-Hans', publishedAt: null }, populate: { editorial: { populate: ['credits'] } } });
const isPublished = async (documentId: string) => Boolean(await app.strapi.db.query(MEETING).findOne({ where: { documentId, locale: 'zh-Hans', publishedAt: { $notNull: true } } }));
const paths = (body: any) => (body.error?.details?.errors ?? []).map((e: { path: string[] }) => e.path.join('.'));

it('refuses bad requests over the content API with field paths, and callers who may not write the kind', async () => {
  const draft = await meetings().create({ data: meetingData({ title: '定时请求校验会议' }) });
  const api = http(app.baseUrl, token);
  const path = `/api/newsroom/meetings/${draft.documentId}/schedule`;
  const bad = await api.post(path, { action: 'delete', at: '2026-12-07 09:00', locale: 'xx' });
  expect(bad.status).toBe(400);
  expect(paths(bad.body).sort()).toEqual(['action', 'at', 'locale']);
  const noOffset = await api.post(path, { action: 'publish', at: '2099-12-07T09:00:00', locale: 'zh-Hans' });
  expect(paths(noOffset.body)).toEqual(['at']);
  const past = await api.post(path, { action: 'publish', at: '2020-12-07T09:00:00+08:00', locale: 'zh-Hans' });
  expect([past.status, paths(past.body)]).toEqual([400, ['at']]);
  expect((await api.post(`/api/newsroom/meetings/nosuchdocument/schedule`, { action: 'publish', at: inSeconds(600), locale: 'zh-Hans' })).status).toBe(404);
  expect((await api.post(path, { action: 'publish', at: inSeconds(600), locale: 'en' })).status).toBe(404);
  const readOnly = await createApiToken(app.strapi, 'read-only');
  expect((await http(app.baseUrl, readOnly).post(path, { action: 'publish', at: inSeconds(600), locale: 'zh-Hans' })).status).toBe(403);
  expect((await http(app.baseUrl).get(path)).status).toBe(403);
  // The publish rules run when scheduling: a draft without its responsible editor cannot be scheduled for publishing.
  const unsigned = await meetings().create({
    data: meetingData({ title: '缺责任编辑的定时会议', editorial: { ...seedEditorial(), credits: seedEditorial().credits.filter((c) => c.role !== 'responsible-editor') } }),
  });
  const refused = await api.post(`/api/newsroom/meetings/${unsigned.documentId}/schedule`, { action: 'publish', at: inSeconds(600), locale: 'zh-Hans' });
  expect(refused.status).toBe(400);
  expect(refused.body.error.name).toBe('ValidationError');
  expect(paths(refused.body)).toContain('editorial.credits');
  expect((await api.get(`/api/newsroom/meetings/${unsigned.documentId}/schedule`)).body.data).toEqual([]);
  expect(actions(await historyOf(unsigned.documentId), 'schedule')).toEqual([]);
});

it('schedules, lists and cancels over the content API, one history entry each, crediting the token', async () => {
  const draft = await meetings().create({ data: meetingData({ title: '定时取消会议' }) });
  const api = http(app.baseUrl, token);
  const path = `/api/newsroom/meetings/${draft.documentId}/schedule`;
  const at = new Date(Date.now() + 3600_000);
  const created = await api.post(path, { action: 'publish', at: beijing(at), locale: 'zh-Hans' });
  expect(created.status).toBe(201);
  expect(created.body.data).toEqual({
    id: expect.any(Number),
    kind: 'meeting',
    documentId: draft.documentId,
    action: 'publish',
    at: new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString(),
    locale: 'zh-Hans',
    state: 'pending',
    scheduledBy: { id: expect.any(Number), name: expect.stringMatching(/^test-full-access-/) },
  });
  const second = await api.post(path, { action: 'unpublish', at: inSeconds(7200), locale: 'zh-Hans' });
  expect((await api.get(`${path}?locale=zh-Hans`)).body.data.map((job: any) => job.id)).toEqual([created.body.data.id, second.body.data.id]);
  expect((await api.get(`${path}?locale=en`)).body.data).toEqual([]);
  const one = await api.delete(`${path}/${created.body.data.id}`);
  expect([one.status, one.body.data.state]).toEqual([200, 'cancelled']);
  expect((await api.delete(`${path}/${created.body.data.id}`)).status).toBe(404);
  const rest = await api.delete(`${path}?action=unpublish`);
  expect(rest.body.data.map((job: any) => job.id)).toEqual([second.body.data.id]);
  expect((await api.get(path)).body.data).toEqual([]);
  const history = await historyOf(draft.documentId);
  expect(actions(history, 'schedule')).toHaveLength(2);
  expect(actions(history, 'cancel')).toHaveLength(2);
  for (const entry of [...actions(history, 'schedule'), ...actions(history, 'cancel')]) {
    expect(entry.user.name).toMatch(/^test-full-access-/);
    expect(entry.locale).toBe('zh-Hans');
  }
  expect(await isPublished(draft.documentId)).toBe(false);
});

it('leaves no job and no history entry when the schedule is rolled back', async () => {
  const draft = await meetings().create({ data: meetingData({ title: '定时回滚会议' }) });
  const schedule = app.strapi.plugin('newsroom').service('schedule') as any;
  await expect(
    app.strapi.db.transaction(async () => {
      await schedule.schedule('meeting', draft.documentId, { action: 'publish', at: inSeconds(600), locale: 'zh-Hans' });
      throw new Error('rolled back on purpose');
    })
  ).rejects.toThrow('rolled back on purpose');
  expect(await schedule.list('meeting', draft.documentId)).toEqual([]);
  expect(actions(await historyOf(draft.documentId), 'schedule')).toEqual([]);
});

it('fires through the admin route at its time, once, crediting the admin who scheduled it', async () => {
  const draft = await meetings().create({ data: meetingData({ title: '定时发布会议' }) });
  const scheduled = await http(app.baseUrl, admin).post(`/newsroom/schedule/meeting/${draft.documentId}`, { action: 'publish', at: inSeconds(1.5), locale: 'zh-Hans' });
  expect(scheduled.status).toBe(201);
  expect(scheduled.body.data.scheduledBy).toEqual({ id: adminId, name: 'Test Editor' });
  await until(() => isPublished(draft.documentId), 'the scheduled publish');
  await until(async () => (await http(app.baseUrl, admin).get(`/newsroom/schedule/meeting/${draft.documentId}`)).body.data.length === 0, 'the job to be done');
  const history = await historyOf(draft.documentId);
  expect(actions(history, 'publish')).toEqual([expect.objectContaining({ user: { id: adminId, name: 'Test Editor' }, locale: 'zh-Hans' })]);
  expect(actions(history, 'schedule')).toEqual([expect.objectContaining({ user: { id: adminId, name: 'Test Editor' } })]);
});

it('unpublishes another kind at its time over the content API, crediting the token', async () => {
  const speaker = await (app.strapi.documents('plugin::newsroom.speaker') as any).create({ data: speakerData({ name: '定时撤下的发言人' }), status: 'published' });
  const path = `/api/newsroom/speakers/${speaker.documentId}/schedule`;
  const scheduled = await http(app.baseUrl, token).post(path, { action: 'unpublish', at: inSeconds(1), locale: 'zh-Hans' });
  expect(scheduled.status).toBe(201);
  const published = () => app.strapi.db.query('plugin::newsroom.speaker').findOne({ where: { documentId: speaker.documentId, publishedAt: { $notNull: true } } });
  await until(async () => !(await published()), 'the scheduled unpublish');
  const entries: Entry[] = (await http(app.baseUrl, admin).get(`/newsroom/history/speaker/${speaker.documentId}`)).body.data;
  expect(actions(entries, 'unpublish')).toEqual([expect.objectContaining({ user: scheduled.body.data.scheduledBy, locale: 'zh-Hans' })]);
});

it('refused at firing: the draft is untouched, the refusal readable on the document and notified to the admin until seen', async () => {
  const draft = await meetings().create({ data: meetingData({ title: '定时被拒会议' }) });
  const api = http(app.baseUrl, admin);
  const scheduled = await api.post(`/newsroom/schedule/meeting/${draft.documentId}`, { action: 'publish', at: inSeconds(1.5), locale: 'zh-Hans' });
  expect(scheduled.status).toBe(201);
  // Saved meanwhile without a responsible editor: a draft may be, a publish may not.
  await meetings().update({
    documentId: draft.documentId,
    locale: 'zh-Hans',
    data: { editorial: { ...seedEditorial(), credits: seedEditorial().credits.filter((c) => c.role !== 'responsible-editor') } },
  });
  const before = await draftRow(draft.documentId);
  let jobs: any[] = [];
  await until(async () => {
    jobs = (await api.get(`/newsroom/schedule/meeting/${draft.documentId}?locale=zh-Hans`)).body.data;
    return jobs[0]?.state === 'failed';
  }, 'the refusal');
  expect(jobs[0].error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain('editorial.credits');
  expect(await draftRow(draft.documentId)).toEqual(before);
  expect(await isPublished(draft.documentId)).toBe(false);
  const [row] = await app.strapi.db.connection('newsroom_jobs').select('attempts', 'state').where({ id: jobs[0].id });
  expect({ attempts: Number(row.attempts), state: row.state }).toEqual({ attempts: 1, state: 'failed' });
  expect(actions(await historyOf(draft.documentId), 'publish')).toEqual([]);

  const refusals = await api.get('/newsroom/schedule/refusals');
  expect(refusals.body.data.map((job: any) => job.id)).toContain(jobs[0].id);
  expect((await api.post(`/newsroom/schedule/refusals/${jobs[0].id}/seen`)).status).toBe(204);
  expect((await api.get('/newsroom/schedule/refusals')).body.data.map((job: any) => job.id)).not.toContain(jobs[0].id);
  // Retried from the pipeline page and refused again: notified again.
  expect(await (app.strapi.plugin('newsroom').service('outbox') as any).retry(jobs[0].id)).toBe(true);
  await until(async () => (await api.get('/newsroom/schedule/refusals')).body.data.some((job: any) => job.id === jobs[0].id), 'the second refusal');
  expect(await draftRow(draft.documentId)).toEqual(before);
});

it('answers 403 (PolicyError) to an admin without the publish permission on that kind and locale', async () => {
  const draft = await meetings().create({ data: meetingData({ title: '定时权限会议' }) });
  const readOnly = await createAdminRole(app.strapi, 'Schedule readers', [
    { action: 'plugin::content-manager.explorer.read', subject: MEETING, properties: { locales: ['zh-Hans', 'en'] }, conditions: [] },
    { action: 'plugin::content-manager.explorer.publish', subject: MEETING, properties: { locales: ['en'] }, conditions: [] },
  ]);
  const reader = await adminUserWithRole(app.strapi, app.baseUrl, 'schedule-reader@newsroom.test', readOnly);
  const api = http(app.baseUrl, reader.token);
  const refused = await api.post(`/newsroom/schedule/meeting/${draft.documentId}`, { action: 'publish', at: inSeconds(600), locale: 'zh-Hans' });
  expect(refused.status).toBe(403);
  expect(refused.body.error.name).toBe('PolicyError');
  expect(refused.body.error.details).toEqual(expect.objectContaining({ action: 'plugin::content-manager.explorer.publish', locale: 'zh-Hans' }));
  expect((await api.get(`/newsroom/schedule/meeting/${draft.documentId}?locale=zh-Hans`)).status).toBe(200);
});

it('takes schedules sent at once, each with its one history entry (a deadlock between them is run again)', async () => {
  // On MariaDB the enqueue's locking read of a new key takes a gap lock; two schedules committing together deadlocked, and one answered 500.
  const drafts: Array<{ documentId: string }> = [];
  for (let n = 1; n <= 12; n += 1) drafts.push(await meetings().create({ data: meetingData({ title: `同时定时会议${n}` }) }));
  const api = http(app.baseUrl, token);
  const answers = await Promise.all(
    drafts.map((draft) => api.post(`/api/newsroom/meetings/${draft.documentId}/schedule`, { action: 'publish', at: inSeconds(3600), locale: 'zh-Hans' }))
  );
  expect(answers.map((answer) => answer.status)).toEqual(drafts.map(() => 201));
  for (const draft of drafts) expect(actions(await historyOf(draft.documentId), 'schedule')).toHaveLength(1);
}, 120_000);
