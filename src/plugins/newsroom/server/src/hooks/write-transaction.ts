import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../content-types/uids';
import { transactionWithRetry } from '../slugs/retry-on-deadlock';

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish']);

type Call = (params: unknown) => Promise<unknown>;

/** A copy of a call's parameters to make it again with, or undefined when they cannot be copied. */
const copyOf = (params: unknown): unknown => {
  try {
    return structuredClone(params);
  } catch {
    return undefined;
  }
};

/**
 * Outermost for newsroom writes: one transaction around the rules' reads
 * (stored draft, meeting, sibling ordinals), the slug claim and the write
 * itself, so what a rule read is what the write builds on, and a refusal
 * anywhere leaves nothing behind. Retried on a deadlock (see
 * retry-on-deadlock); a caller's own transaction, such as the importer's,
 * is joined instead.
 *
 * A retry makes the whole Document Service call again, with the parameters
 * as they were before any middleware changed them, inside the new
 * transaction (which that call's writeTransaction joins). Calling `next()`
 * a second time would not do: Strapi's middleware chain keeps one position
 * per call, so a second `next()` skips every middleware after this one —
 * the editorial rules, the slug claim, Strapi's own — and writes the
 * document unchecked and without a slug.
 */
export const writeTransaction =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!kindOf(context.uid) || !WRITE_ACTIONS.has(context.action)) return next();
    const original = strapi.db.inTransaction() ? undefined : copyOf(context.params);
    if (original === undefined) return (await strapi.db.transaction(() => next())) as Awaited<ReturnType<typeof next>>;
    let attempts = 0;
    return transactionWithRetry(strapi, async () => {
      attempts += 1;
      if (attempts === 1) return next();
      const documents = strapi.documents(context.uid) as unknown as Record<string, Call>;
      return documents[context.action]!(copyOf(original));
    }) as ReturnType<typeof next>;
  };
