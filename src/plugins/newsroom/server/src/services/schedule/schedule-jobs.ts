/**
 * Scheduled publishing and unpublishing (issue 24), built on the outbox: a
 * schedule is an outbox job whose run-at is the time asked for, written in
 * one transaction with its history entry `schedule`; a cancel sets the job
 * `cancelled` and records `cancel` in one transaction too, so the record
 * and the queue never disagree. The outbox's workers fire it
 * (schedule-fire.ts): once across processes, also after a restart that
 * missed its time (a due job is claimed whenever a worker next looks).
 */
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Kind } from '../../kinds';
import type { MessageLanguage } from '../../editorial/types';
import { retryingTransaction } from '../../strapi/retry-on-deadlock';
import { toValidationError } from '../../strapi/validation-error';
import { currentActor } from '../history/actor';
import { recordHistory } from '../history/record';
import { enqueue, JOBS_TABLE, type JobRow } from '../outbox';
import { asJob } from '../outbox/table';
import { pluginService } from '../plugin-service';
import { readScheduleRequest } from './schedule-request';
import { documentPrefix, readSchedulePayload, SCHEDULE_JOB, scheduleKey, toScheduleJob, type SchedulePayload } from './schedule-view';
import type { ScheduleAction, ScheduleJob } from '../../../../shared/schedule';

type Knex = Core.Strapi['db']['connection'];
type Query = ReturnType<Knex['queryBuilder']>;

const localeCodes = async (strapi: Core.Strapi): Promise<string[]> =>
  ((await (strapi.plugin('i18n')?.service('locales') as { find(): Promise<Array<{ code: string }>> } | undefined)?.find()) ?? []).map((l) => l.code);

const notFound = (language: MessageLanguage, kind: Kind, documentId: string, locale: string): never => {
  throw new errors.NotFoundError(
    language === 'en' ? `No ${kind.name} ${documentId} in ${locale}` : `没有这篇稿件（${kind.name} ${documentId}，${locale}）`
  );
};

/** A document's schedule jobs (rows), optionally only in some states; the key's prefix finds them, the payload confirms. */
const jobRowsOf = async (trx: Knex, kind: Kind, documentId: string, states: readonly string[], lock: boolean): Promise<JobRow[]> => {
  const query: Query = trx(JOBS_TABLE)
    .select('*')
    .where('type', SCHEDULE_JOB)
    .andWhere('key', 'like', `${documentPrefix(kind.name, documentId)}%`)
    .whereIn('state', [...states])
    .orderBy([{ column: 'run_at' }, { column: 'id' }]);
  if (lock) query.forUpdate();
  const rows = ((await query) as Array<Record<string, unknown>>).map(asJob);
  return rows.filter((row) => {
    const payload = readSchedulePayload(row.payload);
    return payload?.kind === kind.name && payload.documentId === documentId;
  });
};

/**
 * Schedules a publish or unpublish of one locale of a document. Refuses
 * (400, field paths) a bad action, an `at` without offset or in the past, a
 * locale i18n does not have, and a publish the rules would refuse now (the
 * same check the publish path runs); 404 when the document has no version
 * in that locale.
 */
export const scheduleDocument = async (strapi: Core.Strapi, kind: Kind, documentId: string, body: unknown, language: MessageLanguage): Promise<ScheduleJob> => {
  const read = readScheduleRequest(body, { locales: await localeCodes(strapi), now: Date.now(), language });
  if ('problems' in read) throw toValidationError(read.problems, language);
  const { action, locale, instant } = read.request;
  const stored = await strapi.db.query(kind.uid).findOne({ where: { documentId, locale, ...(action === 'publish' ? { publishedAt: null } : {}) }, select: ['id'] });
  if (!stored) notFound(language, kind, documentId, locale);
  if (action === 'publish') {
    const problems = await pluginService(strapi, 'editorial').checkDraft(kind, documentId, locale, language);
    if (problems.length > 0) throw toValidationError(problems, language);
  }
  const actor = currentActor(strapi);
  const payload: SchedulePayload = { kind: kind.name, documentId, locale, action, at: instant.toISOString(), scheduledBy: actor };
  const key = scheduleKey(payload, randomUUID());
  // Run again whole after a deadlock: on MySQL/MariaDB the enqueue's locking read of a key no row has yet takes a
  // gap lock, and two schedules committing at once (two processes) deadlocked on their inserts (a 500 in CI).
  const row = await retryingTransaction(() =>
    strapi.db.transaction(async ({ trx }: { trx: Knex }) => {
      await enqueue(strapi, { type: SCHEDULE_JOB, key, payload: { ...payload }, runAt: instant });
      await recordHistory(strapi, { kind: kind.name, documentId, locale, actions: ['schedule'], actor });
      return (await trx(JOBS_TABLE).select('*').where({ type: SCHEDULE_JOB, key }).first()) as Record<string, unknown>;
    })
  );
  const job = toScheduleJob(asJob(row));
  if (!job) throw new Error('newsroom: the schedule job just written cannot be read back');
  return job;
};

/** The document's pending and failed jobs (running ones count as pending), in firing order; of one locale when asked. */
export const scheduledJobsOf = async (strapi: Core.Strapi, kind: Kind, documentId: string, locale?: string): Promise<ScheduleJob[]> => {
  const rows = await jobRowsOf(strapi.db.connection, kind, documentId, ['pending', 'running', 'failed'], false);
  return rows.flatMap((row) => toScheduleJob(row) ?? []).filter((job) => !locale || job.locale === locale);
};

/** One schedule job by id, whatever its state, if it is this document's. */
export const scheduleJobById = async (strapi: Core.Strapi, id: number): Promise<ScheduleJob | undefined> => {
  if (!Number.isSafeInteger(id)) return undefined;
  const row = (await strapi.db.connection(JOBS_TABLE).select('*').where({ id, type: SCHEDULE_JOB }).first()) as Record<string, unknown> | undefined;
  return row ? toScheduleJob(asJob(row)) : undefined;
};

export interface CancelFilter {
  locale?: string;
  action?: ScheduleAction;
  /** One job. */
  id?: number;
}

/**
 * Cancels the document's pending jobs (all, or those of a locale, an action,
 * or one id): each becomes `cancelled` with one history entry `cancel`, in
 * one transaction. A job a worker is firing right now is not pending (it
 * has been claimed) and stays as it is. Answers the jobs cancelled.
 */
export const cancelScheduled = async (strapi: Core.Strapi, kind: Kind, documentId: string, filter: CancelFilter = {}): Promise<ScheduleJob[]> => {
  const actor = currentActor(strapi);
  return retryingTransaction(() => strapi.db.transaction(async ({ trx }: { trx: Knex }) => {
    // Locked (PostgreSQL, MySQL): a worker's claim skips them until this commits; SQLite has one writer anyway.
    const rows = await jobRowsOf(trx, kind, documentId, ['pending'], strapi.db.dialect.client !== 'sqlite');
    const chosen = rows.filter((row) => {
      const job = toScheduleJob(row);
      return job && (filter.id === undefined || job.id === filter.id) && (!filter.locale || job.locale === filter.locale) && (!filter.action || job.action === filter.action);
    });
    const cancelled: ScheduleJob[] = [];
    for (const row of chosen) {
      const changed = await trx(JOBS_TABLE).where({ id: row.id, state: 'pending' }).update({ state: 'cancelled', updated_at: Date.now() });
      const job = toScheduleJob(row);
      if (Number(changed) !== 1 || !job) continue;
      await recordHistory(strapi, { kind: kind.name, documentId, locale: job.locale, actions: ['cancel'], actor });
      cancelled.push({ ...job, state: 'cancelled' });
    }
    return cancelled;
  }));
};
