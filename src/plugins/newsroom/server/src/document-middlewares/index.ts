import type { Core } from '@strapi/strapi';
import { editorialRules } from './editorial-rules';
import { pageRebuild } from './page-rebuild';
import { publicReadsPublished } from './public-reads-published';
import { slugs } from './slugs';
import { writeTransaction } from './write-transaction';

/**
 * Every Document Service middleware of the plugin, registered in one place.
 *
 * `documentMiddlewares: false` (the plugin's config) leaves the write hooks
 * out — rules, slugs, their transaction, the page rebuild — so the import
 * benchmark can measure what they cost; drafts stay private either way.
 * Refused in production: there it would let broken credits be published.
 */
export const registerDocumentMiddlewares = (strapi: Core.Strapi): void => {
  strapi.documents.use(publicReadsPublished(strapi));
  if (strapi.config.get('plugin::newsroom.documentMiddlewares') === false) {
    if (process.env.NODE_ENV === 'production') {
      throw new Error('newsroom: documentMiddlewares: false turns the editorial rules off; it is for benchmarks, not for production');
    }
    strapi.log.warn('newsroom: the editorial rules, slugs and page-rebuild hooks are OFF (documentMiddlewares: false)');
    return;
  }
  // Outermost first: one transaction around everything a write does; the
  // pages it changes are rebuilt inside it, after the write (the batch's end);
  // the rules then normalize the title the slug is made from.
  strapi.documents.use(writeTransaction(strapi));
  strapi.documents.use(pageRebuild(strapi));
  strapi.documents.use(editorialRules(strapi));
  strapi.documents.use(slugs(strapi));
};
