import type { Core } from '@strapi/strapi';
import { ensureIndex } from '../../strapi/ensure-index';
import { ensureColumn, ensureTable } from '../../strapi/side-table';

/** Each published page as its by-slug answer: one row per kind, locale and slug. */
export const PAGES_TABLE = 'newsroom_pages';
/** Which documents each page shows: the reverse index that says which pages a write touches. */
export const LINKS_TABLE = 'newsroom_page_links';
/** Slugs a document no longer uses, answered with 301 to its current one. */
export const REDIRECTS_TABLE = 'newsroom_page_redirects';

/** The stored pages' tables, made at boot like the slug claims (services/slugs/claims-table.ts). */
export const ensurePageTables = async (strapi: Core.Strapi): Promise<void> => {
  await ensureTable(strapi, PAGES_TABLE, (table) => {
    table.increments('id');
    table.string('kind', 60).notNullable();
    table.string('locale', 20).notNullable();
    table.string('slug', 100).notNullable();
    table.string('document_id', 64).notNullable();
    // longtext on MySQL/MariaDB (text there stops at 64 KB); text elsewhere.
    table.text('json', 'longtext').notNullable();
    table.string('etag', 64).notNullable();
    table.string('title', 500).nullable();
    // Epoch milliseconds: one representation on SQLite, PostgreSQL and MySQL alike.
    table.bigInteger('published_at').nullable();
    table.bigInteger('built_at').notNullable();
    // Epoch milliseconds of the document's embargo end: the page is on no public path before it.
    table.bigInteger('embargo_until').nullable();
    // Epoch milliseconds of the last substantive change (the feeds' updated date).
    table.bigInteger('modified_at').nullable();
    table.unique(['kind', 'locale', 'slug'], { indexName: 'newsroom_pages_slug' });
    table.unique(['kind', 'locale', 'document_id'], { indexName: 'newsroom_pages_document' });
    table.index(['kind', 'locale', 'published_at'], 'newsroom_pages_latest');
  });
  // A document's pages are asked by document alone (store.pagesOf, the page rebuild): the unique index above leads with the kind.
  await ensureIndex(strapi, PAGES_TABLE, ['document_id'], 'newsroom_pages_document_id');
  // Tables made before embargoes existed.
  await ensureColumn(strapi, PAGES_TABLE, 'embargo_until', (table) => table.bigInteger('embargo_until').nullable());
  await ensureColumn(strapi, PAGES_TABLE, 'modified_at', (table) => table.bigInteger('modified_at').nullable());
  await ensureTable(strapi, LINKS_TABLE, (table) => {
    table.increments('id');
    table.string('page_kind', 60).notNullable();
    table.string('page_locale', 20).notNullable();
    table.string('page_document_id', 64).notNullable();
    table.string('linked_document_id', 64).notNullable();
    table.index(['linked_document_id'], 'newsroom_page_links_linked');
    table.index(['page_kind', 'page_document_id'], 'newsroom_page_links_page');
  });
  // What a page showed before its rebuild is asked by document alone (store.shownBy): an index that leads with it (the one
  // above leads with the kind, and the lookup read every link row: 4 ms for a speaker's page at 3,000 meetings on SQLite).
  await ensureIndex(strapi, LINKS_TABLE, ['page_document_id'], 'newsroom_page_links_page_document');
  await ensureTable(strapi, REDIRECTS_TABLE, (table) => {
    table.increments('id');
    table.string('kind', 60).notNullable();
    table.string('locale', 20).notNullable();
    table.string('old_slug', 100).notNullable();
    table.string('document_id', 64).notNullable();
    table.unique(['kind', 'locale', 'old_slug'], { indexName: 'newsroom_page_redirects_slug' });
    table.index(['kind', 'document_id'], 'newsroom_page_redirects_document');
  });
};
