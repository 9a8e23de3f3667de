/**
 * Adding a kind is three files: its schema.json, its words.json, and its
 * entry in content-types/index.ts (the list of kinds, with its JSON-LD type).
 *
 * A throwaway fifth kind, "activity" (活动), is added to a COPY of the
 * plugin's source, as a contributor would: a schema with a title, a slug, a
 * date, a venue and the editorial component; its words (its name and its
 * fields' labels in zh-Hans and en); its entry in content-types/index.ts's
 * list, saying it is a schema.org Event — no route, controller, service,
 * GraphQL, slug, page, preview or rules code. The test counts the files the
 * copy differs in. The copy is compiled (tsc, as CommonJS) and this app
 * boots it in place of the plugin (NEWSROOM_PLUGIN_PATH, config/plugins.ts).
 * Then the kind must have its REST routes, its stored page with JSON-LD, a
 * signed preview link that opens its preview page, its GraphQL type, its
 * slug, and the editorial rules on writes and in the editorial check.
 * Nothing of the fixture is shipped.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { toSlug } from '../../src/plugins/newsroom/server/src/editorial/slug';
import { createApiToken } from './helpers/auth';
import { seedEditorial } from './helpers/fixtures';
import { http, type JsonResponse } from './helpers/http';
import { APP_DIR, startTestApp, type TestApp } from './helpers/strapi';

const PLUGIN_DIR = path.join(APP_DIR, 'src/plugins/newsroom');
// Inside the repository, so that the copy resolves its dependencies from this node_modules.
const COPY_DIR = path.join(APP_DIR, '.tmp', `fifth-kind-${process.pid}`);

const ACTIVITY_SCHEMA = {
  kind: 'collectionType',
  collectionName: 'newsroom_activities',
  info: { singularName: 'activity', pluralName: 'activities', displayName: 'Activity', description: '活动: a test fixture, not shipped.' },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true } },
  attributes: {
    title: { type: 'string', maxLength: 120, required: true, pluginOptions: { i18n: { localized: true } } },
    slug: { type: 'uid', targetField: 'title', pluginOptions: { i18n: { localized: true } } },
    heldOn: { type: 'date', pluginOptions: { i18n: { localized: true } } },
    venue: { type: 'string', maxLength: 120, pluginOptions: { i18n: { localized: true } } },
    editorial: { type: 'component', repeatable: false, component: 'newsroom.editorial', pluginOptions: { i18n: { localized: true } } },
  },
};

/** Its words: its name and the labels of the fields its preview shows. */
const ACTIVITY_WORDS = {
  'zh-Hans': { name: '活动', fields: { heldOn: '活动日期', venue: '活动地点' } },
  en: { name: 'Activity', fields: { heldOn: 'Held on', venue: 'Venue' } },
};

/** Its entry in the list of kinds: its schema, its words, and the schema.org thing it is. */
const ACTIVITY_ENTRY = "{ schema: activitySchema, words: activityWords, jsonLd: { type: 'Event', properties: { name: 'title', startDate: 'heldOn', location: 'venue' } } },";

/** The files of the plugin's server and shared code, relative, with their contents. */
const sourceFiles = (root: string): Map<string, string> => {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else files.set(relative, fs.readFileSync(path.join(root, relative), 'utf8'));
    }
  };
  for (const part of ['server/src', 'shared']) walk(part);
  return files;
};

/** The files the copy adds or changes, against the plugin. */
const touchedFiles = (): string[] => {
  const original = sourceFiles(PLUGIN_DIR);
  return [...sourceFiles(COPY_DIR)].filter(([file, text]) => original.get(file) !== text).map(([file]) => file).sort();
};

/** The copy of the plugin with the fifth kind: its schema, its words and its entry in content-types/index.ts, then compiled. */
const buildPluginWithFifthKind = (): void => {
  fs.rmSync(COPY_DIR, { recursive: true, force: true });
  for (const part of ['server', 'shared', 'package.json']) {
    fs.cpSync(path.join(PLUGIN_DIR, part), path.join(COPY_DIR, part), { recursive: true });
  }
  const schemaDir = path.join(COPY_DIR, 'server/src/content-types/activity');
  fs.mkdirSync(schemaDir, { recursive: true });
  fs.writeFileSync(path.join(schemaDir, 'schema.json'), JSON.stringify(ACTIVITY_SCHEMA, null, 2));
  fs.writeFileSync(path.join(schemaDir, 'words.json'), JSON.stringify(ACTIVITY_WORDS, null, 2));

  const registry = path.join(COPY_DIR, 'server/src/content-types/index.ts');
  const source = fs.readFileSync(registry, 'utf8');
  const opening = 'export const KIND_ENTRIES: ReadonlyArray<KindEntry> = [';
  if (!source.includes(opening)) throw new Error(`content-types/index.ts no longer has "${opening}": update this test`);
  fs.writeFileSync(
    registry,
    `import activitySchema from './activity/schema.json';\nimport activityWords from './activity/words.json';\n${source.replace(opening, `${opening}\n  ${ACTIVITY_ENTRY}`)}`
  );

  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(COPY_DIR, 'server/tsconfig.json')], { stdio: 'inherit' });
  const manifest = JSON.parse(fs.readFileSync(path.join(COPY_DIR, 'package.json'), 'utf8'));
  manifest.exports['./strapi-server'] = { require: './dist/server/src/index.js', default: './dist/server/src/index.js' };
  fs.writeFileSync(path.join(COPY_DIR, 'package.json'), JSON.stringify(manifest, null, 2));
};

describe('a fifth kind added through the registry alone', () => {
  let app: TestApp;
  let token: string;
  let created: JsonResponse;
  const title = '2024年福田区助残志愿服务活动';
  const venue = '福田区残疾人综合服务中心';

  beforeAll(async () => {
    buildPluginWithFifthKind();
    process.env.NEWSROOM_PLUGIN_PATH = COPY_DIR;
    try {
      app = await startTestApp();
    } finally {
      delete process.env.NEWSROOM_PLUGIN_PATH;
    }
    token = await createApiToken(app.strapi);
    // One activity, created through its REST route, that every test reads (none depends on another's writes).
    created = await http(app.baseUrl, token).post('/api/newsroom/activities', {
      data: { title, heldOn: '2024-03-05', venue, editorial: seedEditorial() },
    });
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    fs.rmSync(COPY_DIR, { recursive: true, force: true });
  });


  it('takes three files: its schema, its words and its entry in the list of kinds', () => {
    expect(touchedFiles()).toEqual(['server/src/content-types/activity/schema.json', 'server/src/content-types/activity/words.json', 'server/src/content-types/index.ts']);
  });

  it('is loaded from the copy, next to the four kinds', () => {
    const enabled = app.strapi.config.get('enabledPlugins') as Record<string, { pathToPlugin?: string }>;
    expect(fs.realpathSync(enabled.newsroom.pathToPlugin!)).toBe(fs.realpathSync(COPY_DIR));
    expect(Object.keys(app.strapi.plugin('newsroom').contentTypes).sort()).toEqual(['achievement', 'activity', 'meeting', 'speaker', 'street-case']);
  });

  it('has REST routes, a slug from the title, and its page by slug', async () => {
    expect(created.body.error).toBeUndefined();
    expect(created.status).toBe(201);
    expect(created.body.data.slug).toBe(toSlug(title));
    expect(created.body.data.slug).toMatch(/^2024-nian-fu-tian-qu/);

    const page = await http(app.baseUrl).get(`/api/newsroom/activities/by-slug/${created.body.data.slug}`);
    expect(page.status).toBe(200);
    expect(page.body.data).toMatchObject({ title, heldOn: '2024-03-05', editorial: { byline: '记者 田也' } });
  });

  it('has its own stored page, with JSON-LD from its entry: a NewsArticle about the Event its fields make', async () => {
    const [row] = await app.strapi.db.connection('newsroom_pages').where({ kind: 'activity' }).select('json', 'slug');
    expect(row).toBeDefined();
    const stored = JSON.parse(String(row.json)) as { data: { jsonLd: Record<string, unknown> } };
    expect(stored.data.jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: title,
      author: [{ '@type': 'Person', name: '田也' }],
      about: { '@type': 'Event', name: title, startDate: '2024-03-05', location: venue },
    });
    const page = await http(app.baseUrl).get(`/api/newsroom/activities/by-slug/${String(row.slug)}`);
    expect(page.body.data.jsonLd).toEqual(stored.data.jsonLd);
  });

  it('has a signed preview link that opens its preview page: its title, its fields in its words, its JSON-LD', async () => {
    const [activity] = (await app.strapi.documents('plugin::newsroom.activity' as never).findMany({ locale: 'zh-Hans' } as never)) as Array<{ documentId: string }>;
    const links = app.strapi.plugin('newsroom').service('preview-links') as { urlFor(uid: string, params: Record<string, string>): string | null };
    const url = links.urlFor('plugin::newsroom.activity', { documentId: activity.documentId, locale: 'zh-Hans', status: 'draft' });
    expect(url).toMatch(/^\/newsroom\/preview\/activity\/[^?]+\?locale=zh-Hans&status=draft&expires=\d+&signature=/);
    const response = await fetch(`${app.baseUrl}${url}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain('<p class="subtitle">活动</p>');
    expect(html).toContain('<dt>活动日期</dt><dd>2024-03-05</dd>');
    expect(html).toContain(`<dt>活动地点</dt><dd>${venue}</dd>`);
    expect(html).toMatch(/<script type="application\/ld\+json">[^<]*"@type":"Event"/);
  });

  it('has its GraphQL type, with creditLine and byline as every kind with editorial data', async () => {
    const response = await http(app.baseUrl).post('/graphql', { query: '{ newsroomActivities { title slug byline } }' });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.newsroomActivities).toEqual([{ title, slug: toSlug(title), byline: '记者 田也' }]);
  });

  it('is judged by the editorial rules on a write, and changes nothing when refused', async () => {
    const before = await app.strapi.db.query('plugin::newsroom.activity' as never).count({});
    const refused = await http(app.baseUrl, token).post('/api/newsroom/activities?status=draft', {
      data: { title: '另一个活动', editorial: { credits: [{ role: 'editor', name: '陈飞2' }] } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['editorial', 'credits', 0, 'name'], code: 'credits.name.invalid' }),
    ]);
    expect(await app.strapi.db.query('plugin::newsroom.activity' as never).count({})).toBe(before);
  });

  it('is known to the editorial check, with the publish rules its schema implies', async () => {
    const response = await http(app.baseUrl, token).post('/api/newsroom/editorial-check', {
      type: 'activity',
      phase: 'publish',
      data: { editorial: { credits: [{ role: 'editor', name: '陈飞' }] } },
    });
    expect(response.status).toBe(200);
    const codes = response.body.data.errors.map((e: { path: Array<string | number>; code: string }) => `${e.path.join('.')} ${e.code}`);
    expect(response.body.data.ready).toBe(false);
    // `title` is `required` in its schema; the editorial's report time and sign-off come with the component.
    expect(codes).toEqual(expect.arrayContaining(['title field.required', 'editorial.reportedAt field.required', 'editorial.credits credits.responsible-editor.missing']));
  });
});
