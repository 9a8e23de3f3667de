import { AsyncLocalStorage } from 'node:async_hooks';

interface Batch {
  states: Map<string, unknown>;
  ends: Array<() => Promise<void>>;
}

const scope = new AsyncLocalStorage<Batch>();

/**
 * One write's or one import's work, inside its transaction: work that hooks
 * gather during it (the slug claims' hand-overs, the pages to rebuild) is
 * done once at its end, still inside the transaction, so a failure there
 * rolls the whole write back. Nested calls join the outer batch.
 */
export const writeBatch = async <T>(work: () => Promise<T>): Promise<T> => {
  if (scope.getStore()) return work();
  const batch: Batch = { states: new Map(), ends: [] };
  return scope.run(batch, async () => {
    const result = await work();
    // An end may add work for a later one (in registration order), never for itself.
    for (const end of batch.ends) await end();
    return result;
  });
};

/**
 * The state `key` keeps in the current batch, made (and its end registered)
 * on first use; undefined outside a batch, where the caller does its work at once.
 */
export const batchState = <T>(key: string, make: () => T, end: (state: T) => Promise<void>): T | undefined => {
  const batch = scope.getStore();
  if (!batch) return undefined;
  if (!batch.states.has(key)) {
    const state = make();
    batch.states.set(key, state);
    batch.ends.push(() => end(state));
  }
  return batch.states.get(key) as T;
};
