import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { writeBatch } from '../../strapi/write-batch';
import { CLAIMS_TABLE } from './claims-table';

type Knex = Core.Strapi['db']['connection'];

/** Pending token → the documentId Strapi gave the create that claimed with it. */
type Adoptions = Map<string, string>;

const scope = new AsyncLocalStorage<Adoptions>();

/** One UPDATE for every adoption recorded: `document_id = CASE document_id WHEN token THEN id … END`. */
const adoptAll = async (strapi: Core.Strapi, adoptions: Adoptions): Promise<void> => {
  if (adoptions.size === 0) return;
  const entries = [...adoptions];
  adoptions.clear();
  await strapi.db.transaction(({ trx }: { trx: Knex }) =>
    trx(CLAIMS_TABLE)
      .whereIn('document_id', entries.map(([token]) => token))
      .update({ document_id: trx.raw(`case document_id ${entries.map(() => 'when ? then ?').join(' ')} end`, entries.flat()) })
  );
};

/**
 * A create claims its slug with a pending token, before Strapi has made its
 * documentId, and the claim passes to the documentId once the create is done
 * (document-middlewares/slugs.ts). Inside `batchingAdoptions` — one write's transaction, or
 * an import's — those hand-overs are gathered and made in one UPDATE at the
 * end of the work, still inside its transaction: an import of fifteen
 * documents makes one instead of fifteen. Outside one, a hand-over is made
 * at once. Nested calls join the outer batch. It is also the write's batch
 * (strapi/write-batch.ts): what other hooks gathered (pages to rebuild) is
 * done after the hand-overs, still inside the transaction.
 */
export const batchingAdoptions = async <T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> => {
  if (scope.getStore()) return work();
  const adoptions: Adoptions = new Map();
  return writeBatch(() =>
    scope.run(adoptions, async () => {
      const result = await work();
      await adoptAll(strapi, adoptions);
      return result;
    })
  );
};

/** The claims of `token` now belong to `documentId`: at the end of the batch, or at once outside one. */
export const adoptClaims = async (strapi: Core.Strapi, token: string, documentId: string): Promise<void> => {
  const batch = scope.getStore();
  if (batch) batch.set(token, documentId);
  else await adoptAll(strapi, new Map([[token, documentId]]));
};

/**
 * Before a claim or release made by a documentId: the hand-overs still
 * pending in this batch are made, so that a document created a moment ago
 * is seen holding its slug (and not as someone else holding it).
 */
export const settleAdoptions = async (strapi: Core.Strapi): Promise<void> => {
  const batch = scope.getStore();
  if (batch && batch.size > 0) await adoptAll(strapi, batch);
};
