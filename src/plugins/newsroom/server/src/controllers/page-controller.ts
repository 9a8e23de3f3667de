import { factories } from '@strapi/strapi';
import type { Kind } from '../kinds';
import { pageLocale, readStoredPage } from '../services/pages/read';
import { bySlugPath, publicUrl } from '../services/pages/urls';

/**
 * The core controller of a type plus `bySlug`: GET /<plural>/by-slug/:slug,
 * public, published versions only. The answer is the stored page
 * (services/pages/store.ts), made when the document or anything it shows was written:
 * one row read, the same in every Strapi process on the database. A slug the
 * document no longer uses answers 301 to its current by-slug URL.
 */
export const pageController = (kind: Kind) =>
  factories.createCoreController(kind.uid, ({ strapi }) => ({
    async bySlug(ctx) {
      const locale = await pageLocale(strapi, ctx.query.locale);
      const answer = await readStoredPage(strapi, kind, String(ctx.params.slug ?? ''), locale);
      if ('page' in answer) {
        ctx.set('ETag', answer.page.etag);
        ctx.type = 'application/json';
        ctx.body = answer.page.json;
        return;
      }
      if ('movedTo' in answer) {
        ctx.redirect(`${publicUrl(strapi)}${bySlugPath(kind, answer.movedTo, locale)}`);
        ctx.status = 301;
        return;
      }
      return ctx.notFound(`No published ${kind.name} with slug "${String(ctx.params.slug ?? '')}"`);
    },
  }));
