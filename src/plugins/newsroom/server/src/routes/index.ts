import { factories } from '@strapi/strapi';

/** Content API under /api/newsroom/…; the admin twin of the live check under /newsroom/…. */
export default {
  meetings: factories.createCoreRouter('plugin::newsroom.meeting'),
  achievements: factories.createCoreRouter('plugin::newsroom.achievement'),
  'street-cases': factories.createCoreRouter('plugin::newsroom.street-case'),
  speakers: factories.createCoreRouter('plugin::newsroom.speaker'),
  'content-api': {
    type: 'content-api',
    routes: [
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
    ],
  },
};
