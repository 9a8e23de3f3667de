import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../kinds';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: { credentials?: unknown };
}

/**
 * Drafts never reach an unauthenticated caller. REST and GraphQL both accept
 * `status=draft`, and the public role's `find` would honour it; this pins
 * content-API reads without credentials to published versions, in one place
 * for both transports. Admin and internal calls are left alone.
 */
export const publicReadsPublished =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!kindOf(context.uid) || !READ_ACTIONS.has(context.action)) return next();
    const state = strapi.requestContext.get()?.state as RequestState | undefined;
    const isPublicContentApiRead = state?.route?.info?.type === 'content-api' && !state.auth?.credentials;
    if (isPublicContentApiRead) {
      (context.params as { status?: string }).status = 'published';
    }
    return next();
  };
