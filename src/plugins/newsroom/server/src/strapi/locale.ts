import type { Core, UID } from '@strapi/strapi';

/** The locale a Document Service call targets when it names none: i18n's default. */
export const defaultLocale = async (strapi: Core.Strapi): Promise<string> => {
  const locales = strapi.plugin('i18n')?.service('locales') as { getDefaultLocale(): Promise<string> } | undefined;
  return (await locales?.getDefaultLocale()) ?? 'zh-Hans';
};

/** The draft locales a publish call touches: one, several, or all (`*`). */
export const draftLocalesOf = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string,
  locale: unknown
): Promise<string[]> => {
  const requested = locale === undefined || locale === null ? [await defaultLocale(strapi)] : locale;
  const where: Record<string, unknown> = { documentId, publishedAt: null };
  if (requested !== '*') where.locale = { $in: Array.isArray(requested) ? requested : [requested] };
  const rows = (await strapi.db.query(uid).findMany({ where, select: ['locale'] })) as Array<{ locale: string }>;
  return rows.map((row) => row.locale);
};
