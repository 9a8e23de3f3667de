import type { Core } from '@strapi/strapi';
import { kindNamed, type Kind } from '../../kinds';
import { enqueueAllPages } from './jobs';
import { speechesOf } from './speeches-of';
import { drain, outstandingJobs } from '../outbox';
import { batchingAdoptions } from '../slugs/claim-adoptions';
import { retryingTransaction } from '../../strapi/retry-on-deadlock';
import type { PlainObject } from '../../../../shared/documents';

/**
 * What by-slug answers is the stored page (store.ts); this service builds a
 * page from the documents (what the rebuild stores), and rebuilds them all.
 *
 * One document by slug with everything its page shows (the kind's
 * `pagePopulate`, kinds/index.ts), published versions only, in one Document
 * Service call: Strapi loads each populated relation and component level
 * with one query for all rows, so the number of queries does not grow with
 * the number of achievements, street cases or speeches.
 */
const pagesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `kind`: the registry's kind, or its name (`meeting`). */
  async bySlug(kindOrName: Kind | string, slug: string, locale?: string): Promise<PlainObject | null> {
    const kind = typeof kindOrName === 'string' ? kindNamed(kindOrName) : kindOrName;
    if (!kind) throw new Error(`newsroom: no kind called ${String(kindOrName)}`);
    return (await strapi.documents(kind.uid).findFirst({
      filters: { slug: { $eq: slug } },
      ...(locale ? { locale } : {}),
      status: 'published',
      populate: kind.pagePopulate,
    }));
  },

  /**
   * Rebuilds every stored page (`npm run pages:rebuild`) through the outbox,
   * the path of every write's derived work: a rebuild job per document, then
   * the queue worked until empty (here and by any other process's workers);
   * `progress(done, total)` as it empties. Answers how many documents were enqueued.
   */
  async rebuildAll(progress: (done: number, total: number) => void = () => {}): Promise<number> {
    const total = await enqueueAllPages(strapi);
    progress(0, total);
    const report = setInterval(() => {
      outstandingJobs(strapi).then((left) => progress(Math.max(0, total - left), total), () => {});
    }, 500);
    try {
      await drain(strapi, { timeoutMs: 60 * 60_000 });
    } finally {
      clearInterval(report);
    }
    progress(total, total);
    return total;
  },

  /**
   * Several Document Service writes as one, for a script's bulk change (the
   * page benchmark seeds its archive this way): one transaction, run again
   * whole after a deadlock (so `work` must be safe to run again); the slug
   * claims handed over once; the pages the writes change rebuilt once at the
   * end, inside the transaction, instead of once per write (a meeting written
   * with its nine parts: its page built once, not ten times); the CDN purge
   * after the commit. A refusal anywhere writes nothing. The importer's
   * writes run the same way.
   */
  inOneBatch<T>(work: () => Promise<T>): Promise<T> {
    return retryingTransaction(async () => (await strapi.db.transaction(() => batchingAdoptions(strapi, work))) as T);
  },

  /** A speaker's speeches across meetings, newest meeting first (speeches-of.ts). */
  speechesOf(speakerDocumentId: string, locale?: string): Promise<PlainObject[]> {
    return speechesOf(strapi, speakerDocumentId, locale);
  },
});

export type PagesService = ReturnType<typeof pagesService>;
export default pagesService;
