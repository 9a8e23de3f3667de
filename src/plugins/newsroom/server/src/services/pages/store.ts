import type { Core } from '@strapi/strapi';
import type { BuiltPage } from './build';
import { LINKS_TABLE, PAGES_TABLE, REDIRECTS_TABLE } from './tables';
import { sqliteReader } from '../../strapi/sqlite-reader';

type Knex = Core.Strapi['db']['connection'];

/** A stored page's row, as feeds, sitemaps and the rebuild read it. */
export interface PageRow {
  kind: string;
  locale: string;
  slug: string;
  document_id: string;
  etag: string;
  title: string | null;
  published_at: number | null;
  modified_at: number | null;
  json?: string;
}

type Query = ReturnType<Knex>;

/** Rows a public reader may see now: pages without an embargo, or whose embargo has ended (services/schedule/embargo-filter.ts). */
const visibleNow = (query: Query): Query =>
  query.where((q: Query) => {
    q.whereNull('embargo_until').orWhere('embargo_until', '<=', Date.now());
  });

/**
 * What a public reader is served: outside a transaction, through SQLite's
 * read connection when there is one (strapi/sqlite-reader.ts: it does not
 * wait for a write's transaction to end); otherwise as `withKnex`.
 */
const forReaders = async <T>(strapi: Core.Strapi, work: (knex: Knex) => Promise<T>): Promise<T> => {
  const reader = strapi.db.inTransaction() ? undefined : sqliteReader(strapi);
  return reader ? work(reader) : withKnex(strapi, work);
};

/** The current transaction's connection inside one (nested calls join it), the pool's outside. */
const withKnex = async <T>(strapi: Core.Strapi, work: (knex: Knex) => Promise<T>): Promise<T> => {
  if (!strapi.db.inTransaction()) return work(strapi.db.connection);
  return (await strapi.db.transaction(({ trx }: { trx: Knex }) => work(trx)));
};

const asRow = (row: Record<string, unknown>): PageRow => ({
  kind: String(row.kind),
  locale: String(row.locale),
  slug: String(row.slug),
  document_id: String(row.document_id),
  etag: String(row.etag),
  title: typeof row.title === 'string' ? row.title : null,
  // PostgreSQL answers a bigint as a string.
  published_at: row.published_at === null || row.published_at === undefined ? null : Number(row.published_at),
  modified_at: row.modified_at === null || row.modified_at === undefined ? null : Number(row.modified_at),
  ...(typeof row.json === 'string' ? { json: row.json } : {}),
});

/** What by-slug and the rebuild read. */
const pageReads = (strapi: Core.Strapi) => ({
  /** The by-slug answer: one row. */
  async page(kind: string, locale: string, slug: string): Promise<{ json: string; etag: string } | undefined> {
    return forReaders(strapi, (knex) => visibleNow(knex(PAGES_TABLE).select('json', 'etag').where({ kind, locale, slug })).first());
  },

  /** The document whose page this slug is, when a public reader may see it now: what a page's paged lists start from. */
  async documentOf(kind: string, locale: string, slug: string): Promise<string | undefined> {
    const row = (await forReaders(strapi, (knex) => visibleNow(knex(PAGES_TABLE).select('document_id').where({ kind, locale, slug })).first())) as
      | { document_id: string }
      | undefined;
    return row?.document_id;
  },

  /** The current slug of the document an old slug of this kind and locale led to. */
  async redirect(kind: string, locale: string, slug: string): Promise<string | undefined> {
    const row = (await forReaders(strapi, (knex) =>
      knex(`${REDIRECTS_TABLE} as r`)
        .join(`${PAGES_TABLE} as p`, function on() {
          this.on('p.kind', '=', 'r.kind').andOn('p.locale', '=', 'r.locale').andOn('p.document_id', '=', 'r.document_id');
        })
        .select('p.slug')
        .where({ 'r.kind': kind, 'r.locale': locale, 'r.old_slug': slug })
        .where((q: Query) => {
          q.whereNull('p.embargo_until').orWhere('p.embargo_until', '<=', Date.now());
        })
        .first()
    )) as { slug: string } | undefined;
    return row?.slug;
  },

  /** The stored pages of these documents, every locale. */
  async pagesOf(documentIds: readonly string[]): Promise<PageRow[]> {
    if (documentIds.length === 0) return [];
    const rows = await withKnex(strapi, (knex) =>
      knex(PAGES_TABLE).select('kind', 'locale', 'slug', 'document_id', 'etag', 'title', 'published_at', 'modified_at').whereIn('document_id', [...documentIds])
    );
    return (rows as Array<Record<string, unknown>>).map(asRow);
  },

  /**
   * Locks the stored pages of these documents until the transaction ends, so
   * two writes rebuilding one page (two achievements of one meeting published
   * at once) take turns, the second building on what the first committed.
   * SQLite has one writer at a time anyway.
   */
  async lock(documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0 || !strapi.db.inTransaction() || strapi.db.dialect.client === 'sqlite') return;
    await withKnex(strapi, (knex) => knex(PAGES_TABLE).select('id').whereIn('document_id', [...documentIds]).orderBy('id').forUpdate());
  },

  /** The pages (kind and document) that show any of these documents. */
  async pagesShowing(documentIds: readonly string[]): Promise<Array<{ kind: string; documentId: string }>> {
    if (documentIds.length === 0) return [];
    const rows = (await withKnex(strapi, (knex) =>
      knex(LINKS_TABLE).distinct('page_kind', 'page_document_id').whereIn('linked_document_id', [...documentIds])
    )) as Array<{ page_kind: string; page_document_id: string }>;
    return rows.map((row) => ({ kind: row.page_kind, documentId: row.page_document_id }));
  },

  /** The documents the stored pages of these documents show (their links), before a rebuild replaces them. */
  async shownBy(documentIds: readonly string[]): Promise<string[]> {
    if (documentIds.length === 0) return [];
    const rows = (await withKnex(strapi, (knex) =>
      knex(LINKS_TABLE).distinct('linked_document_id').whereIn('page_document_id', [...documentIds])
    )) as Array<{ linked_document_id: string }>;
    return rows.map((row) => row.linked_document_id);
  },

});

/** What the rebuild writes. */
const pageWrites = (strapi: Core.Strapi) => ({
  /** Stores a page in place of the document's previous one in its locale; a slug it left becomes a redirect. */
  async save(page: BuiltPage, previous: PageRow | undefined): Promise<void> {
    await withKnex(strapi, async (knex) => {
      const { kind, locale, slug, documentId } = page;
      // The document's old row, and a row still holding this slug for a document that gave it up in this same write.
      await knex(PAGES_TABLE)
        .where({ kind, locale })
        .andWhere((q) => {
          q.where('document_id', documentId).orWhere('slug', slug);
        })
        .delete();
      await knex(PAGES_TABLE).insert({
        kind,
        locale,
        slug,
        document_id: documentId,
        json: page.json,
        etag: page.etag,
        title: page.title,
        published_at: page.publishedAt ? page.publishedAt.getTime() : null,
        embargo_until: page.embargoUntil,
        modified_at: page.modifiedAt ? page.modifiedAt.getTime() : null,
        built_at: Date.now(),
      });
      await knex(LINKS_TABLE).where({ page_kind: kind, page_locale: locale, page_document_id: documentId }).delete();
      if (page.links.length > 0) {
        await knex(LINKS_TABLE).insert(
          page.links.map((linked) => ({ page_kind: kind, page_locale: locale, page_document_id: documentId, linked_document_id: linked }))
        );
      }
      await knex(REDIRECTS_TABLE).where({ kind, locale, old_slug: slug }).delete();
      if (previous && previous.slug !== slug) {
        await knex(REDIRECTS_TABLE).where({ kind, locale, old_slug: previous.slug }).delete();
        await knex(REDIRECTS_TABLE).insert({ kind, locale, old_slug: previous.slug, document_id: documentId });
      }
    });
  },

  /**
   * Takes an unpublished document's page down; the slug it had becomes one of
   * its redirects, kept with the others for as long as the document exists,
   * so a republish under another slug answers 301 at every slug it had while
   * public (content-model.md, Slugs).
   */
  async retire(kind: string, locale: string, documentId: string, slug: string): Promise<void> {
    await withKnex(strapi, async (knex) => {
      await knex(PAGES_TABLE).where({ kind, locale, document_id: documentId }).delete();
      await knex(LINKS_TABLE).where({ page_kind: kind, page_locale: locale, page_document_id: documentId }).delete();
      await knex(REDIRECTS_TABLE).where({ kind, locale, old_slug: slug }).delete();
      await knex(REDIRECTS_TABLE).insert({ kind, locale, old_slug: slug, document_id: documentId });
    });
  },

  /** Removes a deleted document's page in a locale, with its links and redirects. */
  async remove(kind: string, locale: string, documentId: string): Promise<void> {
    await withKnex(strapi, async (knex) => {
      await knex(PAGES_TABLE).where({ kind, locale, document_id: documentId }).delete();
      await knex(LINKS_TABLE).where({ page_kind: kind, page_locale: locale, page_document_id: documentId }).delete();
      await knex(REDIRECTS_TABLE).where({ kind, locale, document_id: documentId }).delete();
    });
  },


  /** Removes every page, link and redirect of a locale (i18n deleted it); answers the pages removed. */
  async removeLocale(locale: string): Promise<PageRow[]> {
    return withKnex(strapi, async (knex) => {
      const rows = (await knex(PAGES_TABLE).select('kind', 'locale', 'slug', 'document_id', 'etag', 'title', 'published_at').where({ locale })) as Array<Record<string, unknown>>;
      await knex(PAGES_TABLE).where({ locale }).delete();
      await knex(LINKS_TABLE).where({ page_locale: locale }).delete();
      await knex(REDIRECTS_TABLE).where({ locale }).delete();
      return rows.map(asRow);
    });
  },
});

/** What feeds and sitemaps read. */
const pageLists = (strapi: Core.Strapi) => ({
  /** The latest pages of these kinds in a locale, newest publication first; with their JSON when asked. */
  async latest(kinds: readonly string[], locale: string, options: { limit?: number; since?: number; json?: boolean } = {}): Promise<PageRow[]> {
    const rows = await withKnex(strapi, (knex) => {
      const query = visibleNow(knex(PAGES_TABLE))
        .select('kind', 'locale', 'slug', 'document_id', 'etag', 'title', 'published_at', 'modified_at', ...(options.json ? ['json'] : []))
        .whereIn('kind', [...kinds])
        .where('locale', locale)
        .orderBy([{ column: 'published_at', order: 'desc' }, { column: 'id', order: 'desc' }]);
      if (options.since !== undefined) query.where('published_at', '>=', options.since);
      if (options.limit !== undefined) query.limit(options.limit);
      return query;
    });
    return (rows as Array<Record<string, unknown>>).map(asRow);
  },

  /** How many stored pages of these kinds are visible, all locales (the sitemap's length). */
  async count(kinds: readonly string[]): Promise<number> {
    const row = (await withKnex(strapi, (knex) => visibleNow(knex(PAGES_TABLE).whereIn('kind', [...kinds])).count({ n: '*' }).first())) as { n?: unknown } | undefined;
    return Number(row?.n ?? 0);
  },

  /** Every stored page of these kinds, all locales (the sitemap). */
  async all(kinds: readonly string[]): Promise<PageRow[]> {
    const rows = await withKnex(strapi, (knex) =>
      visibleNow(knex(PAGES_TABLE).select('kind', 'locale', 'slug', 'document_id', 'etag', 'title', 'published_at', 'modified_at').whereIn('kind', [...kinds])).orderBy('id')
    );
    return (rows as Array<Record<string, unknown>>).map(asRow);
  },
});

/** The stored pages and their links and redirects. */
export const pageStore = (strapi: Core.Strapi) => ({ ...pageReads(strapi), ...pageWrites(strapi), ...pageLists(strapi) });

export type PageStore = ReturnType<typeof pageStore>;
