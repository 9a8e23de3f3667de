import type { Core } from '@strapi/strapi';

/** Strapi emits entry events (and loads their data) after a write returns; waits until the database has been quiet for 300 ms. */
export const quietDatabase = async (strapi: Core.Strapi): Promise<void> => {
  let last = Date.now();
  const touch = () => {
    last = Date.now();
  };
  strapi.db.connection.on('query', touch);
  while (Date.now() - last < 300) await new Promise((resolve) => setTimeout(resolve, 50));
  strapi.db.connection.removeListener('query', touch);
};

interface Workers {
  drain(): Promise<void>;
  pauseWorkers(): Promise<void>;
  resumeWorkers(): void;
}

/**
 * The SQL queries sent while `work` runs, counted by knex once the database is
 * quiet, and what `work` answered. The outbox's worker polls the jobs table on
 * a timer: its claims would be counted whenever a poll fell inside `work`
 * (seen: 3 queries where 1 was expected), so the queue is drained and this
 * process's worker paused while counting, and resumed after.
 */
export const queriesDuring = async <T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<{ count: number; result: T }> => {
  const workers = strapi.plugin('newsroom').service('outbox') as unknown as Workers;
  await workers.drain();
  await workers.pauseWorkers();
  let count = 0;
  const listener = () => {
    count += 1;
  };
  try {
    await quietDatabase(strapi);
    strapi.db.connection.on('query', listener);
    const result = await work();
    return { count, result };
  } finally {
    strapi.db.connection.removeListener('query', listener);
    workers.resumeWorkers();
  }
};

/**
 * The fewest queries `work` sends in three runs: a query Strapi left running
 * after earlier writes (its entry events; seen in CI on a loaded machine,
 * 19 instead of 12, and 27 instead of 17) can only add to a count, never
 * hide one the work needs.
 */
export const fewestQueriesDuring = async <T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<{ count: number; result: T }> => {
  let best: { count: number; result: T } | undefined;
  for (let run = 0; run < 3; run += 1) {
    const measured = await queriesDuring(strapi, work);
    if (!best || measured.count < best.count) best = measured;
  }
  return best as { count: number; result: T };
};
