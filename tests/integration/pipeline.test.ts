/**
 * The admin's pipeline routes (issue 21): GET /newsroom/outbox shows the
 * outbox's counts and its failures with their error, POST
 * /newsroom/outbox/jobs/:id/retry puts a failed job back in the queue. Both
 * ask for the plugin's own permissions, which Settings → Roles lists: a role
 * with "see" only reads and may not retry, a role without either gets 403,
 * the super admin has both, an anonymous caller gets 401.
 */
import { adminJwt, adminUserWithRole, createAdminRole } from './helpers/auth';
import { http } from './helpers/http';
import { jobsOfType, outboxOf } from './helpers/outbox';
import { startTestApp, type TestApp } from './helpers/strapi';

const READ = 'plugin::newsroom.pipeline.read';
const RETRY = 'plugin::newsroom.pipeline.retry';

let app: TestApp;
let token: string;
let failedId: number;
let fixed = false;

beforeAll(async () => {
  app = await startTestApp();
  token = await adminJwt(app.strapi, app.baseUrl);
  const outbox = outboxOf(app.strapi);
  outbox.registerJobHandler('test.pipeline', async () => {
    if (!fixed) throw new Error('the CDN answered 503');
  });
  await outbox.enqueue({ type: 'test.pipeline', key: 'page-9', payload: {}, maxAttempts: 1 });
  await outbox.drain();
  failedId = (await jobsOfType(app.strapi, 'test.pipeline'))[0].id;
});
afterAll(async () => {
  await app?.stop();
});

it('lists the two permissions among the plugin actions a role can be given', async () => {
  const response = await http(app.baseUrl, token).get('/admin/permissions');
  expect(response.status).toBe(200);
  const actions = (response.body.data.sections.plugins as Array<{ action: string; plugin: string }>).filter((a) => a.plugin === 'newsroom').map((a) => a.action);
  expect(actions).toEqual(expect.arrayContaining([READ, RETRY]));
});

it('shows the super admin the counts and the failure with its error, and retries it once', async () => {
  const admin = http(app.baseUrl, token);
  const status = await admin.get('/newsroom/outbox');
  expect(status.status).toBe(200);
  expect(status.headers.get('cache-control')).toBe('no-store');
  const data = status.body.data;
  for (const field of ['waiting', 'later', 'running', 'failed']) expect(typeof data[field]).toBe('number');
  expect(data.failed).toBeGreaterThanOrEqual(1);
  expect(data.failures).toContainEqual(
    expect.objectContaining({ id: failedId, type: 'test.pipeline', key: 'page-9', attempts: 1, lastError: expect.stringContaining('the CDN answered 503') })
  );

  fixed = true;
  const retried = await admin.post(`/newsroom/outbox/jobs/${failedId}/retry`, {});
  expect(retried.status).toBe(200);
  expect(retried.body).toEqual({ data: { retried: true } });
  await outboxOf(app.strapi).drain();
  expect((await jobsOfType(app.strapi, 'test.pipeline'))[0].state).toBe('done');
  const after = await admin.get('/newsroom/outbox');
  expect(after.body.data.failures.map((f: { id: number }) => f.id)).not.toContain(failedId);
  // Not failed any more: nothing to retry.
  expect((await admin.post(`/newsroom/outbox/jobs/${failedId}/retry`, {})).body).toEqual({ data: { retried: false } });
  const bad = await admin.post('/newsroom/outbox/jobs/abc/retry', {});
  expect(bad.status).toBe(400);
  expect(bad.body.error.details.errors[0].path).toEqual(['id']);
});

it('lets a role with "see" only read, not retry; a role without it gets 403; nobody signed in gets 401', async () => {
  const seeOnly = await createAdminRole(app.strapi, 'Pipeline watcher', [{ action: READ, subject: null, properties: {}, conditions: [] }]);
  const watcher = await adminUserWithRole(app.strapi, app.baseUrl, 'pipeline-watcher@newsroom.test', seeOnly);
  expect((await http(app.baseUrl, watcher.token).get('/newsroom/outbox')).status).toBe(200);
  const refused = await http(app.baseUrl, watcher.token).post(`/newsroom/outbox/jobs/${failedId}/retry`, {});
  expect(refused.status).toBe(403);

  const author = await adminUserWithRole(app.strapi, app.baseUrl, 'pipeline-author@newsroom.test', 'strapi-author');
  expect((await http(app.baseUrl, author.token).get('/newsroom/outbox')).status).toBe(403);
  expect((await http(app.baseUrl, author.token).post(`/newsroom/outbox/jobs/${failedId}/retry`, {})).status).toBe(403);
  expect((await http(app.baseUrl).get('/newsroom/outbox')).status).toBe(401);
});
