import { factories } from '@strapi/strapi';

const HTTP_CACHE = 'plugin::newsroom.http-cache';
const cachedReads = { find: { middlewares: [HTTP_CACHE] }, findOne: { middlewares: [HTTP_CACHE] } };

const TYPES = [
  ['meetings', 'meeting'],
  ['achievements', 'achievement'],
  ['street-cases', 'street-case'],
  ['speakers', 'speaker'],
] as const;

/** Content API under /api/newsroom/…; the admin's live check and importer under /newsroom/…. */
export default {
  meetings: factories.createCoreRouter('plugin::newsroom.meeting', { config: cachedReads }),
  achievements: factories.createCoreRouter('plugin::newsroom.achievement', { config: cachedReads }),
  'street-cases': factories.createCoreRouter('plugin::newsroom.street-case', { config: cachedReads }),
  speakers: factories.createCoreRouter('plugin::newsroom.speaker', { config: cachedReads }),
  'content-api': {
    type: 'content-api',
    routes: [
      // One request per page: GET /api/newsroom/meetings/by-slug/:slug?locale=…
      ...TYPES.map(([plural, singular]) => ({
        method: 'GET',
        path: `/${plural}/by-slug/:slug`,
        handler: `${singular}.bySlug`,
        config: { middlewares: [HTTP_CACHE] },
      })),
      {
        method: 'POST',
        path: '/editorial-check',
        handler: 'editorial-check.check',
        config: { policies: [] },
      },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'POST',
        path: '/editorial-check',
        handler: 'editorial-check.check',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'POST',
        path: '/import',
        handler: 'import.import',
        // The controller also checks the editor may create meetings.
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      // The signed link is the permission (controllers/preview.ts): it opens in the admin's iframe without a login.
      { method: 'GET', path: '/preview/:kind/:documentId', handler: 'preview.show', config: { auth: false } },
    ],
  },
};
