/**
 * An update of a document that does not exist changes nothing: Strapi answers
 * 404, and the slug it named is not claimed — a claim no document owns would
 * keep that slug from every later document (issue 11, "slug squatting").
 */
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { useTestApp } from './helpers/app';
import { type TestApp } from './helpers/strapi';

const CLAIMS = 'newsroom_slug_claims';

let app: TestApp;
let token: string;
useTestApp({ apiToken: true }, (ready) => ({ app, apiToken: token } = ready));

it('answers 404 to an update of no document, and claims nothing', async () => {
  const before = await app.strapi.db.connection(CLAIMS).count({ n: '*' });
  const response = await http(app.baseUrl, token).put('/api/newsroom/meetings/no-such-document-id-0000?status=draft', {
    data: { title: '抢注的会议', slug: 'qiang-zhu-de-hui-yi' },
  });
  expect(response.status).toBe(404);
  expect(response.body.error.name).toBe('NotFoundError');
  expect(await app.strapi.db.connection(CLAIMS).where({ slug: 'qiang-zhu-de-hui-yi' })).toEqual([]);
  expect(await app.strapi.db.connection(CLAIMS).count({ n: '*' })).toEqual(before);

  // The slug stays free for the next document that asks for it.
  const created = await http(app.baseUrl, token).post('/api/newsroom/meetings?status=draft', { data: { ...meetingData(), slug: 'qiang-zhu-de-hui-yi' } });
  expect(created.status).toBe(201);
  expect(created.body.data.slug).toBe('qiang-zhu-de-hui-yi');
});

it('still claims for an update that adds a locale to an existing document', async () => {
  const zh = await http(app.baseUrl, token).post('/api/newsroom/meetings?status=draft', { data: meetingData({ title: '双语的会议' }) });
  expect(zh.status).toBe(201);
  const en = await http(app.baseUrl, token).put(`/api/newsroom/meetings/${zh.body.data.documentId}?locale=en&status=draft`, {
    data: meetingData({ title: 'A bilingual meeting' }),
  });
  expect(en.status).toBe(200);
  expect(en.body.data.slug).toEqual(expect.any(String));
  const claims = await app.strapi.db.connection(CLAIMS).where({ document_id: zh.body.data.documentId, locale: 'en' });
  expect(claims.map((claim: { slug: string }) => claim.slug)).toEqual([en.body.data.slug]);
});
