import type { Core } from '@strapi/strapi';
import { ensureTable } from '../../strapi/side-table';

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
    table.unique(['kind', 'locale', 'slug'], { indexName: 'newsroom_pages_slug' });
    table.unique(['kind', 'locale', 'document_id'], { indexName: 'newsroom_pages_document' });
    table.index(['kind', 'locale', 'published_at'], 'newsroom_pages_latest');
  });
  await ensureTable(strapi, LINKS_TABLE, (table) => {
    table.increments('id');
    table.string('page_kind', 60).notNullable();
    table.string('page_locale', 20).notNullable();
    table.string('page_document_id', 64).notNullable();
    table.string('linked_document_id', 64).notNullable();
    table.index(['linked_document_id'], 'newsroom_page_links_linked');
    table.index(['page_kind', 'page_document_id'], 'newsroom_page_links_page');
  });
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
