import type { Core } from '@strapi/strapi';
import { outboxSettings } from './settings';
import { JOBS_TABLE } from './table';
import { wakeWorkers } from './wake';

type Knex = Core.Strapi['db']['connection'];

/** Derived work to do after the commit. */
export interface NewJob {
  /** Which handler does it (registerJobHandler). */
  type: string;
  /** Coalesces: a pending job of the same type and key that no worker has claimed yet takes this one's place. */
  key?: string;
  /** JSON-serialisable. */
  payload?: Record<string, unknown>;
  /** Not before (default: now). */
  runAt?: Date;
  /** Tries before it is set aside as failed (default: the outbox setting). */
  maxAttempts?: number;
}

interface TransactionParams {
  trx: Knex;
  onCommit(callback: () => void): void;
}

/**
 * Writes the job in the CURRENT transaction (a write's, an import's), so a
 * rolled-back write leaves no work and a committed one never loses it; outside
 * one, in a transaction of its own. With a key, a pending unclaimed job of the
 * same type and key is updated instead of duplicated (graphile-worker's
 * job_key): its payload becomes this one's and its run-at the earlier of the
 * two. A job already claimed is not touched (the worker may have read the
 * data before this write), so a new one is written. On PostgreSQL and MySQL
 * the pending row is locked while it is updated, so a claim skips it until
 * this transaction ends. Two writes committing at once with the same new key
 * may still both insert (no partial unique index on MySQL): the job then runs
 * twice, which the handlers allow.
 */
export const enqueue = async (strapi: Core.Strapi, job: NewJob): Promise<void> => {
  const now = Date.now();
  const runAt = job.runAt ? job.runAt.getTime() : now;
  const payload = JSON.stringify(job.payload ?? {});
  await strapi.db.transaction(async ({ trx, onCommit }: TransactionParams) => {
    if (job.key !== undefined) {
      const query = trx(JOBS_TABLE).select('id', 'run_at').where({ type: job.type, key: job.key, state: 'pending' }).orderBy('id').first();
      if (strapi.db.dialect.client !== 'sqlite') query.forUpdate();
      const existing = (await query) as { id: number | string; run_at: number | string } | undefined;
      if (existing) {
        await trx(JOBS_TABLE)
          .where({ id: existing.id })
          .update({ payload, run_at: Math.min(Number(existing.run_at), runAt), updated_at: now });
        onCommit(wakeWorkers);
        return;
      }
    }
    await trx(JOBS_TABLE).insert({
      type: job.type,
      key: job.key ?? null,
      payload,
      run_at: runAt,
      state: 'pending',
      attempts: 0,
      max_attempts: job.maxAttempts ?? outboxSettings(strapi).maxAttempts,
      created_at: now,
      updated_at: now,
    });
    onCommit(wakeWorkers);
  });
};
