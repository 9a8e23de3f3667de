import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../kinds';
import { withoutEmbargoed } from '../services/schedule/embargo-filter';
import { withoutEmbargoedRelations } from '../services/schedule/embargo-relations';
import { mayReadDrafts, type RequestAuth } from '../strapi/draft-access';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: RequestAuth;
}

/**
 * Drafts reach only callers allowed to read them (strapi/draft-access.ts):
 * API tokens and roles given `drafts.read`. REST and GraphQL both accept
 * `status=draft`, and a role's `find` would honour it; this pins every other
 * content-API read to published versions, in one place for both transports.
 * Admin calls are left alone.
 *
 * The same callers never see a document under embargo (`embargoUntil` in the
 * future), whatever its status: the filter compares with the time of the
 * read (services/schedule/embargo-filter.ts), nor a related document under
 * embargo that the read populates, at any depth (embargo-relations.ts).
 * GraphQL's root queries pass here too; its nested relations are filtered
 * by graphql/embargoed-relations.ts.
 */
export const publicReadsPublished =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const kind = kindOf(context.uid);
    if (!kind || !READ_ACTIONS.has(context.action)) return next();
    const state = strapi.requestContext.get()?.state as RequestState | undefined;
    if (state?.route?.info?.type === 'content-api' && !mayReadDrafts(state.auth)) {
      const params = context.params as { status?: string; filters?: unknown };
      params.status = 'published';
      // A kind without the field (one added to the registry later) has nothing to hold back.
      if ('embargoUntil' in kind.schema.attributes) params.filters = withoutEmbargoed(params.filters);
      return withoutEmbargoedRelations(strapi, context.uid, await next());
    }
    return next();
  };
