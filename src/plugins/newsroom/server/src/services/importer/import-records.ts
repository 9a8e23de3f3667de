import type { Core } from '@strapi/strapi';
import { ensureTable } from '../../strapi/side-table';

/**
 * Which meeting an imported report became, so importing it again updates
 * that meeting instead of adding another. Keyed by the report's source URL
 * when given, otherwise by the parser's content fingerprint, per locale.
 * Kept beside the content (not as a field of it) so the content model stays
 * the contract frontends know.
 */
export const IMPORTS_TABLE = 'newsroom_imports';

export const ensureImportsTable = (strapi: Core.Strapi): Promise<void> =>
  ensureTable(strapi, IMPORTS_TABLE, (table) => {
    table.increments('id');
    table.string('source_key', 255).notNullable();
    table.string('locale', 20).notNullable();
    table.string('meeting_document_id', 64).notNullable();
    table.unique(['source_key', 'locale'], { indexName: 'newsroom_imports_source_locale_unique' });
  });

export const sourceKeyOf = (sourceUrl: string | undefined, fingerprint: string): string =>
  sourceUrl ? `url:${sourceUrl}`.slice(0, 255) : `fp:${fingerprint}`;

type Knex = Core.Strapi['db']['connection'];

export const importRecords = (strapi: Core.Strapi) => {
  const inTransaction = async <T>(work: (trx: Knex) => Promise<T>): Promise<T> =>
    (await strapi.db.transaction(({ trx }) => work(trx)));
  return {
    async find(sourceKey: string, locale: string): Promise<string | null> {
      return inTransaction(async (trx) => {
        const row = (await trx(IMPORTS_TABLE).first('meeting_document_id').where({ source_key: sourceKey, locale })) as
          | { meeting_document_id: string }
          | undefined;
        return row?.meeting_document_id ?? null;
      });
    },
    async remember(sourceKey: string, locale: string, meetingDocumentId: string): Promise<void> {
      await inTransaction(async (trx) => {
        const updated = await trx(IMPORTS_TABLE).where({ source_key: sourceKey, locale }).update({ meeting_document_id: meetingDocumentId });
        if (!updated) await trx(IMPORTS_TABLE).insert({ source_key: sourceKey, locale, meeting_document_id: meetingDocumentId });
      });
    },
  };
};
