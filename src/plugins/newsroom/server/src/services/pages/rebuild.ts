import type { Core } from '@strapi/strapi';
import { KINDS, kindNamed, type Kind } from '../../kinds';
import { buildPage, type BuiltPage } from './build';
import { pageStore, type PageRow } from './store';
import { PAGES_TABLE } from './tables';

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
 * The pages a write of these documents changes, rebuilt from what the
 * current transaction sees: each document's own pages, the pages that showed
 * it (the links stored with every page: a speaker's name on meetings where
 * they spoke, an achievement on its meeting), and the pages its new version
 * shows and that show it back (a new achievement's meeting, the speaker of a
 * new speech). Answers the pages whose stored answer changed.
 */
export const rebuildPages = async (
  strapi: Core.Strapi,
  documentIds: readonly string[],
  /** Pages to lock before the first read (a second pass after the commit, document-middlewares/page-rebuild.ts). */
  lockFirst: readonly string[] = []
): Promise<{ changed: ChangedPage[]; affected: string[] }> => {
  const store = pageStore(strapi);
  await store.lock(lockFirst);
  const seeds = [...new Set(documentIds)];
  const showing = await store.pagesShowing(seeds);
  const first = [...new Set([...seeds, ...showing.map((page) => page.documentId)])];
  await store.lock(first);
  const firstStored = await store.pagesOf(first);
  const one = await rebuildLocated(strapi, await locate(strapi, first, firstStored), firstStored);

  const shownNow = [...new Set(one.built.filter((page) => seeds.includes(page.documentId)).flatMap((page) => page.links))].filter(
    (id) => !first.includes(id)
  );
  await store.lock(shownNow);
  const secondStored = await store.pagesOf(shownNow);
  const two = await rebuildLocated(strapi, await locate(strapi, shownNow, secondStored), secondStored);
  return { changed: [...one.changed, ...two.changed], affected: [...first, ...shownNow] };
};

/** Every document that has or may have a page: its rows in every kind, and every stored page's. */
const allDocumentIds = async (strapi: Core.Strapi): Promise<string[]> => {
  const ids = new Set<string>();
  for (const kind of KINDS) {
    const rows = (await strapi.db.query(kind.uid).findMany({ select: ['documentId'] })) as Array<{ documentId: string }>;
    for (const row of rows) ids.add(row.documentId);
  }
  const stored = (await strapi.db.connection(PAGES_TABLE).distinct('document_id')) as Array<{ document_id: string }>;
  for (const row of stored) ids.add(row.document_id);
  return [...ids];
};

/**
 * Every page rebuilt (after an upgrade, a bulk change made around the
 * Document Service, or to fill the table the first time): `npm run
 * pages:rebuild`. In slices of `size` documents, each in its own transaction;
 * `progress(done, total)` after each.
 */
export const rebuildAllPages = async (strapi: Core.Strapi, progress: (done: number, total: number) => void = () => {}, size = 50): Promise<number> => {
  const ids = await allDocumentIds(strapi);
  progress(0, ids.length);
  for (let start = 0; start < ids.length; start += size) {
    const slice = ids.slice(start, start + size);
    await strapi.db.transaction(() => rebuildPages(strapi, slice));
    progress(Math.min(start + size, ids.length), ids.length);
  }
  return ids.length;
};
