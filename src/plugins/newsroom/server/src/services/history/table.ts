import type { Core } from '@strapi/strapi';
import { ensureTable } from '../../strapi/side-table';

/**
 * The record of who did what: one row per action on a document, written in
 * the transaction of the change (document-middlewares/history.ts) and never
 * updated or deleted by the plugin (there is no route that could).
 */
export const HISTORY_TABLE = 'newsroom_history';

export const HISTORY_ACTIONS = ['create', 'save', 'publish', 'unpublish', 'discard', 'delete', 'schedule', 'cancel', 'embargo', 'correction'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export const ensureHistoryTable = async (strapi: Core.Strapi): Promise<void> => {
  await ensureTable(strapi, HISTORY_TABLE, (table) => {
    table.increments('id');
    table.string('kind', 60).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('locale', 20).nullable();
    table.string('action', 20).notNullable();
    // Epoch milliseconds: one representation on SQLite, PostgreSQL and MySQL alike.
    table.bigInteger('at').notNullable();
    // Who: an admin user, a Users & Permissions user or an API token (user_type), by id and by the name they had then.
    table.string('user_type', 20).nullable();
    table.integer('user_id').nullable();
    table.string('user_name', 255).nullable();
    table.index(['kind', 'document_id'], 'newsroom_history_document');
  });
};
