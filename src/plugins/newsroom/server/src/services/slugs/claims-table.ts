import type { Core } from '@strapi/strapi';
import { ensureTable } from '../../strapi/side-table';

/**
 * The database-level guarantee behind unique slugs. Strapi 5 keeps a draft
 * and a published row per document and locale, and creates no unique index
 * for a field, so uniqueness "per type and locale, shared by a document's
 * draft and published rows" cannot be one index on the content table. This
 * table holds one row per slug a document owns, with a UNIQUE constraint on
 * (content type, locale, slug): whichever concurrent write inserts first
 * owns the slug, on SQLite, PostgreSQL and MySQL/MariaDB alike, and in
 * every Strapi process sharing the database.
 */
export const CLAIMS_TABLE = 'newsroom_slug_claims';

/**
 * One row per content type and locale, locked (SELECT … FOR UPDATE) before a
 * claim on MySQL/MariaDB only: InnoDB's shared locks on a duplicate key turn
 * many concurrent inserts of one slug into deadlocks, so there the claims of
 * one type and locale take turns. PostgreSQL and SQLite need no such lock.
 */
export const LOCKS_TABLE = 'newsroom_slug_locks';

export const ensureClaimsTable = async (strapi: Core.Strapi): Promise<void> => {
  await ensureTable(strapi, LOCKS_TABLE, (table) => {
    table.string('scope', 160).primary();
  });
  await ensureTable(strapi, CLAIMS_TABLE, (table) => {
    table.increments('id');
    table.string('content_type', 120).notNullable();
    table.string('locale', 20).notNullable();
    table.string('slug', 100).notNullable();
    // Null between the claim and the document's insert in the same transaction.
    table.string('document_id', 64).nullable();
    table.unique(['content_type', 'locale', 'slug'], { indexName: 'newsroom_slug_claims_unique' });
    table.index(['content_type', 'document_id'], 'newsroom_slug_claims_document');
  });
};
