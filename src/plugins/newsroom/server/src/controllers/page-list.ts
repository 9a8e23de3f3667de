import type { Core } from '@strapi/strapi';
import { listPageBySlug } from '../services/pages/list-by-slug';
import type { PageList } from '../services/pages/page-lists';
import { listPath, publicUrl } from '../services/pages/urls';

interface Context {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  querystring: string;
  body?: unknown;
  status: number;
  redirect(url: string): void;
  notFound(message: string): void;
}

/**
 * GET /api/newsroom/<plural>/by-slug/:slug/<segment>?page=2&pageSize=20&locale=…
 * (public): a list of a page past the items its stored page carries
 * (services/pages/page-lists.ts), in the page's order, with
 * `meta.pagination` as Strapi's lists answer it. A slug the owner no longer
 * uses answers 301 to the same list under its current slug; a slug of no
 * published page, 404.
 */
export const pageListController =
  (list: PageList) =>
  ({ strapi }: { strapi: Core.Strapi }) => ({
    async list(ctx: Context) {
      const { slug } = ctx.params;
      const { locale, page, pageSize } = ctx.query;
      const answer = await listPageBySlug(strapi, list, { slug, locale, page, pageSize, argumentPath: [] });
      if ('list' in answer) {
        ctx.body = { data: answer.list.items, meta: { pagination: answer.list.pagination } };
        return;
      }
      if ('movedTo' in answer) {
        // The same page of the list, in the locale it was found in, as by-slug's 301 names it.
        const query = new URLSearchParams(ctx.querystring);
        query.set('locale', answer.locale);
        ctx.redirect(`${publicUrl(strapi)}${listPath(list.owner, answer.movedTo, list.segment, query)}`);
        ctx.status = 301;
        return;
      }
      return ctx.notFound(`No published ${list.owner.name} with slug "${String(slug ?? '')}"`);
    },
  });
