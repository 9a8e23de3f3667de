import type { Core } from '@strapi/strapi';
import { kind } from '../../kinds';
import { ensureIndex } from '../../strapi/ensure-index';

/** The importer finds the speakers it reuses by name and locale (import-plan.ts); Strapi indexes neither column. */
export const ensureSpeakerNameIndex = async (strapi: Core.Strapi): Promise<void> => {
  const { table } = kind('speaker');
  await ensureIndex(strapi, table, ['name', 'locale', 'published_at'], `${table}_name_locale_idx`);
};
