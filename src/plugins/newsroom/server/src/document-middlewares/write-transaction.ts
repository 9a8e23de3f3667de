import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../kinds';
import { batchingAdoptions } from '../services/slugs/claim-adoptions';
import { awaitingAfterCommit } from '../strapi/after-commit';
import { isTransientLockError, MAX_TRANSACTION_ATTEMPTS, pauseBeforeAttempt } from '../strapi/retry-on-deadlock';

// Unpublish and discard too: their pages change with them, in the same transaction as publish's.
const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

type DocumentCall = (params: object) => Promise<unknown>;

/** A deep copy of a call's params, or undefined when they hold something that cannot be copied (such a call is not retried). */
const copyOf = (params: object): object | undefined => {
  try {
    return structuredClone(params);
  } catch {
    return undefined;
  }
};

/** The attempt a retried call is on, keyed by the params object the retry passed in. */
const attemptOf = new WeakMap<object, number>();

/**
 * Outermost for newsroom writes: one transaction around the rules' reads
 * (stored draft, meeting, sibling ordinals), the slug claim and the write
 * itself, so what a rule read is what the write builds on, and a refusal
 * anywhere leaves nothing behind. A caller's own transaction, such as the
 * importer's, is joined instead (and retried, if at all, by the caller).
 *
 * On a deadlock (or a lock wait timeout) the database has rolled the whole
 * transaction back. The retry is a NEW call of the same Document Service
 * action with a copy of the caller's original params, so it passes every
 * middleware again — the rules, the slug claim, the write — instead of
 * resuming the chain after them (Strapi's `next` only goes forward) with
 * params the first attempt already changed.
 */
export const writeTransaction =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!kindOf(context.uid) || !WRITE_ACTIONS.has(context.action) || strapi.db.inTransaction()) return next();
    const attempt = attemptOf.get(context.params) ?? 1;
    // Before any middleware changes them: what the caller asked for.
    const original = copyOf(context.params);
    try {
      // Derived work (other pages, CDN purges) is a job of the outbox, done after the commit by workers; other after-commit tasks still finish before the answer.
      return await awaitingAfterCommit(() => strapi.db.transaction(() => batchingAdoptions(strapi, async () => next())));
    } catch (error) {
      if (!original || !isTransientLockError(error) || attempt >= MAX_TRANSACTION_ATTEMPTS) throw error;
      await pauseBeforeAttempt(attempt);
      attemptOf.set(original, attempt + 1);
      const again = strapi.documents(context.uid)[context.action] as DocumentCall;
      return (await again(original)) as Awaited<ReturnType<typeof next>>;
    }
  };
