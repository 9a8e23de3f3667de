export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // 1 MB on every route; the newsroom plugin raises it on its import route only (reports up to 2 MB).
  { name: 'strapi::body', config: { jsonLimit: '1mb', textLimit: '1mb', formLimit: '1mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
