import type { Core } from '@strapi/strapi';
import { KINDS } from '../../kinds';
import { ensureIndex } from '../../strapi/ensure-index';

/**
 * Pages and `filters[slug][$eq]` look documents up by slug and locale; Strapi
 * indexes document_id but not a uid field. Strapi's schema sync leaves
 * indexes it did not create alone, so the plugin adds its own at boot.
 */
export const ensureSlugIndexes = async (strapi: Core.Strapi): Promise<void> => {
  for (const { table } of KINDS) await ensureIndex(strapi, table, ['slug', 'locale', 'published_at'], `${table}_slug_locale_idx`);
};
