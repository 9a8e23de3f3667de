import type { Core } from '@strapi/strapi';
import { MAX_LIST_PAGE_SIZE, pageListSize } from './list-size';
import type { ListPage } from './list-page';
import { wholePageArg } from './page-args';
import type { PageList } from './page-lists';
import { pageLocale, storedDocument, type SlugAnswer } from './read';

/** What a client asked of a page's list: REST's query, or GraphQL's arguments with `pagination`. */
export interface ListRequest {
  slug: unknown;
  locale: unknown;
  page: unknown;
  pageSize: unknown;
  /** Where the page arguments are, for the refusal's path: `[]` on REST, `['pagination']` on GraphQL. */
  argumentPath: readonly string[];
}

/**
 * One page of a list of the page with this slug (REST's
 * /<plural>/by-slug/:slug/<segment> and GraphQL's newsroom<Owner><Field>):
 * the page 1 when not asked, of `pageListSize` items unless asked (at most
 * 100; a ValidationError with the argument's path otherwise). The owner is
 * the document whose stored page the slug is, as by-slug finds it (so an
 * unpublished or embargoed owner has no list, and an old slug answers where
 * it moved); the items are published and not under embargo.
 */
export const listPageBySlug = async (strapi: Core.Strapi, list: PageList, asked: ListRequest): Promise<SlugAnswer<{ list: ListPage }> & { locale: string }> => {
  const page = wholePageArg(asked.page, [...asked.argumentPath, 'page'], 1);
  const pageSize = wholePageArg(asked.pageSize, [...asked.argumentPath, 'pageSize'], pageListSize(strapi), MAX_LIST_PAGE_SIZE);
  const locale = await pageLocale(strapi, asked.locale);
  const owner = await storedDocument(strapi, list.owner, String(asked.slug ?? ''), locale);
  if (!('documentId' in owner)) return { ...owner, locale };
  return { list: await list.load(strapi, owner.documentId, locale, page, pageSize), locale };
};
