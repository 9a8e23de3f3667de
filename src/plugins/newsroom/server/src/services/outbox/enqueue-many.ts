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

type Payload = Record<string, unknown>;

/** How a pending job's payload takes in a coalescing job's (default: the pending one's stays). */
export type MergePayload = (pending: Payload, incoming: Payload) => Payload;

const parsed = (text: unknown): Payload => {
  if (typeof text !== 'string' || text === '') return {};
  const value: unknown = JSON.parse(text);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Payload) : {};
};

/**
 * Many keyed jobs of one type at once (a fan-out: the thousands of pages that
 * show a renamed speaker), in the current transaction, with enqueue's
 * coalescing: keys that already have a pending unclaimed job keep it (its
 * run-at becomes the earlier one; with `merge`, its payload takes in the new
 * one's), the others are inserted, a few hundred rows a statement instead of
 * two statements a job.
 */
export const enqueueMany = async (
  strapi: Core.Strapi,
  type: string,
  jobs: ReadonlyArray<{ key: string; payload?: Payload }>,
  runAt: Date = new Date(),
  merge?: MergePayload
): Promise<void> => {
  const byKey = new Map<string, { key: string; payload?: Payload }>();
  for (const job of jobs) {
    const seen = byKey.get(job.key);
    byKey.set(job.key, seen && merge ? { key: job.key, payload: merge(seen.payload ?? {}, job.payload ?? {}) } : job);
  }
  const unique = [...byKey.values()];
  if (unique.length === 0) return;
  const now = Date.now();
  const at = runAt.getTime();
  const { maxAttempts } = outboxSettings(strapi);
  await strapi.db.transaction(async ({ trx, onCommit }: { trx: Knex; onCommit(callback: () => void): void }) => {
    for (const slice of chunks(unique)) {
      const query = trx(JOBS_TABLE).select('id', 'key', 'run_at', 'payload').where({ type, state: 'pending' }).whereIn('key', slice.map((job) => job.key));
      if (strapi.db.dialect.client !== 'sqlite') query.forUpdate();
      const existing = (await query) as Array<{ id: number | string; key: string; run_at: number | string; payload: unknown }>;
      const have = new Set(existing.map((row) => row.key));
      const sooner = existing.filter((row) => Number(row.run_at) > at).map((row) => row.id);
      if (sooner.length > 0) await trx(JOBS_TABLE).whereIn('id', sooner).update({ run_at: at, updated_at: now });
      if (merge) {
        for (const row of existing) {
          const before = String(row.payload);
          const after = JSON.stringify(merge(parsed(row.payload), byKey.get(row.key)?.payload ?? {}));
          if (after !== before) await trx(JOBS_TABLE).where({ id: row.id }).update({ payload: after, updated_at: now });
        }
      }
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
