/**
 * A schedule job firing (the outbox's handler of SCHEDULE_JOB): the publish
 * or unpublish goes through the Document Service, so every middleware runs
 * (the rules, slugs, pages, publication dates, history), acting as the
 * account that scheduled it (the history entry credits them, not "system").
 *
 * Once, also across processes: the write and the job's completion commit
 * in ONE transaction, and the completion only counts while this worker still
 * holds the job's lock; a worker that lost it (its lease expired, another
 * took the job) rolls its write back. A process that dies before the commit
 * leaves the job running under a lease that expires: it fires again then.
 *
 * A refusal (the rules refuse the draft as it is now) rolls the write back,
 * so the draft is untouched, and fails the job at once with the refusal in
 * the contract's error shape (JobRefused: no retry could change it). The
 * document gone from that locale is a refusal too, with a message only.
 */
import type { Core } from '@strapi/strapi';
import { kindNamed } from '../../kinds';
import { messageLanguageOf } from '../../../../shared/locale';
import { actingAs } from '../history/actor';
import { JOBS_TABLE, JobRefused, registerJobHandler, type JobContext } from '../outbox';
import { readSchedulePayload, SCHEDULE_JOB } from './schedule-view';

type Knex = Core.Strapi['db']['connection'];

/** A refusal as the job's error records it: the contract's rejected-write shape, as JSON. */
const refusal = (message: string, details: unknown = { errors: [] }): JobRefused => new JobRefused(message, JSON.stringify({ message, details }));

interface RejectedWrite {
  name?: unknown;
  message?: unknown;
  details?: { errors?: unknown };
}

/** Strapi's ValidationError (matched by shape: the plugin and Strapi may hold different copies of @strapi/utils). */
const isRejectedWrite = (error: unknown): error is RejectedWrite & { message: string } =>
  error instanceof Error && error.name === 'ValidationError' && Array.isArray((error as RejectedWrite).details?.errors);

const goneMessage = (locale: string): string =>
  messageLanguageOf(locale) === 'en' ? `The document no longer exists in ${locale}` : `稿件的这一语言版本（${locale}）已不存在`;

export const fireScheduled = async (raw: Record<string, unknown>, { strapi, job }: JobContext): Promise<void> => {
  const payload = readSchedulePayload(raw);
  const kind = payload ? kindNamed(payload.kind) : undefined;
  if (!payload || !kind) throw refusal('This schedule job cannot be read (its kind or payload is unknown)');
  const { documentId, locale, action } = payload;
  try {
    await actingAs(payload.scheduledBy, () =>
      strapi.db.transaction(async ({ trx }: { trx: Knex }) => {
        const stored = await strapi.db.query(kind.uid).findOne({ where: { documentId, locale }, select: ['id'] });
        if (!stored) throw refusal(goneMessage(locale));
        if (action === 'publish') await strapi.documents(kind.uid).publish({ documentId, locale });
        else await strapi.documents(kind.uid).unpublish({ documentId, locale });
        const completed = await trx(JOBS_TABLE)
          .where({ id: job.id, locked_by: job.lockedBy, state: 'running' })
          .update({ state: 'done', last_error: null, updated_at: Date.now() });
        // Another worker holds it now (this one's lease ran out): its run answers for the job; this write must not stand.
        if (Number(completed) !== 1) throw new Error(`newsroom: schedule job ${job.id} is no longer held by this worker`);
      })
    );
  } catch (error) {
    if (isRejectedWrite(error)) throw refusal(error.message, error.details);
    throw error;
  }
};

/** Registers the handler with the outbox (the plugin's register). */
export const registerScheduleJob = (): void => {
  registerJobHandler(SCHEDULE_JOB, fireScheduled);
};
