/**
 * Locales and the language of messages, in one place for the server, the
 * admin and frontends. Content is written in zh-Hans and en; messages exist in
 * Chinese (zh-CN) and English.
 */

/** Language of messages: zh-CN by default, English where the reader's locale is an English one. */
export type MessageLanguage = 'zh-CN' | 'en';

/** Whether a locale code is an English one (`en`, `en-GB`, `EN`); false for anything that is not a string. */
export const isEnglishLocale = (locale: unknown): boolean => typeof locale === 'string' && locale.toLowerCase().startsWith('en');

/** The language of messages for a locale: English for an English locale, Chinese otherwise. */
export const messageLanguageOf = (locale: unknown): MessageLanguage => (isEnglishLocale(locale) ? 'en' : 'zh-CN');
