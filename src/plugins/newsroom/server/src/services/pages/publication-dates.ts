/**
 * When a page was first published and when it last changed in substance.
 *
 * Strapi moves `publishedAt` on every publish (strapi/strapi#22512), so a
 * corrected report would look newly published to feeds and search engines.
 * This side table keeps, per kind, document and locale, the first
 * publication (`first_published_at`, never moved) and the last substantive
 * change (`modified_at`). A change is substantive when the published version
 * carries a correction or an update it did not carry before: the editor
 * marks a substantive change by adding a `correction` or `update` entry to
 * `corrections` (a clarification, a typo fix or any other save leaves
 * dateModified where it was). Written inside the publishing write's
 * transaction (document-middlewares/publication-dates.ts).
 */
import type { Core } from '@strapi/strapi';
import type { Kind } from '../../kinds';
import { KINDS } from '../../kinds';
import { ensureTable } from '../../strapi/side-table';

type Knex = Core.Strapi['db']['connection'];

export const PUBLICATION_DATES_TABLE = 'newsroom_publication_dates';

/** Entries that move dateModified. */
const SUBSTANTIVE = new Set(['correction', 'update']);

export interface PublicationDates {
  datePublished: Date;
  dateModified: Date;
}

interface CorrectionRow {
  date?: unknown;
  kind?: unknown;
  text?: unknown;
}

/** The substantive entries of a version, each as one string. */
const substantiveKeys = (corrections: readonly CorrectionRow[] | null | undefined): string[] =>
  (corrections ?? []).filter((c) => SUBSTANTIVE.has(String(c.kind))).map((c) => JSON.stringify([String(c.date ?? ''), String(c.kind), String(c.text ?? '')]));

const withKnex = async <T>(strapi: Core.Strapi, work: (knex: Knex) => Promise<T>): Promise<T> => {
  if (!strapi.db.inTransaction()) return work(strapi.db.connection);
  return strapi.db.transaction(({ trx }: { trx: Knex }) => work(trx));
};

const toMillis = (value: unknown): number => {
  const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(String(value));
  return Number.isFinite(time) ? time : Date.now();
};

/** Records the published versions of a document, in the current transaction: the first publication once, a new substantive entry as a modification. */
export const recordPublication = async (strapi: Core.Strapi, kind: Kind, documentId: string): Promise<void> => {
  const versions = (await strapi.db.query(kind.uid).findMany({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['locale', 'publishedAt'],
    populate: { corrections: true },
  })) as Array<{ locale: string; publishedAt: unknown; corrections?: CorrectionRow[] }>;
  await withKnex(strapi, async (knex) => {
    for (const version of versions) {
      const where = { kind: kind.name, document_id: documentId, locale: version.locale };
      const keys = substantiveKeys(version.corrections);
      const stored = (await knex(PUBLICATION_DATES_TABLE).select('id', 'revision_keys').where(where).first()) as { id: number; revision_keys: string } | undefined;
      if (!stored) {
        const at = toMillis(version.publishedAt);
        await knex(PUBLICATION_DATES_TABLE).insert({ ...where, first_published_at: at, modified_at: at, revision_keys: JSON.stringify(keys) });
        continue;
      }
      const seen = new Set(JSON.parse(stored.revision_keys) as string[]);
      if (keys.some((key) => !seen.has(key))) {
        await knex(PUBLICATION_DATES_TABLE)
          .where({ id: stored.id })
          .update({ modified_at: toMillis(version.publishedAt), revision_keys: JSON.stringify([...new Set([...seen, ...keys])]) });
      }
    }
  });
};

/** The dates of a document's page in a locale, once it has been published there. */
export const publicationDates = async (strapi: Core.Strapi, kind: Kind, documentId: string, locale: string): Promise<PublicationDates | undefined> => {
  const row = (await withKnex(strapi, (knex) =>
    knex(PUBLICATION_DATES_TABLE).select('first_published_at', 'modified_at').where({ kind: kind.name, document_id: documentId, locale }).first()
  )) as { first_published_at: number | string; modified_at: number | string } | undefined;
  return row ? { datePublished: new Date(Number(row.first_published_at)), dateModified: new Date(Number(row.modified_at)) } : undefined;
};

/**
 * The table, made at boot. When it is new, the documents already published
 * are recorded with their current publishedAt — the best date there is for a
 * document published before the table existed.
 */
export const ensurePublicationDatesTable = async (strapi: Core.Strapi): Promise<void> => {
  const existed = await strapi.db.connection.schema.hasTable(PUBLICATION_DATES_TABLE);
  await ensureTable(strapi, PUBLICATION_DATES_TABLE, (table) => {
    table.increments('id');
    table.string('kind', 60).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('locale', 20).notNullable();
    table.bigInteger('first_published_at').notNullable();
    table.bigInteger('modified_at').notNullable();
    // The correction and update entries already counted (JSON list): a new one moves modified_at.
    table.text('revision_keys').notNullable();
    table.unique(['kind', 'document_id', 'locale'], { indexName: 'newsroom_publication_dates_document' });
  });
  if (existed) return;
  for (const kind of KINDS) {
    const rows = (await strapi.db.query(kind.uid).findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId'] })) as Array<{ documentId: string }>;
    for (const documentId of new Set(rows.map((row) => row.documentId))) await recordPublication(strapi, kind, documentId);
  }
};
