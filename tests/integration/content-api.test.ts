/**
 * The content API of the four types over REST, as a frontend and an
 * integrator use it: CRUD with an API token, publish and unpublish, public
 * reads of published content only, anonymous writes refused.
 */
import { TYPES } from './helpers/fixtures';
import { http } from './helpers/http';
import { useTestApp } from './helpers/app';
import { type TestApp } from './helpers/strapi';

let app: TestApp;
let token: string;
useTestApp({ apiToken: true }, (ready) => ({ app, apiToken: token } = ready));

const rowCount = (uid: string) => app.strapi.db.query(uid as never).count({});

describe.each(TYPES)('$kind over REST', ({ plural, uid, data, titleField }) => {
  const base = `/api/newsroom/${plural}`;

  it('creates a draft, updates it, publishes, unpublishes and deletes it', async () => {
    const api = http(app.baseUrl, token);
    const created = await api.post(`${base}?status=draft`, { data: data() });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    expect(created.body.data[titleField]).toBe(data()[titleField as keyof ReturnType<typeof data>]);
    expect(created.body.data.publishedAt).toBeNull();

    const renamed = titleField === 'name' ? '申晓东' : '更新后的标题';
    const updated = await api.put(`${base}/${documentId}?status=draft`, { data: { [titleField]: renamed } });
    expect(updated.status).toBe(200);
    expect(updated.body.data[titleField]).toBe(renamed);

    const published = await api.put(`${base}/${documentId}?status=published`, { data: {} });
    expect(published.status).toBe(200);
    expect(published.body.data.publishedAt).not.toBeNull();
    const publicRead = await http(app.baseUrl).get(`${base}/${documentId}`);
    expect(publicRead.status).toBe(200);
    expect(publicRead.body.data[titleField]).toBe(renamed);

    await app.strapi.documents(uid as never).unpublish({ documentId } as never);
    expect((await http(app.baseUrl).get(`${base}/${documentId}`)).status).toBe(404);

    const removed = await api.delete(`${base}/${documentId}`);
    expect([200, 204]).toContain(removed.status);
    expect(await app.strapi.documents(uid as never).findOne({ documentId } as never)).toBeNull();
  });

  it('refuses anonymous writes and writes nothing', async () => {
    const before = await rowCount(uid);
    const anonymous = http(app.baseUrl);
    const created = await anonymous.post(base, { data: data() });
    expect([401, 403]).toContain(created.status);

    const existing = await app.strapi.documents(uid as never).create({ data: data(), status: 'published' } as never);
    const { documentId } = existing as unknown as { documentId: string };
    const afterCreate = await rowCount(uid);
    expect([401, 403]).toContain((await anonymous.put(`${base}/${documentId}`, { data: { [titleField]: '篡改' } })).status);
    expect([401, 403]).toContain((await anonymous.delete(`${base}/${documentId}`)).status);
    expect(await rowCount(uid)).toBe(afterCreate);
    expect(afterCreate).toBe(before + 2); // the draft and the published row, nothing from the anonymous calls
    const stored = (await app.strapi.documents(uid as never).findOne({ documentId } as never)) as Record<string, unknown>;
    expect(stored[titleField]).toBe(data()[titleField as keyof ReturnType<typeof data>]);
  });

  it('never shows a draft to the public role, even when asked for one', async () => {
    const draft = (await app.strapi.documents(uid as never).create({ data: data({ [titleField]: '仅草稿' }) } as never)) as unknown as {
      documentId: string;
    };
    const anonymous = http(app.baseUrl);
    expect((await anonymous.get(`${base}/${draft.documentId}`)).status).toBe(404);
    expect((await anonymous.get(`${base}/${draft.documentId}?status=draft`)).status).toBe(404);
    const list = await anonymous.get(`${base}?status=draft&pagination[pageSize]=100`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((d: { documentId: string }) => d.documentId)).not.toContain(draft.documentId);
    // an authenticated integrator may read drafts
    const withToken = await http(app.baseUrl, token).get(`${base}/${draft.documentId}?status=draft`);
    expect(withToken.status).toBe(200);
  });
});

describe('query parameters', () => {
  it('honours filters, sort, pagination, fields and populate', async () => {
    const api = http(app.baseUrl, token);
    for (const ordinal of [3, 1, 2]) {
      const res = await api.post('/api/newsroom/achievements?status=published', {
        data: { title: `查询测试${ordinal}`, ordinal, year: 2022, category: 'other', metrics: [{ label: '数量', value: ordinal, unit: '个' }] },
      });
      expect(res.status).toBe(201);
    }
    const res = await http(app.baseUrl).get(
      '/api/newsroom/achievements?filters[title][$startsWith]=查询测试&sort=ordinal:asc&pagination[pageSize]=2&fields[0]=title&fields[1]=ordinal&populate=metrics'
    );
    expect(res.status).toBe(200);
    expect(res.body.data.map((a: { ordinal: number }) => a.ordinal)).toEqual([1, 2]);
    expect(res.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(res.body.data[0].metrics).toEqual([expect.objectContaining({ label: '数量', value: 1, unit: '个' })]);
    expect(res.body.data[0].year).toBeUndefined();
  });
});
