import type { Core } from '@strapi/strapi';
import { ensureTable } from '../../strapi/side-table';

/** The outbox: one row per piece of derived work, written in the transaction of the write that caused it. */
export const JOBS_TABLE = 'newsroom_jobs';

export type JobState = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

/** A job's row as the workers and the admin page read it (times in epoch milliseconds). */
export interface JobRow {
  id: number;
  type: string;
  key: string | null;
  payload: Record<string, unknown>;
  runAt: number;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  lockedBy: string | null;
  lockedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

const parsePayload = (text: unknown): Record<string, unknown> => {
  if (typeof text !== 'string' || text === '') return {};
  const value: unknown = JSON.parse(text);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
};

/** A database row as a JobRow (PostgreSQL answers bigints as strings). */
export const asJob = (row: Record<string, unknown>): JobRow => ({
  id: Number(row.id),
  type: String(row.type),
  key: typeof row.key === 'string' ? row.key : null,
  payload: parsePayload(row.payload),
  runAt: Number(row.run_at),
  state: String(row.state) as JobState,
  attempts: Number(row.attempts),
  maxAttempts: Number(row.max_attempts),
  lastError: typeof row.last_error === 'string' ? row.last_error : null,
  lockedBy: typeof row.locked_by === 'string' ? row.locked_by : null,
  lockedAt: numberOrNull(row.locked_at),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

/**
 * Made at boot like the other side tables. Times are epoch milliseconds (one
 * representation on SQLite, PostgreSQL and MySQL alike, compared with the
 * process's clock). The (state, run_at) index serves the claim; (type, key,
 * state) the coalescing look-up of enqueue.
 */
export const ensureJobsTable = async (strapi: Core.Strapi): Promise<void> => {
  await ensureTable(strapi, JOBS_TABLE, (table) => {
    table.bigIncrements('id');
    table.string('type', 100).notNullable();
    table.string('key', 200).nullable();
    // longtext on MySQL/MariaDB (text there stops at 64 KB); text elsewhere.
    table.text('payload', 'longtext').notNullable();
    table.bigInteger('run_at').notNullable();
    table.string('state', 20).notNullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table.integer('max_attempts').notNullable();
    table.text('last_error').nullable();
    table.string('locked_by', 100).nullable();
    table.bigInteger('locked_at').nullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['state', 'run_at'], 'newsroom_jobs_due');
    table.index(['type', 'key', 'state'], 'newsroom_jobs_key');
  });
};
