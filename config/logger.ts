import { formats, winston } from '@strapi/logger';

/** Strapi's own logging, with the level settable by STRAPI_LOG_LEVEL (the tests set `error`). */
export default {
  level: process.env.STRAPI_LOG_LEVEL || 'http',
  format: formats.prettyPrint(),
  transports: [new winston.transports.Console()],
};
