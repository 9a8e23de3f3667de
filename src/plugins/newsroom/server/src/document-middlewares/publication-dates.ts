import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../kinds';
import { recordPublication } from '../services/pages/publication-dates';

/**
 * After a write that publishes (publish, or create/update with
 * `status: 'published'`), its first publication and any substantive change
 * are recorded in the same transaction (services/pages/publication-dates.ts),
 * before the page rebuild reads them. Registered after pageRebuild, so it
 * runs inside it.
 */
export const publicationDates =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const kind = kindOf(context.uid);
    const params = context.params as { documentId?: unknown; status?: unknown };
    const publishes = context.action === 'publish' || ((context.action === 'create' || context.action === 'update') && params.status === 'published');
    if (!kind || !publishes) return next();
    const result = (await next()) as { documentId?: unknown; entries?: Array<{ documentId?: unknown }> } | null;
    const documentId = typeof params.documentId === 'string' ? params.documentId : (result?.documentId ?? result?.entries?.[0]?.documentId);
    if (typeof documentId === 'string') await recordPublication(strapi, kind, documentId);
    return result as Awaited<ReturnType<typeof next>>;
  };
