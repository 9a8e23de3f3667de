/**
 * Where the site reads from and how it names itself, from the environment
 * (read once at start): NEWSROOM_API_URL is the plugin's Strapi as this
 * server reaches it; NEWSROOM_PUBLIC_API_URL the same as browsers reach it
 * (the feeds' links); SITE_URL the site's own public origin (hreflang links).
 */
const trim = (url: string): string => url.replace(/\/+$/, '');

export const API_URL = trim(process.env.NEWSROOM_API_URL ?? 'http://127.0.0.1:1337');
export const PUBLIC_API_URL = trim(process.env.NEWSROOM_PUBLIC_API_URL ?? API_URL);
export const SITE_URL = process.env.SITE_URL ? trim(process.env.SITE_URL) : '';

/** The locales the site has pages in; the first is the default (the federation writes in Chinese). */
export const LOCALES = ['zh-Hans', 'en'] as const;
export type SiteLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: SiteLocale = 'zh-Hans';

export const isSiteLocale = (value: string | undefined): value is SiteLocale => LOCALES.includes(value as SiteLocale);

/** Items per list page (home, archive); a speaker's speeches are paged as the API pages them. */
export const PAGE_SIZE = 10;
