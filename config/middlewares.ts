export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // strapi::body with 1 MB on every route, raised only on the admin's import route (reports up to 2 MB).
  { name: 'plugin::newsroom.body', config: { jsonLimit: '1mb', textLimit: '1mb', formLimit: '1mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
