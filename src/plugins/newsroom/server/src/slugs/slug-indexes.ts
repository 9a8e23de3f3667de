import type { Core } from '@strapi/strapi';
import { KINDS } from '../kinds';

/**
 * Pages and `filters[slug][$eq]` look documents up by slug and locale; Strapi
 * indexes document_id but not a uid field. Strapi's schema sync leaves
 * indexes it did not create alone, so the plugin adds its own at boot.
 */
export const ensureSlugIndexes = async (strapi: Core.Strapi): Promise<void> => {
  // Strapi's dialect types do not declare its schema inspector; its getIndexes is what the schema sync itself uses.
  const inspector = (strapi.db.dialect as { schemaInspector?: { getIndexes(table: string): Promise<Array<{ name: string }>> } }).schemaInspector;
  if (!inspector) throw new Error('newsroom: this database dialect has no schema inspector; the slug indexes cannot be checked');
  const knex = strapi.db.connection;
  for (const { table } of KINDS) {
    const name = `${table}_slug_locale_idx`;
    const existing = await inspector.getIndexes(table);
    if (existing.some((index) => index.name === name)) continue;
    try {
      await knex.schema.alterTable(table, (t) => {
        t.index(['slug', 'locale', 'published_at'], name);
      });
    } catch (error) {
      // Another Strapi process on the same database made it first.
      if (!(await inspector.getIndexes(table)).some((index) => index.name === name)) throw error;
    }
  }
};
