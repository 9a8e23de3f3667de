import type { Core } from '@strapi/strapi';
import { kindNamed, MEETING_UID, type Kind } from '../kinds';
import { rebuildAllPages } from '../pages/rebuild';
import { batchingAdoptions } from '../slugs/claim-adoptions';
import { retryingTransaction } from '../strapi/retry-on-deadlock';

/**
 * What by-slug answers is the stored page (pages/); this service builds a
 * page from the documents (what the rebuild stores), and rebuilds them all.
 *
 * One document by slug with everything its page shows (the kind's
 * `pagePopulate`, kinds/index.ts), published versions only, in one Document
 * Service call: Strapi loads each populated relation and component level
 * with one query for all rows, so the number of queries does not grow with
 * the number of achievements, street cases or speeches.
 */
type Plain = Record<string, unknown>;

const pagesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `kind`: the registry's kind, or its name (`meeting`). */
  async bySlug(kindOrName: Kind | string, slug: string, locale?: string): Promise<Plain | null> {
    const kind = typeof kindOrName === 'string' ? kindNamed(kindOrName) : kindOrName;
    if (!kind) throw new Error(`newsroom: no kind called ${String(kindOrName)}`);
    return (await strapi.documents(kind.uid).findFirst({
      filters: { slug: { $eq: slug } },
      ...(locale ? { locale } : {}),
      status: 'published',
      populate: kind.pagePopulate,
    })) as Plain | null;
  },

  /** Rebuilds every stored page (`npm run pages:rebuild`); answers how many documents were looked at. */
  rebuildAll(progress?: (done: number, total: number) => void): Promise<number> {
    return rebuildAllPages(strapi, progress);
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

  /** A speaker's speeches across meetings, newest meeting first (one query for meetings and their speeches). */
  async speechesOf(speakerDocumentId: string, locale?: string): Promise<Plain[]> {
    const meetings = (await strapi.documents(MEETING_UID).findMany({
      filters: { speeches: { speaker: { documentId: { $eq: speakerDocumentId } } } },
      ...(locale ? { locale } : {}),
      status: 'published',
      fields: ['documentId', 'title', 'slug', 'heldOn', 'venue', 'embargoUntil'],
      sort: ['heldOn:desc'],
      populate: { speeches: { populate: { speaker: { fields: ['documentId'] } } } },
    })) as Array<Plain & { speeches?: Array<Plain & { speaker?: { documentId?: string } | null }> }>;
    return meetings.flatMap(({ speeches, ...meeting }) =>
      (speeches ?? [])
        .filter((s) => s.speaker?.documentId === speakerDocumentId)
        .map(({ speaker: _speaker, id: _id, ...rest }) => ({ ...rest, meeting }))
    );
  },
});

export type PagesService = ReturnType<typeof pagesService>;
export default pagesService;
