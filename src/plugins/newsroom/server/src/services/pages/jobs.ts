import type { Core } from '@strapi/strapi';
import { enqueue, enqueueMany, JOBS_TABLE, registerJobHandler } from '../outbox';
import { purge, purgePaths } from './purge';
import { allDocumentIds, rebuildDocumentPages, type ChangedPage } from './rebuild';
import { pageStore } from './store';

/** Rebuild one document's pages (every locale) from what is committed: keyed by the document, so the changes of many writes coalesce. */
export const REBUILD_JOB = 'pages.rebuild';
/** Rebuild the pages that show a written document and the pages it shows (payload `shown`): one small job in the write, however many pages show it. */
export const FAN_OUT_JOB = 'pages.fan-out';
/** POST the changed paths to the CDN purge endpoints. */
export const PURGE_JOB = 'pages.purge';

/** Up to this many pages a fan-out rebuilds itself on a quiet queue; more become rebuild jobs. */
const FAN_OUT_INLINE = 20;

/** Other jobs wait (due, not claimed): rebuilds are better enqueued then, where they coalesce with the ones the next writes ask for. */
const othersWaiting = async (strapi: Core.Strapi): Promise<boolean> =>
  (await strapi.db.connection(JOBS_TABLE).select('id').where('state', 'pending').andWhere('run_at', '<=', Date.now()).first()) !== undefined;

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** The CDN purge of these changed pages, as a job of the current transaction (none when nothing changed or no endpoint is set). */
export const enqueuePurge = async (strapi: Core.Strapi, changed: readonly ChangedPage[]): Promise<void> => {
  const paths = await purgePaths(strapi, changed);
  const { purgeUrls = [] } = strapi.config.get<{ purgeUrls?: string[] } | undefined>('plugin::newsroom') ?? {};
  if (paths.length > 0 && purgeUrls.length > 0) await enqueue(strapi, { type: PURGE_JOB, payload: { paths } });
};

/** Rebuild jobs for the pages of these documents, in the current transaction. */
export const enqueueRebuilds = (strapi: Core.Strapi, documentIds: readonly string[]): Promise<void> =>
  enqueueMany(strapi, REBUILD_JOB, documentIds.map((documentId) => ({ key: documentId, payload: { documentId } })));

/**
 * Two fan-outs of one document coalesced: the pages either names as shown,
 * and as built already only the pages both writes built in their own
 * transactions (a page one of them did not build may miss its change).
 */
const mergeFanOuts = (pending: Record<string, unknown>, incoming: Record<string, unknown>): Record<string, unknown> => {
  const built = new Set(stringList(incoming.built));
  return {
    documentId: pending.documentId ?? incoming.documentId,
    shown: [...new Set([...stringList(pending.shown), ...stringList(incoming.shown)])].sort(),
    built: stringList(pending.built).filter((id) => built.has(id)),
  };
};

/**
 * What a write leaves for after its commit, recorded in its transaction: the
 * purge of the pages it changed, and a fan-out per written document. The
 * fan-out rebuilds, in one set, the pages that show the document (read after
 * the commit from the stored links) and the pages its documents show before
 * or now (`shown`, known here: a meeting's speakers, an achievement's old and
 * new meeting), named by the first written document's fan-out; not the pages
 * of the write's own documents (`built`: the write built them in its
 * transaction, after all its changes — a meeting imported with its parts is
 * not built again because its achievements show on it). One set enqueued at
 * one moment means one rebuild job per page per change: a page both shown by
 * and showing a renamed speaker is no longer built once by the write's
 * rebuild job and again by its fan-out's. On MySQL/MariaDB the transaction
 * reads from a snapshot taken at its first read (REPEATABLE READ), so its own
 * pages may have missed a concurrent write's change: they are rebuilt once
 * more by a worker, whose transaction locks before it reads.
 */
export const recordPageWork = async (strapi: Core.Strapi, written: readonly string[], shown: readonly string[], changed: readonly ChangedPage[]): Promise<void> => {
  await enqueuePurge(strapi, changed);
  const mysql = strapi.db.dialect.client === 'mysql';
  if (mysql) await enqueueRebuilds(strapi, written);
  const first = [...written].sort()[0];
  const others = [...new Set(shown.filter((id) => !written.includes(id)))].sort();
  const built = mysql ? [] : [...written].sort();
  await enqueueMany(
    strapi,
    FAN_OUT_JOB,
    written.map((documentId) => ({ key: documentId, payload: { documentId, shown: documentId === first ? others : [], built } })),
    new Date(),
    mergeFanOuts
  );
};

/** The outbox's handlers of the stored pages; called at register, in every process. */
export const registerPageJobs = (strapi: Core.Strapi): void => {
  registerJobHandler(REBUILD_JOB, async (payload) => {
    const documentId = String(payload.documentId);
    await strapi.db.transaction(async () => {
      const changed = await rebuildDocumentPages(strapi, [documentId]);
      await enqueuePurge(strapi, changed);
    });
  });
  registerJobHandler(FAN_OUT_JOB, async (payload) => {
    const documentId = String(payload.documentId);
    // Asked before the transaction: SQLite's one connection is the transaction's while it runs.
    const busy = await othersWaiting(strapi);
    const inline = await strapi.db.transaction(async () => {
      const showing = (await pageStore(strapi).pagesShowing([documentId])).map((page) => page.documentId);
      const built = new Set([documentId, ...stringList(payload.built)]);
      const pages = [...new Set([...showing, ...stringList(payload.shown)])].filter((id) => !built.has(id));
      // Many pages (a renamed speaker's meetings), or a busy queue (imports one after another: their speakers' rebuilds
      // coalesce): a keyed job each, shared by every process's workers.
      if (pages.length <= FAN_OUT_INLINE && !busy) return pages;
      await enqueueRebuilds(strapi, pages);
      return [];
    });
    // A few (an import's speakers) on a quiet queue: built here, one hop sooner, in a transaction of their own that locks before it reads (MySQL's snapshot).
    if (inline.length > 0) {
      await strapi.db.transaction(async () => {
        await enqueuePurge(strapi, await rebuildDocumentPages(strapi, inline));
      });
    }
  });
  registerJobHandler(PURGE_JOB, async (payload) => {
    await purge(strapi, stringList(payload.paths));
  });
};

/**
 * Every page rebuilt (`npm run pages:rebuild`: after an upgrade, a bulk change
 * made around the Document Service, or to fill the table the first time),
 * through the same path as a write's derived work: a rebuild job per
 * document, done by the workers; `drain` (the outbox's) waits for them.
 * Answers how many documents were enqueued.
 */
export const enqueueAllPages = async (strapi: Core.Strapi): Promise<number> => {
  const ids = await allDocumentIds(strapi);
  await strapi.db.transaction(() => enqueueRebuilds(strapi, ids));
  return ids.length;
};
