import type { Core } from '@strapi/strapi';

/**
 * MySQL/MariaDB (InnoDB) answers concurrent inserts on one unique key with
 * deadlocks now and then, and rolls the losing transaction back whole;
 * PostgreSQL can too. The standard remedy is to run the transaction again.
 * Bounded, with a small random pause so the writers spread out.
 */
export const MAX_TRANSACTION_ATTEMPTS = 6;

// Deadlock, lock wait timeout, and a duplicate on the lock row two first claims created at once.
const TRANSIENT_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_DUP_ENTRY', '40P01', '40001']);

export const isTransientLockError = (error: unknown): boolean => {
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  return (typeof code === 'string' && TRANSIENT_CODES.has(code)) || errno === 1213 || errno === 1205;
};

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));

/** Runs `work` in a transaction, again on a deadlock; a caller's own transaction is left to the caller. */
export const transactionWithRetry = async <T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> => {
  if (strapi.db.inTransaction()) return work();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await strapi.db.transaction(() => work())) as T;
    } catch (error) {
      if (!isTransientLockError(error) || attempt >= MAX_TRANSACTION_ATTEMPTS) throw error;
      await pause(attempt);
    }
  }
};
