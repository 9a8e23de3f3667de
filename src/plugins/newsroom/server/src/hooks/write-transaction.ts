import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../kinds';
import { transactionWithRetry } from '../strapi/retry-on-deadlock';

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish']);

/**
 * Outermost for newsroom writes: one transaction around the rules' reads
 * (stored draft, meeting, sibling ordinals), the slug claim and the write
 * itself, so what a rule read is what the write builds on, and a refusal
 * anywhere leaves nothing behind. Retried on a deadlock (see
 * retry-on-deadlock); a caller's own transaction, such as the importer's,
 * is joined instead.
 */
export const writeTransaction =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!kindOf(context.uid) || !WRITE_ACTIONS.has(context.action)) return next();
    return transactionWithRetry(strapi, async () => next()) as ReturnType<typeof next>;
  };
