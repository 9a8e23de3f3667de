import type { Core } from '@strapi/strapi';

type Knex = Core.Strapi['db']['connection'];
export type TableBuilder = Parameters<Parameters<Knex['schema']['createTable']>[1]>[0];

/**
 * Creates one of the plugin's side tables (slug claims, imports, stored
 * pages) at boot when it is missing. Several Strapi processes may boot on
 * one database at once: a creation that fails because another process made
 * the table first is no error.
 */
export const ensureTable = async (strapi: Core.Strapi, name: string, build: (table: TableBuilder) => void): Promise<void> => {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(name)) return;
  try {
    await knex.schema.createTable(name, build);
  } catch (error) {
    if (!(await knex.schema.hasTable(name))) throw error;
  }
};

/** Adds a column to one of those tables when it is missing (a table made by an older version); as safe as ensureTable with several processes. */
export const ensureColumn = async (strapi: Core.Strapi, name: string, column: string, build: (table: TableBuilder) => void): Promise<void> => {
  const knex = strapi.db.connection;
  if (await knex.schema.hasColumn(name, column)) return;
  try {
    await knex.schema.alterTable(name, build);
  } catch (error) {
    if (!(await knex.schema.hasColumn(name, column))) throw error;
  }
};
