/** The site's own URLs; the demo's frontendUrls setting uses the same patterns (scripts/lib/site.mjs). */
import type { SiteLocale } from './config';
import { KINDS, type KindName } from './newsroom';

export const pageUrl = (kind: KindName, slug: string, locale: SiteLocale): string =>
  `/${locale}/${KINDS[kind].segment}/${encodeURIComponent(slug)}`;

/** The site's page of one list a page carries the start of: `/zh-Hans/meetings/<slug>/achievements`. */
export const listUrl = (kind: KindName, slug: string, list: string, locale: SiteLocale): string => `${pageUrl(kind, slug, locale)}/${list}`;

export const homeUrl = (locale: SiteLocale): string => `/${locale}/`;
export const archiveUrl = (locale: SiteLocale, year?: number): string => (year ? `/${locale}/archive/${year}` : `/${locale}/archive/`);

/** `?page=N` of a paged list: a whole number from 1, else 1. */
export const pageParam = (url: URL): number => {
  const raw = url.searchParams.get('page');
  const page = raw && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return page >= 1 ? page : 1;
};

/** A page's URL with ?page=N (page 1 without it). */
export const withPage = (path: string, page: number): string => (page <= 1 ? path : `${path}?page=${page}`);

/** A page in one language: the hreflang alternates and the language switch. */
export interface Alternate {
  locale: SiteLocale;
  href: string;
}
