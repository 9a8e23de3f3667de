/**
 * A slug a document has had while public keeps answering 301 to its current
 * page for as long as the document exists (content-model.md, Slugs): also
 * after an unpublish, a retitle and a republish under a new slug; only the
 * document's delete ends it. Everything through HTTP: the admin's
 * content-manager routes write, by-slug reads.
 */
import { adminJwt } from './helpers/auth';
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';

const MEETING = 'plugin::newsroom.meeting';
const base = `/content-manager/collection-types/${MEETING}`;

let app: TestApp;
let admin: ReturnType<typeof http>;
beforeAll(async () => {
  app = await startTestApp();
  admin = http(app.baseUrl, await adminJwt(app.strapi, app.baseUrl));
});
afterAll(async () => {
  await app?.stop();
});

const bySlug = async (slug: string) => {
  const response = await fetch(`${app.baseUrl}/api/newsroom/meetings/by-slug/${slug}?locale=zh-Hans`, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location') };
};
const movedTo = (slug: string) => new RegExp(`/api/newsroom/meetings/by-slug/${slug}\\?locale=zh-Hans$`);

it('answers 301 for a once-public slug after an unpublish, a retitle and a republish under a new slug', async () => {
  const created = await admin.post(`${base}?locale=zh-Hans`, meetingData({ title: '第一次公开的会议标题' }));
  expect(created.status).toBe(201);
  const { documentId, slug: first } = created.body.data;
  expect((await admin.post(`${base}/${documentId}/actions/publish?locale=zh-Hans`, {})).status).toBe(200);
  expect((await bySlug(first)).status).toBe(200);

  // Changed by hand while published: the first slug moves with it.
  const byHand = await admin.put(`${base}/${documentId}?locale=zh-Hans`, { slug: 'shou-gai-de-hui-yi' });
  expect(byHand.status).toBe(200);
  expect((await admin.post(`${base}/${documentId}/actions/publish?locale=zh-Hans`, {})).status).toBe(200);
  expect(await bySlug(first)).toEqual({ status: 301, location: expect.stringMatching(movedTo('shou-gai-de-hui-yi')) });

  // Unpublished: nothing public answers, neither the current slug nor the old one.
  expect((await admin.post(`${base}/${documentId}/actions/unpublish?locale=zh-Hans`, {})).status).toBe(200);
  expect((await bySlug('shou-gai-de-hui-yi')).status).toBe(404);
  expect((await bySlug(first)).status).toBe(404);

  // Retitled while a draft (the slug follows the title), then published again under the new slug.
  const retitled = await admin.put(`${base}/${documentId}?locale=zh-Hans`, { title: '重新发布的会议新标题', slug: '' });
  expect(retitled.status).toBe(200);
  const current = retitled.body.data.slug as string;
  expect(current).not.toBe('shou-gai-de-hui-yi');
  expect((await admin.post(`${base}/${documentId}/actions/publish?locale=zh-Hans`, {})).status).toBe(200);
  expect((await bySlug(current)).status).toBe(200);
  // Both slugs it had while public lead to the current page.
  expect(await bySlug('shou-gai-de-hui-yi')).toEqual({ status: 301, location: expect.stringMatching(movedTo(current)) });
  expect(await bySlug(first)).toEqual({ status: 301, location: expect.stringMatching(movedTo(current)) });

  // Deleted: the document is gone, and so are its old slugs.
  expect((await admin.delete(`${base}/${documentId}?locale=*`)).status).toBe(200);
  for (const slug of [current, 'shou-gai-de-hui-yi', first]) expect((await bySlug(slug)).status).toBe(404);
  const left = await app.strapi.db.connection('newsroom_page_redirects').where({ document_id: documentId }).count({ n: '*' });
  expect(Number((left[0] as { n: number | string }).n)).toBe(0);
});

it('keeps an old public slug the document’s own: another document asking for it is refused, and the 301 stays', async () => {
  const one = await admin.post(`${base}?locale=zh-Hans`, meetingData({ title: '先公开后改名的会议' }));
  const { documentId, slug: old } = one.body.data;
  await admin.post(`${base}/${documentId}/actions/publish?locale=zh-Hans`, {});
  await admin.post(`${base}/${documentId}/actions/unpublish?locale=zh-Hans`, {});
  const renamed = await admin.put(`${base}/${documentId}?locale=zh-Hans`, { title: '改名之后重新发布的会议', slug: '' });
  await admin.post(`${base}/${documentId}/actions/publish?locale=zh-Hans`, {});
  expect(await bySlug(old)).toEqual({ status: 301, location: expect.stringMatching(movedTo(renamed.body.data.slug)) });

  const other = await admin.post(`${base}?locale=zh-Hans`, meetingData({ title: '另一场会议', slug: old }));
  expect(other.status).toBe(400);
  expect(other.body.error.details.errors).toEqual([expect.objectContaining({ path: ['slug'], code: 'slug.taken' })]);
  expect((await bySlug(old)).status).toBe(301);
});
