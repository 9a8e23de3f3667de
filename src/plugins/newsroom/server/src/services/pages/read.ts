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

export type StoredAnswer = { page: { json: string; etag: string } } | { movedTo: string } | { missing: true };

/**
 * What by-slug answers (REST and GraphQL): the stored page of the slug —
 * normalized first, so `FOO` and `foo` are one page on every database's
 * collation — else the current slug of the document that used it, else nothing.
 */
export const readStoredPage = async (strapi: Core.Strapi, kind: Kind, rawSlug: string, locale: string): Promise<StoredAnswer> => {
  const slug = toSlug(rawSlug);
  if (!slug) return { missing: true };
  const store = pageStore(strapi);
  const page = await store.page(kind.name, locale, slug);
  if (page) return { page };
  const movedTo = await store.redirect(kind.name, locale, slug);
  return movedTo ? { movedTo } : { missing: true };
};
