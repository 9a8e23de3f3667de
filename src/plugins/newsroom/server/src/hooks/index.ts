import type { Core } from '@strapi/strapi';
import { editorialRules } from './editorial-rules';
import { publicReadsPublished } from './public-reads-published';

/** Every Document Service middleware of the plugin, registered in one place. */
export const registerDocumentMiddlewares = (strapi: Core.Strapi): void => {
  strapi.documents.use(publicReadsPublished(strapi));
  strapi.documents.use(editorialRules(strapi));
};
