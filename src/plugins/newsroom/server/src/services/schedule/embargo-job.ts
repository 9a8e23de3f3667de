/**
 * The embargo timer: when a write leaves a document with an `embargoUntil`
 * in the future, a job for that moment is written in the write's own
 * transaction (services/outbox); at that moment it rebuilds the pages that
 * show the document (a meeting's page and its achievement under embargo, a
 * speaker's page and the meeting where they spoke) and sends the CDN purge
 * of its pages and feeds, so they appear without anyone acting. The
 * document's own stored page needs no job: the page reads compare
 * `embargo_until` with the clock (pages/store.ts).
 *
 * One job per document and locale (its key): moving the embargo later keeps
 * the earlier run time (the outbox keeps the earlier of two), so the handler
 * looks again and writes a new job for the later time when the embargo is
 * still to come. Running twice is harmless: a rebuild of unchanged pages
 * changes nothing.
 */
import type { Core } from '@strapi/strapi';
import { kindNamed, type Kind } from '../../kinds';
import { recordPageWork } from '../pages/jobs';
import { pageStore } from '../pages/store';
import { embargoEndOf } from './embargo-filter';
import { enqueue, registerJobHandler } from '../outbox';

export const EMBARGO_JOB = 'newsroom.embargo-end';

interface EmbargoPayload {
  kind: string;
  documentId: string;
  locale: string;
}

const keyOf = ({ kind, documentId, locale }: EmbargoPayload): string => `${kind}:${documentId}:${locale}`;

/** Writes the timer of a document whose embargo ends at `until` (in the current transaction). Nothing when the outbox is not wired in. */
export const enqueueEmbargoEnd = async (strapi: Core.Strapi, target: EmbargoPayload, until: number): Promise<void> => {
  if (until <= Date.now()) return;
  await enqueue(strapi, { type: EMBARGO_JOB, key: keyOf(target), payload: { ...target }, runAt: new Date(until) });
};

const readPayload = (payload: Record<string, unknown>): (EmbargoPayload & { kindEntry: Kind }) | undefined => {
  const kindEntry = kindNamed(payload.kind);
  const { documentId, locale } = payload;
  if (!kindEntry || typeof documentId !== 'string' || typeof locale !== 'string') return undefined;
  return { kind: kindEntry.name, documentId, locale, kindEntry };
};

/** The job: later again if the embargo moved, else rebuild what shows the document and purge its pages and feeds. */
export const embargoEnded = async (payload: Record<string, unknown>, { strapi }: { strapi: Core.Strapi }): Promise<void> => {
  const target = readPayload(payload);
  if (!target) return;
  const current = (await strapi.db.query(target.kindEntry.uid).findOne({
    where: { documentId: target.documentId, locale: target.locale, publishedAt: { $notNull: true } },
    select: ['embargoUntil'],
  })) as { embargoUntil?: unknown } | null;
  const until = embargoEndOf(current?.embargoUntil);
  if (until !== null && until > Date.now()) {
    await enqueueEmbargoEnd(strapi, target, until);
    return;
  }
  // Its own page did not change (it was stored at the write), but a cache may hold the answers of the embargo:
  // its purge, and the rebuild of the pages that show it (they left it off), as jobs of their own. Those are the pages
  // that link it and the pages its own page shows: a meeting's page lists a page of its achievements, read past the
  // embargo, so an achievement that was under embargo is not among its links yet.
  await strapi.db.transaction(async () => {
    const store = pageStore(strapi);
    const own = (await store.pagesOf([target.documentId])).map((row) => ({ kind: target.kindEntry, locale: row.locale, slug: row.slug }));
    await recordPageWork(strapi, [target.documentId], await store.shownBy([target.documentId]), own);
  });
};

/** Registers the job's handler with the outbox (the plugin's register). */
export const registerEmbargoJob = (): void => {
  registerJobHandler(EMBARGO_JOB, embargoEnded);
};
