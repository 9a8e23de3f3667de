/**
 * Wakes this process's idle workers: called when a transaction that enqueued
 * jobs commits, so work written here starts at once instead of at the next
 * poll (other processes find it at their next poll). Only resolves promises:
 * the workers go on in their own async context, never in the committed
 * transaction's.
 */
const sleepers = new Set<() => void>();

export const wakeWorkers = (): void => {
  for (const wake of [...sleepers]) wake();
};

/** Resolves after `ms`, or earlier when wakeWorkers is called. */
export const sleepUntilWoken = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      sleepers.delete(done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    sleepers.add(done);
  });
