/**
 * A page's data with its language alternates. The other locale's slug needs
 * the documentId: when the last read of this page is cached, both reads go
 * out at once (the documentId of a slug does not change; checked after).
 */
import type { Editorial, PageResponse } from '../../../types/api/newsroom';
import { peekCached } from './api';
import { LOCALES, type SiteLocale } from './config';
import { bySlugPath, pageBySlug, slugIn, type KindName, type PageAnswer, type PageTypes } from './newsroom';
import { pageUrl, type Alternate } from './urls';

export type PageWithAlternates<T> = { status: 200; page: T; alternates: Alternate[] } | Exclude<PageAnswer<T>, { status: 200 }>;

const otherLocales = (locale: SiteLocale): SiteLocale[] => LOCALES.filter((other) => other !== locale);

const alternatesFor = async (kind: KindName, documentId: string, slug: string, locale: SiteLocale): Promise<Alternate[]> => {
  const others = await Promise.all(
    otherLocales(locale).map(async (other) => ({ locale: other, slug: await slugIn(kind, documentId, other) }))
  );
  return [
    { locale, href: pageUrl(kind, slug, locale) },
    ...others.filter((o): o is { locale: SiteLocale; slug: string } => o.slug !== null).map((o) => ({ locale: o.locale, href: pageUrl(kind, o.slug, o.locale) })),
  ].sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
};

export const loadPage = async <K extends KindName>(kind: K, slug: string, locale: SiteLocale): Promise<PageWithAlternates<PageTypes[K]>> => {
  const known = peekCached<PageResponse<PageTypes[K]>>(bySlugPath(kind, slug, locale))?.data.documentId;
  const [answer, early] = await Promise.all([
    pageBySlug(kind, slug, locale),
    known ? alternatesFor(kind, known, slug, locale) : Promise.resolve(null),
  ]);
  if (answer.status !== 200) return answer;
  const alternates = early && known === answer.page.documentId ? early : await alternatesFor(kind, answer.page.documentId, answer.page.slug, locale);
  return { status: 200, page: answer.page, alternates };
};

/** Home and archive pages exist in every locale. */
export const everyLocale = (path: (locale: SiteLocale) => string): Alternate[] => LOCALES.map((locale) => ({ locale, href: path(locale) }));

/**
 * The credits of a part of a report (an achievement, a street case): its
 * own when it has them, else those of the meeting report it belongs to
 * (one more by-slug read, revalidated like every other).
 */
export const reportEditorial = async (
  part: { editorial: Editorial | null; meeting: { slug: string } | null },
  locale: SiteLocale
): Promise<Editorial | null> => {
  if (part.editorial) return part.editorial;
  if (!part.meeting) return null;
  const meeting = await pageBySlug('meeting', part.meeting.slug, locale);
  return meeting.status === 200 ? meeting.page.editorial : null;
};
