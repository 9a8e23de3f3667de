import { factories } from '@strapi/strapi';
import { KINDS } from '../kinds';
import { FEED_ROUTES, SITEMAP_PAGE_ROUTE } from '../services/pages/feed-paths';
import { PAGE_LISTS, listName } from '../services/pages/page-lists';
import { PIPELINE_READ, PIPELINE_RETRY } from '../strapi/pipeline-permissions';

const HTTP_CACHE = 'plugin::newsroom.http-cache';
const FIELD_PATHS = 'plugin::newsroom.field-paths';
const cachedReads = {
  find: { middlewares: [HTTP_CACHE] },
  findOne: { middlewares: [HTTP_CACHE] },
  // Strapi's own refusals of a write (an unknown key) name their field like the rules' (middlewares/field-paths.ts).
  create: { middlewares: [FIELD_PATHS] },
  update: { middlewares: [FIELD_PATHS] },
};

/** Content API under /api/newsroom/…; the admin's live check and importer under /newsroom/…. */
export default {
  // Core REST routes of every kind: /api/newsroom/<plural>.
  ...Object.fromEntries(KINDS.map((kind) => [kind.plural, factories.createCoreRouter(kind.uid, { config: cachedReads })])),
  'content-api': {
    type: 'content-api',
    routes: [
      // One request per page: GET /api/newsroom/meetings/by-slug/:slug?locale=…
      ...KINDS.map((kind) => ({
        method: 'GET',
        path: `/${kind.plural}/by-slug/:slug`,
        handler: `${kind.name}.bySlug`,
        config: { middlewares: [HTTP_CACHE] },
      })),
      // The lists a page carries the start of, past it: GET /api/newsroom/speakers/by-slug/:slug/speeches?page=2,
      // …/meetings/by-slug/:slug/achievements, …/meetings/by-slug/:slug/street-cases (services/pages/page-lists.ts).
      ...PAGE_LISTS.map((list) => ({
        method: 'GET',
        path: `/${list.owner.plural}/by-slug/:slug/${list.segment}`,
        handler: `${listName(list)}.list`,
        config: { middlewares: [HTTP_CACHE] },
      })),
      // Feeds and sitemaps of the stored pages: /api/newsroom/feeds/rss.xml, …/sitemap.xml.
      ...Object.entries(FEED_ROUTES).map(([action, path]) => ({
        method: 'GET',
        path,
        handler: `feeds.${action}`,
        config: { middlewares: [HTTP_CACHE] },
      })),
      // The pages of the sitemap index, past `sitemapSize` URLs: /api/newsroom/sitemap-1.xml, …
      { method: 'GET', path: SITEMAP_PAGE_ROUTE, handler: 'feeds.sitemapPage', config: { middlewares: [HTTP_CACHE] } },
      {
        method: 'POST',
        path: '/editorial-check',
        handler: 'editorial-check.check',
        config: { policies: [] },
      },
      // Users & Permissions lists it as "drafts → read": the permission to read drafts (strapi/draft-access.ts).
      { method: 'GET', path: '/drafts', handler: 'drafts.read' },
      // Scheduled publish and unpublish (controllers/schedule-api.ts): for callers who may write the kind,
      // i.e. whose role or API token has its `update` (full-access tokens do; read-only tokens do not).
      ...KINDS.flatMap((kind) => {
        const config = { auth: { scope: [`${kind.uid}.update`] } };
        const path = `/${kind.plural}/:documentId/schedule`;
        const handler = `${kind.name}-schedule`;
        return [
          { method: 'POST', path, handler: `${handler}.create`, config },
          { method: 'GET', path, handler: `${handler}.list`, config },
          { method: 'DELETE', path, handler: `${handler}.cancel`, config },
          { method: 'DELETE', path: `${path}/:id`, handler: `${handler}.cancelOne`, config },
        ];
      }),
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'POST',
        path: '/editorial-check',
        handler: 'editorial-check.check',
        // Only for a kind, locale and draft the admin user may read in the content manager.
        config: { policies: ['admin::isAuthenticatedAdmin', 'plugin::newsroom.may-read-checked-document'] },
      },
      {
        method: 'POST',
        path: '/import',
        handler: 'import.import',
        // The controller also checks the editor may create meetings.
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      // Who did what to a document: read-only, for admin users who may read it (policies/may-read-history.ts).
      {
        method: 'GET',
        path: '/history/:kind/:documentId',
        handler: 'history.list',
        config: { policies: ['admin::isAuthenticatedAdmin', 'plugin::newsroom.may-read-history'] },
      },
      // The publishing pipeline's state and its failed jobs' retry (the admin's pipeline page), under the plugin's own permissions.
      {
        method: 'GET',
        path: '/outbox',
        handler: 'pipeline.status',
        config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [PIPELINE_READ] } }] },
      },
      {
        method: 'POST',
        path: '/outbox/jobs/:id/retry',
        handler: 'pipeline.retry',
        config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [PIPELINE_RETRY] } }] },
      },
      // Scheduled publishing (controllers/schedule.ts): the content manager's read or publish permission on that kind and locale.
      { method: 'GET', path: '/schedule/refusals', handler: 'schedule.refusals', config: { policies: ['admin::isAuthenticatedAdmin'] } },
      { method: 'POST', path: '/schedule/refusals/:id/seen', handler: 'schedule.seen', config: { policies: ['admin::isAuthenticatedAdmin'] } },
      ...(
        [
          ['GET', '/schedule/:kind/:documentId', 'schedule.list', 'read'],
          ['POST', '/schedule/:kind/:documentId', 'schedule.create', 'publish'],
          ['DELETE', '/schedule/:kind/:documentId/:id', 'schedule.cancelOne', 'publish'],
        ] as const
      ).map(([method, path, handler, needs]) => ({
        method,
        path,
        handler,
        config: { policies: ['admin::isAuthenticatedAdmin', { name: 'plugin::newsroom.may-schedule', config: { needs } }] },
      })),
      // The signed link is the permission (controllers/preview.ts): it opens in the admin's iframe without a login.
      { method: 'GET', path: '/preview/:kind/:documentId', handler: 'preview.show', config: { auth: false } },
    ],
  },
};
