import type { MessageLanguage } from '../editorial/types';

/**
 * Messages are in Chinese, and in English where the request's locale is `en`
 * (the document's locale, or the admin's interface language sent as
 * `Accept-Language`).
 */
export const languageFor = (locale: unknown, acceptLanguage?: unknown): MessageLanguage => {
  if (typeof locale === 'string' && locale.toLowerCase().startsWith('en')) return 'en';
  if (locale === undefined && typeof acceptLanguage === 'string' && acceptLanguage.toLowerCase().startsWith('en')) {
    return 'en';
  }
  return 'zh-CN';
};
