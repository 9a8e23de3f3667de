/**
 * The server side of the editor's screens (issue 15): the editorial check
 * answering both phases in one call, the import page's title/date overrides,
 * and the signed preview links of config/admin.ts's preview handler.
 */
import { adminJwt } from './helpers/auth';
import { http } from './helpers/http';
import { seedText } from '../fixtures/seed';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
let admin: ReturnType<typeof http>;
beforeAll(async () => {
  app = await startTestApp();
  admin = http(app.baseUrl, await adminJwt(app.strapi, app.baseUrl));
});
afterAll(async () => {
  await app?.stop();
});

const MEETING = 'plugin::newsroom.meeting';

describe('POST /newsroom/editorial-check with phases', () => {
  const data = { title: '2023年福田区残工委第一次全体会议', editorial: { credits: [{ role: 'editor', name: '陈飞2' }] } };

  it('answers save and publish in one call, each as its own single-phase call does', async () => {
    const both = await admin.post('/newsroom/editorial-check', { type: 'meeting', data, phases: ['save', 'publish'], language: 'en' });
    const save = await admin.post('/newsroom/editorial-check', { type: 'meeting', data, phase: 'save', language: 'en' });
    const publish = await admin.post('/newsroom/editorial-check', { type: 'meeting', data, phase: 'publish', language: 'en' });
    expect(both.status).toBe(200);
    expect(both.body.data.phases.save).toEqual(save.body.data);
    expect(both.body.data.phases.publish).toEqual(publish.body.data);
    // The existing fields stay: those of the last phase listed.
    expect(both.body.data).toMatchObject(publish.body.data);
    expect(save.body.data.errors.map((e: { code: string }) => e.code)).toContain('credits.name.invalid');
    expect(publish.body.data.errors.length).toBeGreaterThan(save.body.data.errors.length);
  });

  it.each([[['draft']], [[]], ['save'], [[1]]])('refuses phases %j with a 400 on its path', async (phases) => {
    const response = await admin.post('/newsroom/editorial-check', { type: 'meeting', data, phases });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['phases']);
  });
});

describe('POST /newsroom/import with overrides', () => {
  it('applies the title and date to the preview and to the written meeting', async () => {
    const overrides = { title: '福田区残工委2023年第一次全体会议', heldOn: '2023-04-27' };
    const preview = await admin.post('/newsroom/import', { text: seedText(), dryRun: true, overrides });
    expect(preview.status).toBe(200);
    expect(preview.body.data.report.meeting).toMatchObject(overrides);
    const written = await admin.post('/newsroom/import', { text: seedText(), overrides });
    expect(written.status).toBe(200);
    const meeting = (await app.strapi.documents(MEETING).findOne({ documentId: written.body.data.meeting.documentId, status: 'draft' } as never)) as {
      title: string;
      heldOn: string;
    };
    expect(meeting).toMatchObject(overrides);
  });

  it.each([
    [{ title: 42 }, ['overrides', 'title']],
    [{ title: '   ' }, ['overrides', 'title']],
    [{ heldOn: '2023-02-30' }, ['overrides', 'heldOn']],
    [{ heldOn: 20230428 }, ['overrides', 'heldOn']],
    [{ venue: '福田会堂' }, ['overrides', 'venue']],
    ['title', ['overrides']],
  ])('refuses overrides %j with a 400 ValidationError on %j, writing nothing', async (overrides, path) => {
    const before = await app.strapi.db.query(MEETING).count({});
    const response = await admin.post('/newsroom/import', { text: seedText(), overrides });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors[0].path).toEqual(path);
    expect(await app.strapi.db.query(MEETING).count({})).toBe(before);
  });
});

describe('preview links', () => {
  type Links = { urlFor(uid: string, params: Record<string, string>): string | null };
  const links = () => app.strapi.plugin('newsroom').service('preview-links') as unknown as Links;

  it('serves a signed draft as an HTML page; the same URL unsigned, altered or expired is refused', async () => {
    const draft = (await app.strapi.documents(MEETING).create({
      locale: 'zh-Hans',
      status: 'draft',
      data: { title: '预览测试会议', heldOn: '2023-04-28', organizer: '福田区残工委', editorial: { source: '深圳新闻网', credits: [{ role: 'editor', name: '陈飞' }] } },
    } as never)) as { documentId: string };
    const url = links().urlFor(MEETING, { documentId: draft.documentId, locale: 'zh-Hans', status: 'draft' }) as string;
    expect(url).toMatch(/^\/newsroom\/preview\/meeting\/[^?]+\?locale=zh-Hans&status=draft&expires=\d+&signature=/);

    const page = await fetch(`${app.baseUrl}${url}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain('<h1>预览测试会议</h1>');
    expect(html).toContain('<script type="application/ld+json">');

    const unsigned = await fetch(`${app.baseUrl}${url.split('?')[0]}`);
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toMatch(/This preview link is not signed/);
    expect(unsigned.headers.get('cache-control')).toBe('no-store');
    const otherDocument = await fetch(`${app.baseUrl}${url.replace(draft.documentId, 'abcdefghijklmnopqrstuvwx')}`);
    expect(otherDocument.status).toBe(403);
    const published = await fetch(`${app.baseUrl}${url.replace('status=draft', 'status=published')}`);
    expect(published.status).toBe(403);
    const expires = Number(/expires=(\d+)/.exec(url)?.[1]);
    const later = await fetch(`${app.baseUrl}${url.replace(`expires=${expires}`, `expires=${expires + 3600}`)}`);
    expect(later.status).toBe(403);
  });

  it('refuses a correctly signed link once it has expired', async () => {
    const draft = (await app.strapi.documents(MEETING).create({ locale: 'zh-Hans', status: 'draft', data: { title: '过期预览会议' } } as never)) as { documentId: string };
    const realNow = Date.now;
    Date.now = () => realNow() - 3 * 3600 * 1000;
    let url: string;
    try {
      url = links().urlFor(MEETING, { documentId: draft.documentId, locale: 'zh-Hans', status: 'draft' }) as string;
    } finally {
      Date.now = realNow;
    }
    const response = await fetch(`${app.baseUrl}${url}`);
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/This preview link has expired/);
  });

  it('gives no link for types that are not the newsroom’s', () => {
    expect(links().urlFor('plugin::users-permissions.user', { documentId: 'x', locale: 'en', status: 'draft' })).toBeNull();
  });
});
