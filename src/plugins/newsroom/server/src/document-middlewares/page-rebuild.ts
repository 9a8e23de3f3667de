import type { Core, Modules } from '@strapi/strapi';
import { kindOf, type Kind } from '../kinds';
import { recordPageWork } from '../services/pages/jobs';
import { rebuildDocumentPages, rebuildOwnPages } from '../services/pages/rebuild';
import { pageStore } from '../services/pages/store';
import { batchState } from '../strapi/write-batch';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
/** Writes that take a document off the public site. */
const WITHDRAWALS = new Set(['delete', 'unpublish']);

/**
 * Inside the write's transaction: the written documents' own pages
 * (read-your-writes) and a record, in the outbox, of the derived work — the
 * pages that show them, the CDN purge — which workers do after the commit
 * (services/pages/jobs.ts). A withdrawal (unpublish, delete) also rebuilds the pages
 * that show the withdrawn document here, so it is off every public path at
 * its commit, whatever becomes of the derived work; if that fails, the
 * withdrawal is rolled back and the editor sees the error.
 */
const rebuild = async (strapi: Core.Strapi, writes: Map<string, boolean>): Promise<void> => {
  if (writes.size === 0) return;
  const written = [...writes.keys()];
  const withdrawn = written.filter((documentId) => writes.get(documentId));
  const own = await rebuildOwnPages(strapi, written);
  const showing = (await pageStore(strapi).pagesShowing(withdrawn)).map((page) => page.documentId).filter((id) => !writes.has(id));
  const changed = [...own.changed, ...(await rebuildDocumentPages(strapi, showing))];
  await recordPageWork(strapi, written, own.shown, changed);
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
 * (create, update, publish, unpublish, discard, delete) records its document,
 * and at the end of the write's batch — inside its transaction
 * (document-middlewares/write-transaction.ts), or once at the end of an import's — its own
 * pages are rebuilt and its derived work recorded (above). A failed write
 * rolls both back with it. Registered after writeTransaction.
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
    const withdraws = WITHDRAWALS.has(context.action);
    const pending = batchState('pages', () => new Map<string, boolean>(), (writes) => rebuild(strapi, writes));
    if (pending) pending.set(documentId, withdraws || pending.get(documentId) === true);
    else await strapi.db.transaction(() => rebuild(strapi, new Map([[documentId, withdraws]])));
    return result;
  };
