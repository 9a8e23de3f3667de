export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Reports up to 2 MB are imported through the admin's import route.
  { name: 'strapi::body', config: { jsonLimit: '4mb', textLimit: '4mb', formLimit: '4mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
