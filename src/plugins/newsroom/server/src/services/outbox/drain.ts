import type { Core } from '@strapi/strapi';
import { handledTypes } from './handlers';
import { outboxSettings } from './settings';
import { JOBS_TABLE } from './table';
import { runBatch } from './worker';

/** Jobs due now or being run by some worker (any process). */
export const outstandingJobs = async (strapi: Core.Strapi): Promise<number> => {
  const now = Date.now();
  const row = (await strapi.db
    .connection(JOBS_TABLE)
    .where((q) => q.where('state', 'pending').andWhere('run_at', '<=', now))
    .orWhere('state', 'running')
    .count({ n: '*' })
    .first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
};

/**
 * For tests and scripts: works the queue in this process too until no job is
 * due or running anywhere (jobs waiting for a later run-at, such as retries
 * after a failure, do not count), or throws after `timeoutMs`.
 */
export const drain = async (strapi: Core.Strapi, { timeoutMs = 60_000 }: { timeoutMs?: number } = {}): Promise<void> => {
  const settings = outboxSettings(strapi);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const claimed = handledTypes().length > 0 ? await runBatch(strapi, settings) : 0;
    if (claimed > 0) continue;
    const left = await outstandingJobs(strapi);
    if (left === 0) return;
    if (Date.now() > deadline) throw new Error(`newsroom: the outbox did not drain in ${timeoutMs} ms (${left} jobs due or running)`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
