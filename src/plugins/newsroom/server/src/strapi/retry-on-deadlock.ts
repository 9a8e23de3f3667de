
/**
 * MySQL/MariaDB (InnoDB) answers concurrent inserts on one unique key with
 * deadlocks now and then, and rolls the losing transaction back whole;
 * PostgreSQL can too. The standard remedy is to run the transaction again —
 * the whole of it, from the start (document-middlewares/write-transaction.ts). Bounded, with
 * a small random pause so the writers spread out.
 */
export const MAX_TRANSACTION_ATTEMPTS = 6;

// Deadlock, lock wait timeout, a duplicate on the lock row two first claims created at once, and
// SQLite's "database is locked" (another process, such as the import command, held the file past the wait).
const TRANSIENT_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_DUP_ENTRY', '40P01', '40001', 'SQLITE_BUSY']);

export const isTransientLockError = (error: unknown): boolean => {
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  return (typeof code === 'string' && TRANSIENT_CODES.has(code)) || errno === 1213 || errno === 1205;
};

/** A small random pause, longer with each attempt, so the writers spread out. */
export const pauseBeforeAttempt = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));

/** Runs a whole transaction (`run` opens it) again after a transient lock error, at most MAX_TRANSACTION_ATTEMPTS times: the importer's. */
export async function retryingTransaction<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= MAX_TRANSACTION_ATTEMPTS || !isTransientLockError(error)) throw error;
      await pauseBeforeAttempt(attempt);
    }
  }
}
