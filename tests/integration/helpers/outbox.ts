/**
 * The plugin's outbox as tests reach it: through the plugin's `outbox`
 * service, the same module instance its workers use.
 */
import type { Core } from '@strapi/strapi';

export interface OutboxJobRow {
  id: number;
  type: string;
  key: string | null;
  state: string;
  attempts: number;
  run_at: number;
  last_error: string | null;
  payload: string;
}

export interface TestOutbox {
  enqueue(job: { type: string; key?: string; payload?: Record<string, unknown>; runAt?: Date; maxAttempts?: number }): Promise<void>;
  registerJobHandler(type: string, handler: (payload: Record<string, unknown>, context: { job: { id: number; attempts: number } }) => Promise<void>): void;
  handlerOf(type: string): ((payload: Record<string, unknown>, context: never) => Promise<void>) | undefined;
  drain(options?: { timeoutMs?: number }): Promise<void>;
  /** One claim of this process's worker: answers how many jobs it took and did. */
  runBatch(): Promise<number>;
  status(): Promise<{ waiting: number; later: number; running: number; failed: number; oldestWaitingMs: number | null; failures: Array<{ id: number; lastError: string | null }> }>;
  retry(id: number): Promise<boolean>;
}

export const outboxOf = (strapi: Core.Strapi): TestOutbox => strapi.plugin('newsroom').service('outbox') as unknown as TestOutbox;

/** Every job row of a type, oldest first (times as numbers). */
export const jobsOfType = async (strapi: Core.Strapi, type: string): Promise<OutboxJobRow[]> => {
  const rows = (await strapi.db.connection('newsroom_jobs').select('*').where({ type }).orderBy('id')) as Array<Record<string, unknown>>;
  return rows.map((row) => ({ ...row, id: Number(row.id), attempts: Number(row.attempts), run_at: Number(row.run_at) }) as OutboxJobRow);
};

/**
 * Every stored page is what a rebuild from the committed documents makes
 * now: their etags before and after `pages.rebuildAll` (through the outbox)
 * are the same, and no page appears or disappears.
 */
export const pagesAreCurrent = async (strapi: Core.Strapi): Promise<{ stale: string[] }> => {
  const read = async () =>
    new Map(
      ((await strapi.db.connection('newsroom_pages').select('kind', 'locale', 'slug', 'etag')) as Array<Record<string, string>>).map((row) => [
        `${row.kind}/${row.locale}/${row.slug}`,
        row.etag,
      ])
    );
  const before = await read();
  await (strapi.plugin('newsroom').service('pages') as unknown as { rebuildAll(): Promise<number> }).rebuildAll();
  const after = await read();
  const keys = new Set([...before.keys(), ...after.keys()]);
  return { stale: [...keys].filter((key) => before.get(key) !== after.get(key)) };
};
