import type { Core } from '@strapi/strapi';
import { outboxSettings } from './settings';
import { JOBS_TABLE } from './table';
import { wakeWorkers } from './wake';

type Knex = Core.Strapi['db']['connection'];

/** Rows per statement: well under every database's bound-parameter limit (SQLite's 32,766, at 10 columns a row). */
const CHUNK = 200;

const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) out.push(items.slice(start, start + CHUNK));
  return out;
};

/**
 * Many keyed jobs of one type at once (a fan-out: the thousands of pages that
 * show a renamed speaker), in the current transaction, with enqueue's
 * coalescing: keys that already have a pending unclaimed job keep it (its
 * run-at becomes the earlier one), the others are inserted, a few hundred
 * rows a statement instead of two statements a job.
 */
export const enqueueMany = async (
  strapi: Core.Strapi,
  type: string,
  jobs: ReadonlyArray<{ key: string; payload?: Record<string, unknown> }>,
  runAt: Date = new Date()
): Promise<void> => {
  const unique = [...new Map(jobs.map((job) => [job.key, job])).values()];
  if (unique.length === 0) return;
  const now = Date.now();
  const at = runAt.getTime();
  const { maxAttempts } = outboxSettings(strapi);
  await strapi.db.transaction(async ({ trx, onCommit }: { trx: Knex; onCommit(callback: () => void): void }) => {
    for (const slice of chunks(unique)) {
      const query = trx(JOBS_TABLE).select('id', 'key', 'run_at').where({ type, state: 'pending' }).whereIn('key', slice.map((job) => job.key));
      if (strapi.db.dialect.client !== 'sqlite') query.forUpdate();
      const existing = (await query) as Array<{ id: number | string; key: string; run_at: number | string }>;
      const have = new Set(existing.map((row) => row.key));
      const sooner = existing.filter((row) => Number(row.run_at) > at).map((row) => row.id);
      if (sooner.length > 0) await trx(JOBS_TABLE).whereIn('id', sooner).update({ run_at: at, updated_at: now });
      const rows = slice
        .filter((job) => !have.has(job.key))
        .map((job) => ({
          type,
          key: job.key,
          payload: JSON.stringify(job.payload ?? {}),
          run_at: at,
          state: 'pending',
          attempts: 0,
          max_attempts: maxAttempts,
          created_at: now,
          updated_at: now,
        }));
      if (rows.length > 0) await trx(JOBS_TABLE).insert(rows);
    }
    onCommit(wakeWorkers);
  });
};
