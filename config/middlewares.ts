const MB = 1024 * 1024;

export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // 1 MB on every route, multipart bodies included (fields and files); the newsroom plugin raises it on its import
  // route only (reports up to 2 MB), src/body-limits.ts on the media library's upload routes (files up to upload's sizeLimit).
  {
    name: 'strapi::body',
    config: {
      jsonLimit: '1mb',
      textLimit: '1mb',
      formLimit: '1mb',
      formidable: { maxFieldsSize: MB, maxFileSize: MB, maxTotalFileSize: MB },
    },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
