import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../../config';
import { toSlug } from '../../editorial/slug';
import type { Kind } from '../../kinds';
import { pageStore } from './store';

interface LocalesService {
  getDefaultLocale(): Promise<string>;
}

/** The locale asked for, else the plugin's default locale (its setting; i18n's when the setting is `false`). */
export const pageLocale = async (strapi: Core.Strapi, asked: unknown): Promise<string> => {
  if (typeof asked === 'string' && asked !== '') return asked;
  const { defaultLocale } = strapi.config.get<NewsroomConfig>('plugin::newsroom');
  if (defaultLocale) return defaultLocale;
  return strapi.plugin('i18n').service<LocalesService>('locales').getDefaultLocale();
};

export type SlugAnswer<T> = T | { movedTo: string } | { missing: true };
export type StoredAnswer = SlugAnswer<{ page: { json: string; etag: string } }>;

/**
 * What a slug leads to among the stored pages: `found` of the slug —
 * normalized first, so `FOO` and `foo` are one page on every database's
 * collation — else the current slug of the document that used it, else nothing.
 */
const bySlug = async <T>(strapi: Core.Strapi, kind: Kind, rawSlug: string, locale: string, found: (slug: string) => Promise<T | undefined>): Promise<SlugAnswer<T>> => {
  const slug = toSlug(rawSlug);
  if (!slug) return { missing: true };
  const hit = await found(slug);
  if (hit) return hit;
  const movedTo = await pageStore(strapi).redirect(kind.name, locale, slug);
  return movedTo ? { movedTo } : { missing: true };
};

/** What by-slug answers (REST and GraphQL): the stored page of the slug, else where the slug moved, else nothing. */
export const readStoredPage = (strapi: Core.Strapi, kind: Kind, rawSlug: string, locale: string): Promise<StoredAnswer> =>
  bySlug(strapi, kind, rawSlug, locale, async (slug) => {
    const page = await pageStore(strapi).page(kind.name, locale, slug);
    return page ? { page } : undefined;
  });

/** The document of the stored page of the slug (what its paged lists are of), else where the slug moved, else nothing. */
export const storedDocument = (strapi: Core.Strapi, kind: Kind, rawSlug: string, locale: string): Promise<SlugAnswer<{ documentId: string }>> =>
  bySlug(strapi, kind, rawSlug, locale, async (slug) => {
    const documentId = await pageStore(strapi).documentOf(kind.name, locale, slug);
    return documentId ? { documentId } : undefined;
  });
