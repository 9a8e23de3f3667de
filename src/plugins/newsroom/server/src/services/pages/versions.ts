import type { Core } from '@strapi/strapi';
import { ensureTable } from '../../strapi/side-table';

type Knex = Core.Strapi['db']['connection'];

/**
 * One row per document that has (or had) pages: its build sequence. Every
 * rebuild of a document's pages — the write's own, a worker's — first locks
 * this row (made if missing, so a page not yet stored is locked too), then
 * reads the documents, stores the pages and counts one more build. Two
 * rebuilds of one page therefore take turns, and the later one reads what
 * the earlier committed: a page is never overwritten by a build that read
 * older data. SQLite has one writer at a time anyway.
 */
export const PAGE_VERSIONS_TABLE = 'newsroom_page_versions';

export const ensurePageVersionsTable = async (strapi: Core.Strapi): Promise<void> => {
  await ensureTable(strapi, PAGE_VERSIONS_TABLE, (table) => {
    table.string('document_id', 64).notNullable().primary();
    table.bigInteger('version').notNullable().defaultTo(0);
    table.bigInteger('built_at').notNullable().defaultTo(0);
  });
};

const inTransaction = <T>(strapi: Core.Strapi, work: (trx: Knex) => Promise<T>): Promise<T> =>
  strapi.db.transaction(({ trx }: { trx: Knex }) => work(trx)) as Promise<T>;

/** Locks the build rows of these documents until the transaction ends (in one order, so two rebuilds never deadlock on them). */
export const lockPageVersions = async (strapi: Core.Strapi, documentIds: readonly string[]): Promise<void> => {
  const ids = [...new Set(documentIds)].sort();
  if (ids.length === 0) return;
  await inTransaction(strapi, async (trx) => {
    for (let start = 0; start < ids.length; start += 500) {
      const slice = ids.slice(start, start + 500);
      await trx(PAGE_VERSIONS_TABLE)
        .insert(slice.map((id) => ({ document_id: id, version: 0, built_at: 0 })))
        .onConflict('document_id')
        .ignore();
      if (strapi.db.dialect.client !== 'sqlite') await trx(PAGE_VERSIONS_TABLE).select('document_id').whereIn('document_id', slice).orderBy('document_id').forUpdate();
    }
  });
};

/** One more build of these documents' pages (under the lock taken by lockPageVersions). */
export const countPageBuilds = async (strapi: Core.Strapi, documentIds: readonly string[]): Promise<void> => {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) return;
  await inTransaction(strapi, (trx) => trx(PAGE_VERSIONS_TABLE).whereIn('document_id', ids).update({ version: trx.raw('version + 1'), built_at: Date.now() }));
};
