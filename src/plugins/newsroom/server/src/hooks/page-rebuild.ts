import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../kinds';
import { purge, purgePaths } from '../pages/purge';
import { rebuildPages } from '../pages/rebuild';
import { batchState } from '../strapi/write-batch';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/** After the commit of the transaction this runs in (never after a rollback); at once outside one. */
const afterCommit = async (strapi: Core.Strapi, work: () => void): Promise<void> => {
  if (!strapi.db.inTransaction()) return work();
  await strapi.db.transaction(async ({ onCommit }: { onCommit(cb: () => void): void }) => onCommit(work));
};

/** Rebuilds the pages of the written documents and schedules the CDN purge for after the commit. */
const rebuild = async (strapi: Core.Strapi, documentIds: Set<string>): Promise<void> => {
  if (documentIds.size === 0) return;
  const changed = await rebuildPages(strapi, [...documentIds]);
  const paths = purgePaths(strapi, changed);
  if (paths.length > 0) await afterCommit(strapi, () => void purge(strapi, paths));
};

const documentIdOf = (value: unknown): string | undefined => {
  if (!value || typeof value !== 'object') return undefined;
  const { documentId, entries } = value as { documentId?: unknown; entries?: Array<{ documentId?: unknown }> };
  if (typeof documentId === 'string') return documentId;
  const first = entries?.[0]?.documentId;
  return typeof first === 'string' ? first : undefined;
};

/**
 * Pages are made when they change, not when they are read: a newsroom write
 * (create, update, publish, unpublish, delete) records its document, and at
 * the end of the write's batch — inside its transaction (hooks/write-transaction.ts),
 * or once at the end of an import's — the pages that show it are rebuilt and
 * stored (pages/rebuild.ts). A failed write rolls them back with it. Runs
 * inside the write's transaction: registered after writeTransaction.
 */
export const pageRebuild =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!kindOf(context.uid) || !WRITES.has(context.action)) return next();
    const result = await next();
    const params = context.params as { documentId?: unknown };
    const documentId = typeof params.documentId === 'string' ? params.documentId : documentIdOf(result);
    if (!documentId) return result;
    const pending = batchState('pages', () => new Set<string>(), (ids) => rebuild(strapi, ids));
    if (pending) pending.add(documentId);
    else await rebuild(strapi, new Set([documentId]));
    return result;
  };
