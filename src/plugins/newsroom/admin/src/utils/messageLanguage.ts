/** The language the server writes its messages in: English for an English admin, Chinese otherwise. */
export type MessageLanguage = 'en' | 'zh-CN';

export const messageLanguage = (adminLocale: string | undefined): MessageLanguage =>
  typeof adminLocale === 'string' && adminLocale.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
