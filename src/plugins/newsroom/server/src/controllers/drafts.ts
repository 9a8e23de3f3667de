import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { KINDS } from '../kinds';
import { defaultLocale } from '../strapi/locale';

const LIMIT = 25;

/**
 * GET /api/newsroom/drafts?locale=…: the most recently edited drafts of every
 * kind (documentId, title or name, slug, locale, updatedAt), newest first, 25
 * of each. Its route is the action `plugin::newsroom.drafts.read` that Users &
 * Permissions shows in the roles settings; a role given it also reads drafts
 * with `status=draft` over REST and GraphQL (strapi/draft-access.ts). API
 * tokens may call it as any other route their type allows.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async read(ctx: { query: Record<string, unknown>; body: unknown }) {
    const locale = ctx.query.locale === undefined ? await defaultLocale(strapi) : ctx.query.locale;
    if (typeof locale !== 'string' || locale.length > 20) {
      throw new errors.ValidationError('locale must be a locale code', {
        errors: [{ path: ['locale'], message: 'locale must be a locale code', name: 'ValidationError', code: 'request.locale.invalid' }],
      });
    }
    const data: Record<string, unknown[]> = {};
    for (const kind of KINDS) {
      // A plain query: the drafts themselves, whatever a published version says; the route's permission is the gate.
      data[kind.plural] = await strapi.db.query(kind.uid).findMany({
        where: { locale, publishedAt: null },
        select: ['documentId', kind.slugSource, 'slug', 'locale', 'updatedAt'],
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        limit: LIMIT,
      });
    }
    ctx.body = { data, meta: { locale, limit: LIMIT } };
  },
});
