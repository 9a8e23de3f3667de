import type { Core } from '@strapi/strapi';
import { retryingTransaction } from '../../strapi/retry-on-deadlock';
import { retryDelayMs, type OutboxSettings } from './settings';
import { asJob, JOBS_TABLE, type JobRow } from './table';

type Knex = Core.Strapi['db']['connection'];
type Query = ReturnType<Knex['queryBuilder']>;

/** Due: pending and its run-at passed, or running under a lock its process stopped renewing (it died). */
const due = (query: Query, now: number, leaseMs: number): Query =>
  query.where((q: Query) =>
    q
      .where((pending: Query) => pending.where('state', 'pending').andWhere('run_at', '<=', now))
      .orWhere((dead: Query) => dead.where('state', 'running').andWhere('locked_at', '<', now - leaseMs))
  );

/**
 * A job whose process died `maxAttempts` times while running it (it may be
 * what kills the process) is set aside instead of being claimed again.
 */
const setAsideDeadLocks = async (strapi: Core.Strapi, now: number, leaseMs: number): Promise<void> => {
  await strapi.db
    .connection(JOBS_TABLE)
    .where('state', 'running')
    .andWhere('locked_at', '<', now - leaseMs)
    .andWhereRaw('attempts >= max_attempts')
    .update({
      state: 'failed',
      last_error: 'the process running it stopped before it finished (lease expired)',
      locked_by: null,
      locked_at: null,
      updated_at: now,
    });
};

/**
 * PostgreSQL and MySQL/MariaDB: graphile-worker's and pg-boss's claim — pick
 * the due rows `FOR UPDATE SKIP LOCKED` (rows another worker is claiming, or
 * a write is coalescing into, are passed over, never waited for), then mark
 * them running under this worker's id, in one short transaction. READ
 * COMMITTED, so InnoDB takes no gap locks on the scanned range (fewer
 * deadlocks between claims and completions); PostgreSQL's default anyway.
 */
const claimWithRowLocks = (strapi: Core.Strapi, workerId: string, types: readonly string[], limit: number, settings: OutboxSettings) =>
  strapi.db.connection.transaction(
    async (trx) => {
      const now = Date.now();
      const rows = (await due(trx(JOBS_TABLE).select('id'), now, settings.leaseMs)
        .whereIn('type', [...types])
        .orderBy([{ column: 'run_at' }, { column: 'id' }])
        .limit(limit)
        .forUpdate()
        .skipLocked()) as Array<{ id: number | string }>;
      if (rows.length === 0) return [];
      const ids = rows.map((row) => row.id);
      await trx(JOBS_TABLE)
        .whereIn('id', ids)
        .update({
          state: 'running',
          locked_by: workerId,
          locked_at: now,
          attempts: trx.raw('attempts + 1'),
          updated_at: now,
        });
      return (await trx(JOBS_TABLE).select('*').whereIn('id', ids).orderBy('id')) as Array<Record<string, unknown>>;
    },
    { isolationLevel: 'read committed' }
  );

/**
 * SQLite has one writer at a time: one UPDATE … WHERE id IN (SELECT …)
 * RETURNING statement picks and marks the rows atomically under the file's
 * write lock, whatever other process shares the file.
 */
const claimOnSqlite = async (strapi: Core.Strapi, workerId: string, types: readonly string[], limit: number, settings: OutboxSettings) => {
  const now = Date.now();
  const knex = strapi.db.connection;
  const pick = due(knex(JOBS_TABLE).select('id'), now, settings.leaseMs)
    .whereIn('type', [...types])
    .orderBy([{ column: 'run_at' }, { column: 'id' }])
    .limit(limit)
    .toSQL()
    .toNative();
  const rows = (await knex.raw(
    `update ${JOBS_TABLE} set state = 'running', locked_by = ?, locked_at = ?, attempts = attempts + 1, updated_at = ? where id in (${pick.sql}) returning *`,
    [workerId, now, now, ...pick.bindings]
  )) as Array<Record<string, unknown>>;
  return rows.sort((a, b) => Number(a.id) - Number(b.id));
};

/** Claims up to `limit` due jobs of these types for this worker; attempts counts this try. */
export const claimJobs = async (
  strapi: Core.Strapi,
  workerId: string,
  types: readonly string[],
  limit: number,
  settings: OutboxSettings
): Promise<JobRow[]> => {
  if (types.length === 0) return [];
  await setAsideDeadLocks(strapi, Date.now(), settings.leaseMs);
  const rows = await retryingTransaction(() =>
    strapi.db.dialect.client === 'sqlite'
      ? claimOnSqlite(strapi, workerId, types, limit, settings)
      : claimWithRowLocks(strapi, workerId, types, limit, settings)
  );
  return rows.map(asJob);
};

/** A job this worker still holds is done (if its lease was lost, the worker that took it over answers for it). */
export const completeJob = async (strapi: Core.Strapi, workerId: string, job: JobRow): Promise<void> => {
  await strapi.db.connection(JOBS_TABLE).where({ id: job.id, locked_by: workerId }).update({
    state: 'done',
    locked_by: null,
    locked_at: null,
    last_error: null,
    updated_at: Date.now(),
  });
};

/** A try failed: pending again after a growing delay, or set aside as failed (with its error) after its last try. */
export const failJob = async (strapi: Core.Strapi, workerId: string, job: JobRow, error: unknown, settings: OutboxSettings): Promise<void> => {
  const now = Date.now();
  const message = (error instanceof Error ? error.stack ?? error.message : String(error)).slice(0, 4000);
  const last = job.attempts >= job.maxAttempts;
  await strapi.db
    .connection(JOBS_TABLE)
    .where({ id: job.id, locked_by: workerId })
    .update({
      state: last ? 'failed' : 'pending',
      run_at: last ? job.runAt : now + retryDelayMs(settings, job.attempts),
      last_error: message,
      locked_by: null,
      locked_at: null,
      updated_at: now,
    });
};

/** Keeps a running job's lock fresh, so no other process takes it for a dead one's. */
export const renewLease = async (strapi: Core.Strapi, workerId: string, ids: readonly number[]): Promise<void> => {
  if (ids.length === 0) return;
  await strapi.db
    .connection(JOBS_TABLE)
    .whereIn('id', [...ids])
    .andWhere({ locked_by: workerId, state: 'running' })
    .update({ locked_at: Date.now() });
};

/** Deletes finished jobs older than keepDoneMs. */
export const deleteOldDoneJobs = async (strapi: Core.Strapi, settings: OutboxSettings): Promise<void> => {
  await strapi.db
    .connection(JOBS_TABLE)
    .where('state', 'done')
    .andWhere('updated_at', '<', Date.now() - settings.keepDoneMs)
    .delete();
};
