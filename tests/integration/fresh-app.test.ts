/**
 * The plugin as an integrator gets it: copied, built, into a freshly
 * generated and otherwise empty Strapi 5 app, it boots there and exposes its
 * four content types, its six components and its content API.
 *
 * The fresh app is scripted here rather than made by create-strapi-app, which
 * downloads its template at run time: what create-strapi-app writes for a
 * JavaScript project, minus the example content: package.json, config/
 * (database, server, admin, plugins, middlewares), src/index.js with empty
 * lifecycles and public/uploads/. node_modules is a symlink to this repo's, so
 * the fresh app runs the same pinned @strapi/* 5.54.0. The plugin is a COPY
 * of its package.json and built dist/ (no sources), under src/plugins/newsroom
 * and declared in config/plugins.js with `resolve`, as a local plugin.
 *
 * Nothing else is enabled: Strapi loads its internal plugins (content
 * manager, upload, i18n…) always, and npm plugins only when they are listed in
 * the app's package.json dependencies with `strapi.kind: plugin`. The fresh
 * app lists only @strapi/strapi (not a plugin), so users-permissions and
 * graphql, present in the shared node_modules, stay off, and so do this
 * repo's config and src/index.ts.
 *
 * It boots a plain JS app from its own folder (appDir = distDir, no compile)
 * and always runs on SQLite in its temp folder, also when the suite runs with
 * TEST_DATABASE=postgres or mysql: what is tested is the plugin's packaging
 * into another app, not the database; the other test files cover those.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { createApiToken } from './helpers/auth';
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';

const REPO = path.resolve(__dirname, '../..');
const REPO_NODE_MODULES = path.join(REPO, 'node_modules');
const PLUGIN_DIR = path.join(REPO, 'src/plugins/newsroom');

const CONTENT_TYPES = ['meeting', 'achievement', 'street-case', 'speaker'];
const COMPONENTS = ['editorial', 'credit', 'speech', 'adopted-document', 'metric', 'position'];

/** The files of a fresh JavaScript Strapi 5 app, keyed by path relative to it. */
const freshAppFiles = (): Record<string, string> => ({
  'package.json': `${JSON.stringify(
    {
      name: 'fresh-strapi-app',
      private: true,
      version: '0.1.0',
      scripts: { develop: 'strapi develop', start: 'strapi start' },
      // Only Strapi itself: every other dependency with `strapi.kind: plugin` would be loaded.
      dependencies: { '@strapi/strapi': '5.54.0' },
    },
    null,
    2,
  )}\n`,
  'config/database.js': `const path = require('path');

// Always SQLite in the app's own folder, whatever TEST_DATABASE says.
module.exports = () => ({
  connection: {
    client: 'sqlite',
    connection: { filename: path.join(__dirname, '..', '.tmp', 'data.db') },
    useNullAsDefault: true,
  },
});
`,
  'config/server.js': `module.exports = ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS', ['freshAppKeyA', 'freshAppKeyB']) },
  logger: {
    updates: { enabled: false },
    startup: { enabled: false },
    // Quiet test output: Strapi's default logger, at the level the suite asks for.
    config: { level: env('STRAPI_LOG_LEVEL', 'http') },
  },
});
`,
  'config/admin.js': `module.exports = ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'fresh-app-admin-jwt-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'fresh-app-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'fresh-app-transfer-token-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'fresh-app-encryption-key') },
  flags: { nps: false, promoteEE: false },
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
});
`,
  'config/plugins.js': `module.exports = () => ({
  newsroom: {
    enabled: true,
    resolve: './src/plugins/newsroom',
  },
});
`,
  'config/middlewares.js': `module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
`,
  'src/index.js': `module.exports = {
  register(/* { strapi } */) {},
  bootstrap(/* { strapi } */) {},
};
`,
  'public/uploads/.gitkeep': '',
});

const scaffoldFreshApp = (): string => {
  const builtServer = path.join(PLUGIN_DIR, 'dist/server/index.js');
  if (!fs.existsSync(builtServer)) {
    throw new Error(`${builtServer} is missing: build the plugin first (npm run build:plugin; scripts/test.mjs does it)`);
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-fresh-app-'));
  for (const [file, content] of Object.entries(freshAppFiles())) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  fs.symlinkSync(REPO_NODE_MODULES, path.join(root, 'node_modules'), 'dir');
  const pluginCopy = path.join(root, 'src/plugins/newsroom');
  fs.mkdirSync(pluginCopy, { recursive: true });
  fs.copyFileSync(path.join(PLUGIN_DIR, 'package.json'), path.join(pluginCopy, 'package.json'));
  fs.cpSync(path.join(PLUGIN_DIR, 'dist'), path.join(pluginCopy, 'dist'), { recursive: true });
  return root;
};

describe('the built plugin in a fresh, empty Strapi 5 app', () => {
  let appDir: string | undefined;
  let strapi: Core.Strapi | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    appDir = scaffoldFreshApp();
    // The harness (helpers/strapi.ts) is not used here; this app needs only these.
    Object.assign(process.env, {
      HOST: '127.0.0.1',
      PORT: '0',
      SERVE_ADMIN_PANEL: 'false',
      NODE_ENV: 'test',
      STRAPI_LOG_LEVEL: 'error',
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'false',
    });
    const { createStrapi } = await import('@strapi/strapi');
    // Kept before load() so that afterAll stops it even when booting fails halfway.
    strapi = createStrapi({ appDir, distDir: appDir });
    await strapi.load();
    strapi.log.level = 'error';
    await strapi.listen();
    const address = strapi.server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('Strapi did not listen on a TCP port');
    baseUrl = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    try {
      await strapi?.destroy();
    } finally {
      if (appDir) fs.rmSync(appDir, { recursive: true, force: true });
    }
  });

  it('runs from the copy, with none of the npm plugins installed in node_modules', () => {
    const plugins = Object.keys(strapi!.plugins);
    expect(plugins).toContain('newsroom');
    expect(plugins).not.toContain('users-permissions');
    expect(plugins).not.toContain('graphql');
    const enabled = strapi!.config.get('enabledPlugins') as Record<string, { pathToPlugin?: string }>;
    expect(fs.realpathSync(enabled.newsroom.pathToPlugin!)).toBe(fs.realpathSync(path.join(appDir!, 'src/plugins/newsroom')));
  });

  it('registers the four content types and the six components', () => {
    for (const type of CONTENT_TYPES) {
      expect(strapi!.contentTypes[`plugin::newsroom.${type}` as never]).toBeDefined();
    }
    for (const component of COMPONENTS) {
      expect(strapi!.components[`newsroom.${component}` as never]).toBeDefined();
    }
  });

  it('creates and publishes a meeting with its editorial credits through the Document Service', async () => {
    const meetings = strapi!.documents('plugin::newsroom.meeting' as never);
    const draft = (await meetings.create({ data: meetingData() } as never)) as unknown as { documentId: string };
    expect(draft.documentId).toEqual(expect.any(String));
    await meetings.publish({ documentId: draft.documentId } as never);

    const published = (await meetings.findOne({
      documentId: draft.documentId,
      status: 'published',
      populate: { editorial: { populate: ['credits'] } },
    } as never)) as any;
    expect(published).toMatchObject({ title: meetingData().title, publishedAt: expect.anything() });
    expect(published.editorial.credits.map((c: { role: string; name: string }) => [c.role, c.name])).toEqual(
      meetingData().editorial.credits.map((c) => [c.role, c.name]),
    );
  });

  it('serves its content API under /api/newsroom', async () => {
    // No users-permissions here, so nobody is granted public access: the route exists but refuses.
    const anonymous = await http(baseUrl).get('/api/newsroom/meetings');
    expect(anonymous.status).not.toBe(404);
    expect([401, 403]).toContain(anonymous.status);
    expect((await http(baseUrl).get('/api/newsroom/no-such-type')).status).toBe(404);

    // An API token, as an integrator would create one, reads the published meeting.
    const token = await createApiToken(strapi!, 'read-only');
    const read = await http(baseUrl, token).get('/api/newsroom/meetings');
    expect(read.status).toBe(200);
    expect(read.body.data.map((m: { title: string }) => m.title)).toContain(meetingData().title);
  });
});
