import type { Core } from '@strapi/strapi';
import { pageLocale } from '../services/pages/read';
import { MAX_LIST_PAGE_SIZE, pageListSize } from '../services/pages/list-size';
import { speechPageBySlug } from '../services/pages/speeches-of';
import { wholePageArg } from '../services/pages/page-args';

type Context = { params: Record<string, string | undefined>; query: Record<string, unknown>; body?: unknown; notFound(message: string): void };

/**
 * GET /api/newsroom/speakers/by-slug/:slug/speeches?page=2&pageSize=20&locale=…
 * (public): the speaker's speeches past the ones their stored page carries,
 * newest meeting first, with `meta.pagination` as Strapi's lists answer it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    const page = wholePageArg(ctx.query.page, ['page'], 1);
    const pageSize = wholePageArg(ctx.query.pageSize, ['pageSize'], pageListSize(strapi), MAX_LIST_PAGE_SIZE);
    const locale = await pageLocale(strapi, ctx.query.locale);
    const slug = String(ctx.params.slug ?? '');
    const found = await speechPageBySlug(strapi, slug, locale, page, pageSize);
    if (!found) return ctx.notFound(`No published speaker with slug "${slug}"`);
    const { speeches, pagination } = found;
    ctx.body = { data: speeches, meta: { pagination } };
  },
});
