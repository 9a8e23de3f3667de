import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../kinds';
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
 */
export const publicReadsPublished =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!kindOf(context.uid) || !READ_ACTIONS.has(context.action)) return next();
    const state = strapi.requestContext.get()?.state as RequestState | undefined;
    if (state?.route?.info?.type === 'content-api' && !mayReadDrafts(state.auth)) {
      (context.params as { status?: string }).status = 'published';
    }
    return next();
  };
