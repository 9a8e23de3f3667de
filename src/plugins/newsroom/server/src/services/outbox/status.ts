import type { Core } from '@strapi/strapi';
import { asJob, JOBS_TABLE, type JobRow } from './table';

/** What the admin's pipeline page shows. */
export interface OutboxStatus {
  /** Pending jobs whose run-at has passed. */
  waiting: number;
  /** Pending jobs planned for later (retries, scheduled work). */
  later: number;
  running: number;
  failed: number;
  /** Age in ms of the oldest job waiting (by its run-at), null when none waits. */
  oldestWaitingMs: number | null;
  /** The latest failures, newest first, with their error. */
  failures: Array<Pick<JobRow, 'id' | 'type' | 'key' | 'attempts' | 'lastError' | 'updatedAt'>>;
}

const count = async (query: Promise<unknown>): Promise<number> => Number(((await query) as { n?: number | string } | undefined)?.n ?? 0);

export const outboxStatus = async (strapi: Core.Strapi, failureLimit = 50): Promise<OutboxStatus> => {
  const knex = strapi.db.connection;
  const now = Date.now();
  const waiting = await count(knex(JOBS_TABLE).where('state', 'pending').andWhere('run_at', '<=', now).count({ n: '*' }).first());
  const later = await count(knex(JOBS_TABLE).where('state', 'pending').andWhere('run_at', '>', now).count({ n: '*' }).first());
  const running = await count(knex(JOBS_TABLE).where('state', 'running').count({ n: '*' }).first());
  const failed = await count(knex(JOBS_TABLE).where('state', 'failed').count({ n: '*' }).first());
  const oldest = (await knex(JOBS_TABLE).where('state', 'pending').andWhere('run_at', '<=', now).min({ at: 'run_at' }).first()) as
    | { at: number | string | null }
    | undefined;
  const rows = (await knex(JOBS_TABLE).select('*').where('state', 'failed').orderBy('updated_at', 'desc').limit(failureLimit)) as Array<
    Record<string, unknown>
  >;
  return {
    waiting,
    later,
    running,
    failed,
    oldestWaitingMs: oldest?.at === null || oldest?.at === undefined ? null : Math.max(0, now - Number(oldest.at)),
    failures: rows.map(asJob).map(({ id, type, key, attempts, lastError, updatedAt }) => ({ id, type, key, attempts, lastError, updatedAt })),
  };
};

/** Puts a failed job back in the queue, due now, with its tries counted afresh. Answers whether there was such a job. */
export const retryFailedJob = async (strapi: Core.Strapi, id: number): Promise<boolean> => {
  const now = Date.now();
  const changed = await strapi.db
    .connection(JOBS_TABLE)
    .where({ id, state: 'failed' })
    .update({ state: 'pending', attempts: 0, run_at: now, locked_by: null, locked_at: null, updated_at: now });
  return Number(changed) > 0;
};
