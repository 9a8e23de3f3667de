import type { Core } from '@strapi/strapi';
import { KINDS, kindNamed, type Kind } from '../../kinds';
import { buildPage, type BuiltPage } from './build';
import { pageStore, type PageRow } from './store';
import { PAGES_TABLE } from './tables';
import { countPageBuilds, lockPageVersions } from './versions';

/** A page whose stored answer changed (made, corrected, moved to a new slug or removed). */
export interface ChangedPage {
  kind: Kind;
  locale: string;
  slug: string;
}

interface Located {
  kind: Kind;
  locales: Set<string>;
}

/**
 * Where documents have (or had) pages: the kind and locales of their
 * published versions, one query per kind, plus the locales of their stored
 * pages (one query), so a page whose document was unpublished or deleted is
 * found too.
 */
const locate = async (strapi: Core.Strapi, documentIds: readonly string[], stored: readonly PageRow[]): Promise<Map<string, Located>> => {
  const found = new Map<string, Located>();
  const add = (documentId: string, kind: Kind, locale: string) => {
    const entry = found.get(documentId) ?? { kind, locales: new Set<string>() };
    entry.locales.add(locale);
    found.set(documentId, entry);
  };
  if (documentIds.length === 0) return found;
  for (const kind of KINDS) {
    const rows = (await strapi.db.query(kind.uid).findMany({
      where: { documentId: { $in: [...documentIds] }, publishedAt: { $notNull: true } },
      select: ['documentId', 'locale'],
    })) as Array<{ documentId: string; locale: string }>;
    for (const row of rows) add(row.documentId, kind, row.locale);
  }
  for (const row of stored) {
    const kind = kindNamed(row.kind);
    if (kind && documentIds.includes(row.document_id)) add(row.document_id, kind, row.locale);
  }
  return found;
};

/** Builds and stores (or removes) the pages of located documents; answers the pages built and the pages that changed. */
const rebuildLocated = async (strapi: Core.Strapi, located: Map<string, Located>, stored: readonly PageRow[]) => {
  const store = pageStore(strapi);
  const built: BuiltPage[] = [];
  const changed: ChangedPage[] = [];
  for (const [documentId, { kind, locales }] of located) {
    for (const locale of locales) {
      const previous = stored.find((row) => row.kind === kind.name && row.locale === locale && row.document_id === documentId);
      const page = await buildPage(strapi, kind, documentId, locale);
      if (!page) {
        if (previous) {
          await store.remove(kind.name, locale, documentId);
          changed.push({ kind, locale, slug: previous.slug });
        }
        continue;
      }
      built.push(page);
      if (previous && previous.etag === page.etag && previous.slug === page.slug) continue;
      await store.save(page, previous);
      changed.push({ kind, locale, slug: page.slug });
      if (previous && previous.slug !== page.slug) changed.push({ kind, locale, slug: previous.slug });
    }
  }
  return { built, changed };
};

/**
 * The write's own part, in its transaction (read-your-writes): the pages of
 * the written documents themselves, built from what the transaction sees,
 * after their build rows are locked (services/pages/versions.ts). Answers the pages
 * whose stored answer changed, and the documents those pages showed before
 * or show now (a meeting's speakers, an achievement's meeting): their pages
 * are rebuilt after the commit, by the outbox's workers (services/pages/jobs.ts).
 */
export const rebuildOwnPages = async (strapi: Core.Strapi, documentIds: readonly string[]): Promise<{ changed: ChangedPage[]; shown: string[] }> => {
  const seeds = [...new Set(documentIds)];
  if (seeds.length === 0) return { changed: [], shown: [] };
  await lockPageVersions(strapi, seeds);
  const store = pageStore(strapi);
  const stored = await store.pagesOf(seeds);
  const before = await store.shownBy(seeds);
  const { built, changed } = await rebuildLocated(strapi, await locate(strapi, seeds, stored), stored);
  await countPageBuilds(strapi, seeds);
  const shown = new Set([...before, ...built.flatMap((page) => page.links)]);
  for (const seed of seeds) shown.delete(seed);
  return { changed, shown: [...shown] };
};

/**
 * The pages of these documents rebuilt from what is committed now: a
 * worker's job (a speaker's page after one of their meetings changed), or the
 * pages that show a withdrawn document, in the withdrawal's transaction.
 * Locks the build rows first, so two rebuilds of one page take turns and the
 * later one builds on the newer data.
 */
export const rebuildDocumentPages = async (strapi: Core.Strapi, documentIds: readonly string[]): Promise<ChangedPage[]> => {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) return [];
  await lockPageVersions(strapi, ids);
  const stored = await pageStore(strapi).pagesOf(ids);
  const { changed } = await rebuildLocated(strapi, await locate(strapi, ids, stored), stored);
  await countPageBuilds(strapi, ids);
  return changed;
};

/** Every document that has or may have a page: its rows in every kind, and every stored page's. */
export const allDocumentIds = async (strapi: Core.Strapi): Promise<string[]> => {
  const ids = new Set<string>();
  for (const kind of KINDS) {
    const rows = (await strapi.db.query(kind.uid).findMany({ select: ['documentId'] })) as Array<{ documentId: string }>;
    for (const row of rows) ids.add(row.documentId);
  }
  const stored = await strapi.db.connection<{ document_id: string }, Array<{ document_id: string }>>(PAGES_TABLE).distinct('document_id');
  for (const row of stored) ids.add(row.document_id);
  return [...ids];
};
