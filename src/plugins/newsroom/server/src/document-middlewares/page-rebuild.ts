import type { Core, Modules } from '@strapi/strapi';
import { kindOf, type Kind } from '../kinds';
import { purge, purgePaths } from '../services/pages/purge';
import { rebuildPages } from '../services/pages/rebuild';
import { afterCommit } from '../strapi/after-commit';
import { batchState } from '../strapi/write-batch';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/**
 * Rebuilds the pages of the written documents and schedules the CDN purge
 * for after the commit. On MySQL/MariaDB the transaction reads from a
 * snapshot taken at its first read (REPEATABLE READ), so a page two
 * concurrent writes rebuild (two achievements of one meeting) may miss the
 * other's change: there the pages are rebuilt a second time after the
 * commit, in a fresh transaction that locks them before reading.
 */
const rebuild = async (strapi: Core.Strapi, documentIds: Set<string>): Promise<void> => {
  if (documentIds.size === 0) return;
  const seeds = [...documentIds];
  const { changed, affected } = await rebuildPages(strapi, seeds);
  const again = strapi.db.dialect.client === 'mysql';
  const paths = purgePaths(strapi, changed);
  if (paths.length === 0 && !again) return;
  await afterCommit(strapi, async () => {
    const more = again ? (await strapi.db.transaction(() => rebuildPages(strapi, seeds, affected))).changed : [];
    await purge(strapi, [...new Set([...paths, ...purgePaths(strapi, more)])]);
  });
};

/**
 * A save of a draft (create or update without `status: 'published'`, on a
 * kind with draft and publish) leaves every published version as it was,
 * and pages show published versions only: nothing to rebuild, and no read
 * of the page links. An import of drafts pays nothing for the pages.
 */
const savesDraftOnly = (kind: Kind, action: string, params: { status?: unknown }): boolean =>
  (action === 'create' || action === 'update') && kind.schema.options?.draftAndPublish === true && params.status !== 'published';

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
 * the end of the write's batch — inside its transaction (document-middlewares/write-transaction.ts),
 * or once at the end of an import's — the pages that show it are rebuilt and
 * stored (services/pages/rebuild.ts). A failed write rolls them back with it. Runs
 * inside the write's transaction: registered after writeTransaction.
 */
export const pageRebuild =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const kind = kindOf(context.uid);
    if (!kind || !WRITES.has(context.action)) return next();
    const params = context.params as { documentId?: unknown; status?: unknown };
    if (savesDraftOnly(kind, context.action, params)) return next();
    const result = await next();
    const documentId = typeof params.documentId === 'string' ? params.documentId : documentIdOf(result);
    if (!documentId) return result;
    const pending = batchState('pages', () => new Set<string>(), (ids) => rebuild(strapi, ids));
    if (pending) pending.add(documentId);
    else await rebuild(strapi, new Set([documentId]));
    return result;
  };
