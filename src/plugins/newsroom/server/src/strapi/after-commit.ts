import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

type Task = () => Promise<void>;

const scope = new AsyncLocalStorage<Task[]>();

/**
 * Runs `work` (which commits a transaction), then — only if it succeeded —
 * the tasks registered during it with `afterCommit`, awaited before the
 * caller gets its answer. Nested calls join the outer one.
 */
export const awaitingAfterCommit = async <T>(work: () => Promise<T>): Promise<T> => {
  if (scope.getStore()) return work();
  const tasks: Task[] = [];
  const result = await scope.run(tasks, work);
  for (const task of tasks) await task();
  return result;
};

/**
 * `task` after the current transaction commits, never after a rollback:
 * awaited by the surrounding `awaitingAfterCommit` (a Document Service write),
 * else run in the background on commit (a caller's own transaction, such as
 * an import's); at once outside any transaction. A failing task is logged.
 */
export const afterCommit = async (strapi: Core.Strapi, task: Task): Promise<void> => {
  const guarded = async (): Promise<void> => {
    try {
      await task();
    } catch (error) {
      strapi.log.error(`newsroom: after commit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };
  if (!strapi.db.inTransaction()) return guarded();
  const tasks = scope.getStore();
  await strapi.db.transaction(({ onCommit }: { onCommit(cb: () => void): void }) => {
    onCommit(() => {
      if (tasks) tasks.push(guarded);
      else void guarded();
    });
    return Promise.resolve();
  });
};
