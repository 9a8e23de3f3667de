import type { Core } from '@strapi/strapi';

/**
 * On SQLite, a second, read-only connection for public reads of stored pages.
 *
 * Strapi's SQLite pool is one connection, and a write holds it for its whole
 * transaction: every by-slug read that arrived meanwhile waited for the
 * commit (60 ms p99 during a speaker's rename at 10 meetings, more at 3,000;
 * 415 ms during imports). In WAL mode a reader on its own connection reads
 * the last committed state while a writer works, so the stored page can be
 * answered between the write's queries instead of after its commit (the
 * loop turns between them: sqlite-turns.ts, installed with it). The
 * database is put in WAL mode at boot (it stays so: the mode is kept in the
 * file); the setting `sqliteReadConnection: false` leaves the file's mode
 * and Strapi's one connection alone.
 *
 * Only what a public reader is served goes through it, outside any
 * transaction: the page, the document behind a slug, a redirect
 * (services/pages/store.ts). Every read inside a write keeps the write's
 * transaction, and so sees its own changes.
 */

type Knex = Core.Strapi['db']['connection'];

const readers = new WeakMap<Core.Strapi, Knex>();

/** The read connection, when this app has one (SQLite, the setting on, WAL mode reached). */
export const sqliteReader = (strapi: Core.Strapi): Knex | undefined => readers.get(strapi);

/** Opens the read connection at bootstrap; answers why not when it does not. */
export const openSqliteReader = async (strapi: Core.Strapi): Promise<string | undefined> => {
  if (strapi.db.dialect.client !== 'sqlite') return 'not SQLite';
  if (strapi.config.get<boolean>('plugin::newsroom.sqliteReadConnection') === false) return 'turned off';
  const filename = (strapi.config.get<{ connection?: { connection?: { filename?: string } } }>('database')?.connection?.connection ?? {}).filename;
  if (!filename || filename === ':memory:') return 'the database is in memory';
  // The mode is a property of the file: set through Strapi's connection, outside any transaction.
  const [mode] = await strapi.db.connection.raw<Array<{ journal_mode?: string }>>('PRAGMA journal_mode = WAL');
  if (mode?.journal_mode !== 'wal') {
    strapi.log.warn(`newsroom: SQLite stayed in ${mode?.journal_mode ?? 'its'} journal mode; public reads share Strapi's one connection`);
    return 'not in WAL mode';
  }
  // knex is Strapi's own dependency: the one Strapi's database package resolves.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the knex that Strapi's database package resolves, found from the app
  const knex = require(require.resolve('knex', { paths: [require.resolve('@strapi/database/package.json', { paths: [strapi.dirs.app.root] })] })) as (config: object) => Knex;
  const reader = knex({
    client: 'better-sqlite3',
    connection: { filename, options: { readonly: true } },
    useNullAsDefault: true,
    pool: { min: 1, max: 1 },
  });
  readers.set(strapi, reader);
  return undefined;
};

/** Closes the read connection (the plugin's destroy). */
export const closeSqliteReader = async (strapi: Core.Strapi): Promise<void> => {
  const reader = readers.get(strapi);
  readers.delete(strapi);
  await reader?.destroy();
};
