import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { kindNamed } from '../kinds';
import { pageLocale } from '../services/pages/read';
import { MAX_LIST_PAGE_SIZE, pageListSize } from '../services/pages/list-size';
import { speechPageOf } from '../services/pages/speeches-of';

type Context = { params: Record<string, string | undefined>; query: Record<string, unknown>; body?: unknown; notFound(message: string): void };

const whole = (value: unknown, field: string, fallback: number, max?: number): number => {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || (max !== undefined && number > max)) {
    throw new errors.ValidationError(`${field} must be a whole number from 1${max ? ` to ${max}` : ''}`, {
      errors: [{ path: [field], message: `${field} must be a whole number from 1${max ? ` to ${max}` : ''}`, name: 'ValidationError' }],
    });
  }
  return number;
};

/**
 * GET /api/newsroom/speakers/by-slug/:slug/speeches?page=2&pageSize=20&locale=…
 * (public): the speaker's speeches past the ones their stored page carries,
 * newest meeting first, with `meta.pagination` as Strapi's lists answer it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    const page = whole(ctx.query.page, 'page', 1);
    const pageSize = whole(ctx.query.pageSize, 'pageSize', pageListSize(strapi), MAX_LIST_PAGE_SIZE);
    const locale = await pageLocale(strapi, ctx.query.locale);
    const kind = kindNamed('speaker');
    if (!kind) return ctx.notFound('No speakers here');
    const speaker = (await strapi.documents(kind.uid).findFirst({
      filters: { slug: { $eq: String(ctx.params.slug ?? '') } },
      locale,
      status: 'published',
      fields: ['documentId'],
    })) as { documentId?: string } | null;
    if (!speaker?.documentId) return ctx.notFound(`No published speaker with slug "${String(ctx.params.slug ?? '')}"`);
    const { speeches, pagination } = await speechPageOf(strapi, speaker.documentId, locale, page, pageSize);
    ctx.body = { data: speeches, meta: { pagination } };
  },
});
