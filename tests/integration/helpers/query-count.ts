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

/** The SQL queries sent while `work` runs, counted by knex once the database is quiet, and what `work` answered. */
export const queriesDuring = async <T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<{ count: number; result: T }> => {
  await quietDatabase(strapi);
  let count = 0;
  const listener = () => {
    count += 1;
  };
  strapi.db.connection.on('query', listener);
  try {
    const result = await work();
    return { count, result };
  } finally {
    strapi.db.connection.removeListener('query', listener);
  }
};
