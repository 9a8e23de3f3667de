import type { Core } from '@strapi/strapi';

/** Adds an index to a table unless it is there already (by name); another process making it first is fine. */
export const ensureIndex = async (strapi: Core.Strapi, table: string, columns: string[], name: string): Promise<void> => {
  // Strapi's dialect types do not declare its schema inspector; its getIndexes is what the schema sync itself uses.
  const inspector = (strapi.db.dialect as { schemaInspector?: { getIndexes(table: string): Promise<Array<{ name: string }>> } }).schemaInspector;
  if (!inspector) throw new Error(`newsroom: this database dialect has no schema inspector; the index ${name} cannot be checked`);
  if ((await inspector.getIndexes(table)).some((index) => index.name === name)) return;
  try {
    await strapi.db.connection.schema.alterTable(table, (t) => {
      t.index(columns, name);
    });
  } catch (error) {
    // Another Strapi process on the same database made it first.
    if (!(await inspector.getIndexes(table)).some((index) => index.name === name)) throw error;
  }
};
