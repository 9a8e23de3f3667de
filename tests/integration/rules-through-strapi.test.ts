/**
 * Two rules that the unit tests prove as pure functions, proven again through
 * Strapi, where an editor meets them:
 *
 * R9 (accessible media) with a real upload through Strapi's media library: a
 * multipart POST /api/upload, the file set as a meeting's cover, then
 * publishing refused while the image has no alternative text or only its file
 * name, and accepted once the media library's own file-info update describes it.
 *
 * R8 (places) by locale: a zh-Hans street case must name its street with
 * 街道/镇; an English one is exempt, and Strapi accepts it.
 */
import { meetingData, streetCaseData } from './helpers/fixtures';
import { http } from './helpers/http';
import { expectProblem } from './helpers/refusals';
import { useTestApp } from './helpers/app';
import { type TestApp } from './helpers/strapi';

let app: TestApp;
let apiToken: string;
useTestApp({ apiToken: true }, (ready) => ({ app, apiToken } = ready));

/** A 1×1 PNG: a real image the upload plugin reads (dimensions, mime) and stores. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const uploaded: number[] = [];
afterEach(async () => {
  // The media library wrote into the app's public/uploads: take the files out again (while the app is up).
  const api = http(app.baseUrl, apiToken);
  for (const id of uploaded.splice(0)) expect((await api.delete(`/api/upload/files/${id}`)).status).toBe(200);
});

/** Uploads through the media library as a frontend or integrator does: multipart, field `files`, optional `fileInfo`. */
const upload = async (fileName: string, fileInfo?: Record<string, unknown>): Promise<{ id: number; name: string; alternativeText: string | null }> => {
  const form = new FormData();
  form.append('files', new Blob([PNG], { type: 'image/png' }), fileName);
  if (fileInfo) form.append('fileInfo', JSON.stringify(fileInfo));
  const response = await fetch(`${app.baseUrl}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${apiToken}` }, body: form });
  const body = await response.json();
  expect(response.status).toBe(201);
  uploaded.push(body[0].id);
  return body[0];
};

/** The media library's own "edit the file's details": POST /api/upload?id=… with fileInfo. */
const describeFile = async (id: number, alternativeText: string) => {
  const form = new FormData();
  form.append('fileInfo', JSON.stringify({ alternativeText }));
  const response = await fetch(`${app.baseUrl}/api/upload?id=${id}`, { method: 'POST', headers: { authorization: `Bearer ${apiToken}` }, body: form });
  expect(response.status).toBe(200);
};

describe('R9: a cover uploaded through the media library', () => {
  it('is saved as a draft without alternative text, refused for publishing until described, then published', async () => {
    const api = http(app.baseUrl, apiToken);
    const file = await upload('futian-hall-2023.png');
    expect(file.alternativeText ?? '').toBe('');
    const title = '封面没有替代文字的会议';

    // R9 runs on publish: the draft is kept.
    const draft = await api.post('/api/newsroom/meetings?status=draft', { data: meetingData({ title, cover: file.id }) });
    expect(draft.status).toBe(201);
    const { documentId } = draft.body.data;

    const missing = await api.put(`/api/newsroom/meetings/${documentId}`, { data: { cover: file.id } });
    expect(missing.status).toBe(400);
    expectProblem(missing.body.error.details.errors, ['cover'], 'media.alternative-text.missing');

    // The file name typed in as the description is no description.
    await describeFile(file.id, 'FUTIAN-HALL-2023');
    const fileName = await api.put(`/api/newsroom/meetings/${documentId}`, { data: { cover: file.id } });
    expect(fileName.status).toBe(400);
    expectProblem(fileName.body.error.details.errors, ['cover'], 'media.alternative-text.file-name');
    expect((await http(app.baseUrl).get(`/api/newsroom/meetings/${documentId}`)).status).toBe(404);

    await describeFile(file.id, '福田会堂内，区残工委委员围坐在会议桌旁');
    const published = await api.put(`/api/newsroom/meetings/${documentId}?populate=cover`, { data: { cover: file.id } });
    expect(published.status).toBe(200);
    const read = await http(app.baseUrl).get(`/api/newsroom/meetings/${documentId}?populate=cover`);
    expect(read.status).toBe(200);
    expect(read.body.data.cover).toMatchObject({ id: file.id, alternativeText: '福田会堂内，区残工委委员围坐在会议桌旁' });
  });

  it('with alternative text given at upload, is published at once', async () => {
    const file = await upload('futian-hall-stage.png', { alternativeText: '主席台上，区领导宣读残疾预防行动方案' });
    const response = await http(app.baseUrl, apiToken).post('/api/newsroom/meetings', { data: meetingData({ title: '封面有替代文字的会议', cover: file.id }) });
    expect(response.status).toBe(201);
    expect(response.body.data.publishedAt).toEqual(expect.any(String));
  });
});

describe('R8: the street of a street case, by locale', () => {
  const street = 'Shatou Subdistrict';

  it('accepts an English street case whose street does not end in 街道', async () => {
    const response = await http(app.baseUrl, apiToken).post('/api/newsroom/street-cases?locale=en', {
      data: streetCaseData({
        title: 'From people looking for policies to policies finding people',
        street,
        district: 'Futian District',
        presenter: { speakerDescription: 'Deputy director of the Shatou Subdistrict public service office', role: 'experience' },
      }),
    });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ street, locale: 'en' });
  });

  it('refuses the same street in a zh-Hans street case, at the field, and writes nothing', async () => {
    const api = http(app.baseUrl, apiToken);
    const response = await api.post('/api/newsroom/street-cases?locale=zh-Hans', { data: streetCaseData({ title: '街道名不合规的案例', street }) });
    expect(response.status).toBe(400);
    expectProblem(response.body.error.details.errors, ['street'], 'place.street.suffix');
    expect(await app.strapi.db.query('plugin::newsroom.street-case').count({ where: { title: '街道名不合规的案例' } })).toBe(0);
    // …and takes it with 街道.
    expect((await api.post('/api/newsroom/street-cases?locale=zh-Hans', { data: streetCaseData({ title: '街道名合规的案例', street: '沙头街道' }) })).status).toBe(201);
  });
});
