/**
 * "Notifies whoever scheduled it": a schedule job that failed (refused at
 * firing, or out of tries) is shown to the admin user who scheduled it, on
 * every admin page, until they acknowledge it. Acknowledgements are rows of
 * a side table (job, user, when), so the outbox's own table stays the
 * outbox's. A job retried from the pipeline page and refused again is newer
 * than its acknowledgement: it is shown again.
 */
import type { Core } from '@strapi/strapi';
import { ensureTable } from '../../strapi/side-table';
import { JOBS_TABLE } from '../outbox';
import { asJob } from '../outbox/table';
import { SCHEDULE_JOB, toScheduleJob, readSchedulePayload } from './schedule-view';
import type { ScheduleJob } from '../../../../shared/schedule';

export const SEEN_TABLE = 'newsroom_schedule_seen';

/** Failed jobs looked at per request: the newest; an editor acknowledges them as they come. */
const LIMIT = 200;

export const ensureScheduleSeenTable = async (strapi: Core.Strapi): Promise<void> => {
  await ensureTable(strapi, SEEN_TABLE, (table) => {
    table.bigInteger('job_id').notNullable();
    table.integer('user_id').notNullable();
    // Epoch milliseconds, like the outbox's times.
    table.bigInteger('seen_at').notNullable();
    table.primary(['job_id', 'user_id']);
  });
};

const scheduledByAdmin = (payload: Record<string, unknown>, userId: number): boolean => {
  const read = readSchedulePayload(payload);
  return read?.scheduledBy.type === 'admin' && read.scheduledBy.id === userId;
};

/** The admin user's failed schedule jobs they have not acknowledged, newest first. */
export const unseenRefusalsOf = async (strapi: Core.Strapi, userId: number): Promise<ScheduleJob[]> => {
  const knex = strapi.db.connection;
  const rows = (await knex(JOBS_TABLE)
    .select('*')
    .where({ type: SCHEDULE_JOB, state: 'failed' })
    .whereNotExists(
      knex(SEEN_TABLE)
        .select('job_id')
        .whereRaw(`${SEEN_TABLE}.job_id = ${JOBS_TABLE}.id`)
        .andWhere('user_id', userId)
        .andWhereRaw(`${SEEN_TABLE}.seen_at >= ${JOBS_TABLE}.updated_at`)
    )
    .orderBy('updated_at', 'desc')
    .limit(LIMIT)) as Array<Record<string, unknown>>;
  return rows
    .map(asJob)
    .filter((row) => scheduledByAdmin(row.payload, userId))
    .flatMap((row) => toScheduleJob(row) ?? []);
};

/** Acknowledges one of the user's refusals; false when it is not a failed schedule job of theirs. */
export const markRefusalSeen = async (strapi: Core.Strapi, userId: number, jobId: number): Promise<boolean> => {
  if (!Number.isSafeInteger(jobId)) return false;
  const knex = strapi.db.connection;
  const row = (await knex(JOBS_TABLE).select('*').where({ id: jobId, type: SCHEDULE_JOB, state: 'failed' }).first()) as Record<string, unknown> | undefined;
  if (!row || !scheduledByAdmin(asJob(row).payload, userId)) return false;
  const seenAt = Date.now();
  await knex(SEEN_TABLE).insert({ job_id: jobId, user_id: userId, seen_at: seenAt }).onConflict(['job_id', 'user_id']).merge({ seen_at: seenAt });
  return true;
};
