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
