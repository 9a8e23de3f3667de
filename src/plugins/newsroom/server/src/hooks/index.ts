import type { Core } from '@strapi/strapi';
import { editorialRules } from './editorial-rules';
import { pageCacheInvalidation } from './page-cache-invalidation';
import { publicReadsPublished } from './public-reads-published';
import { slugs } from './slugs';
import { writeTransaction } from './write-transaction';

/** Every Document Service middleware of the plugin, registered in one place. */
export const registerDocumentMiddlewares = (strapi: Core.Strapi): void => {
  strapi.documents.use(publicReadsPublished(strapi));
  strapi.documents.use(pageCacheInvalidation(strapi));
  // Outermost first: one transaction around everything a write does; the
  // rules then normalize the title the slug is made from.
  strapi.documents.use(writeTransaction(strapi));
  strapi.documents.use(editorialRules(strapi));
  strapi.documents.use(slugs(strapi));
};
