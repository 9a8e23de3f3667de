/**
 * The importer: a report becomes structured documents through the editorial
 * hooks, in one transaction; importing it again updates instead of
 * duplicating; a report the rules refuse writes nothing at all.
 */
import { execFile } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { adminJwt } from './helpers/auth';
import { http } from './helpers/http';
import { seedText, variantOfSeed } from '../fixtures/seed';
import { useTestApp } from './helpers/app';
import { APP_DIR, type TestApp } from './helpers/strapi';

let app: TestApp;
useTestApp({}, (ready) => ({ app } = ready));

const importer = () => app.strapi.plugin('newsroom').service('importer');
const TABLES = [
  'newsroom_meetings',
  'newsroom_achievements',
  'newsroom_street_cases',
  'newsroom_speakers',
  'components_newsroom_credits',
  'components_newsroom_speeches',
  'components_newsroom_metrics',
  'newsroom_slug_claims',
  'newsroom_imports',
];
const rowCounts = async () => {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [{ n }] = await app.strapi.db.connection(table).count({ n: '*' });
    counts[table] = Number(n);
  }
  return counts;
};

it('imports the seed article as a published meeting with its achievements, street cases, speakers and credits', async () => {
  const outcome = await importer().importReport(seedText(), { publish: true, fileName: 'seed.txt' });
  expect(outcome.status).toBe('created');
  const meeting = (await app.strapi.documents('plugin::newsroom.meeting').findOne({
    documentId: outcome.meeting.documentId,
    status: 'published',
    populate: {
      achievements: { sort: ['ordinal:asc'] },
      streetCases: true,
      speeches: { populate: { speaker: { populate: ['positions'] } } },
      adoptedDocuments: true,
      editorial: { populate: ['credits'] },
    },
  } as never)) as any;
  expect(meeting).toMatchObject({ title: '2023年福田区残工委第一次全体会议', heldOn: '2023-04-28', venue: '福田会堂', organizer: '福田区残工委', locale: 'zh-Hans' });
  expect(meeting.achievements.map((a: any) => [a.ordinal, a.year])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, 2022]));
  expect(meeting.streetCases.map((s: any) => s.community ?? s.street).sort()).toEqual(['梅林街道', '沙头街道', '莲花北社区'].sort());
  expect(meeting.adoptedDocuments).toEqual([expect.objectContaining({ title: '福田区残疾预防行动方案(2023-2025年)', action: 'adopted' })]);
  expect(meeting.editorial).toMatchObject({
    source: '深圳新闻网',
    creditLine: '[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]',
    byline: '记者 田也',
    dateline: '读特客户端·深圳新闻网2023年4月29日讯',
  });
  expect(new Date(meeting.editorial.reportedAt).toISOString()).toBe('2023-04-29T01:58:00.000Z');
  const report = meeting.speeches.find((s: any) => s.role === 'report');
  expect(report.speaker.name).toBe('罗念纯');
  expect(report.speaker.positions.map((p: any) => p.title)).toEqual(['党组书记', '理事长', '一级调研员']);
});

it('updates instead of duplicating when the same report is imported again', async () => {
  // A report no other test of this file imports (not the seed: the first test expects to create it, in whatever order they run).
  const report = variantOfSeed(3);
  expect((await importer().importReport(report, { publish: true, fileName: 'v3.txt' })).status).toBe('created');
  const before = await rowCounts();
  const outcome = await importer().importReport(report, { publish: true, fileName: 'v3.txt' });
  expect(outcome.status).toBe('updated');
  expect(outcome.counts.speakersReused).toBe(outcome.counts.speakers);
  expect(await rowCounts()).toEqual(before);
});

it('writes nothing at all when the editorial rules refuse a report, and says where', async () => {
  const before = await rowCounts();
  const bad = variantOfSeed(1).replace('[责任编辑:郑晓鹏]', '[责任编辑:郑晓鹏2]');
  const error = await importer()
    .importReport(bad, { publish: true, fileName: 'bad.txt' })
    .then(() => null, (e: any) => e);
  expect(error?.name).toBe('ValidationError');
  expect(error.details.errors).toEqual(
    expect.arrayContaining([expect.objectContaining({ path: ['meeting', 'editorial', 'credits', 3, 'name'], code: 'credits.name.invalid' })])
  );
  expect(await rowCounts()).toEqual(before);
});

it('refuses empty and binary files with a message naming the file', async () => {
  for (const [text, code] of [
    ['   \n', 'import.empty'],
    ['\u0000\u0001\u0002binary\u0000', 'import.binary'],
  ] as const) {
    const error = await importer()
      .importReport(text, { fileName: 'odd.txt' })
      .then(() => null, (e: any) => e);
    expect(error.details.errors[0]).toMatchObject({ path: ['file'], code });
    expect(error.message).toContain('odd.txt');
  }
});

it('previews a report through the admin import route without writing, then imports it', async () => {
  const token = await adminJwt(app.strapi, app.baseUrl);
  const api = http(app.baseUrl, token);
  const before = await rowCounts();
  const preview = await api.post('/newsroom/import', { text: variantOfSeed(2), fileName: 'v2.txt', dryRun: true });
  expect(preview.status).toBe(200);
  expect(preview.body.data).toMatchObject({ status: 'parsed', counts: { achievements: 6, streetCases: 3 } });
  expect(await rowCounts()).toEqual(before);
  const imported = await api.post('/newsroom/import', { text: variantOfSeed(2), fileName: 'v2.txt' });
  expect(imported.status).toBe(200);
  expect(imported.body.data.status).toBe('created');
  const refused = await api.post('/newsroom/import', { text: '', fileName: 'empty.txt' });
  expect(refused.status).toBe(400);
  expect(refused.body.error.details.errors[0]).toMatchObject({ path: ['file'], code: 'import.empty' });
  expect((await http(app.baseUrl).post('/newsroom/import', { text: seedText() })).status).toBe(401);
});

// On every database. 100 reports of about 15 documents each take 20–60 s on SQLite and PostgreSQL and
// longer on MariaDB (BENCHMARKS.md), more on a busy machine: this test gets its own timeout.
it('imports 100 reports in one CLI run, and reports a rejected file without stopping', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-import-'));
  const files = Array.from({ length: 100 }, (_, i) => {
    const file = path.join(dir, `report-${String(i + 10).padStart(3, '0')}.txt`);
    fs.writeFileSync(file, variantOfSeed(i + 10));
    return file;
  });
  const empty = path.join(dir, 'empty.txt');
  fs.writeFileSync(empty, '');
  const before = await app.strapi.db.query('plugin::newsroom.meeting').count({});
  const run = promisify(execFile);
  const result = await run(process.execPath, [path.join(APP_DIR, 'scripts/import.mjs'), ...files, empty], {
    env: { ...process.env, ...app.database.env, STRAPI_LOG_LEVEL: 'error' },
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: any) => ({ code: e.code as number, stdout: e.stdout as string })
  );
  fs.rmSync(dir, { recursive: true, force: true });
  expect(result.code).toBe(1); // one file was rejected
  expect(result.stdout).toMatch(/100 created, 0 updated, 1 rejected/);
  expect(result.stdout).toContain('empty.txt');
  expect(await app.strapi.db.query('plugin::newsroom.meeting').count({})).toBe(before + 100); // drafts only
}, 600_000);

it('publishes a reused speaker again only when their draft changed since their publication', async () => {
  const rows = () => app.strapi.db.query('plugin::newsroom.speaker');
  const published = async () =>
    (await rows().findOne({ where: { name: '罗念纯', locale: 'zh-Hans', publishedAt: { $notNull: true } }, select: ['id', 'bio'] })) as { id: number; bio: string | null };
  await importer().importReport(variantOfSeed(71), { publish: true, fileName: 'v71.txt' });
  const first = await published();
  // Published as the draft stands: a publish would replace the published row (and rebuild every page that shows the speaker).
  await importer().importReport(variantOfSeed(72), { publish: true, fileName: 'v72.txt' });
  expect((await published()).id).toBe(first.id);

  const draft = (await rows().findOne({ where: { name: '罗念纯', locale: 'zh-Hans', publishedAt: null }, select: ['documentId'] })) as { documentId: string };
  await app.strapi.documents('plugin::newsroom.speaker').update({ documentId: draft.documentId, locale: 'zh-Hans', data: { bio: '导入前在草稿里改过' } } as never);
  await importer().importReport(variantOfSeed(73), { publish: true, fileName: 'v73.txt' });
  expect((await published()).bio).toBe('导入前在草稿里改过');
});
