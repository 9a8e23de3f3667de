import type { Core } from '@strapi/strapi';
import { messageLanguageOf, type MessageLanguage } from '../../../shared/locale';

/**
 * The language of a refusal is the reader's:
 * - in the admin (content manager save and publish, the editorial check), the
 *   admin user's interface language (`preferedLanguage`, as Strapi spells
 *   it), whatever the document's locale; when the user never chose one, the
 *   browser's `Accept-Language`, as the admin panel itself falls back to it;
 * - on the content API (REST, GraphQL), the document's locale, unless the
 *   request's `Accept-Language` prefers English or Chinese;
 * - without a request (scripts, the Document Service called directly), the
 *   document's locale.
 * Messages exist in Chinese (zh-CN) and English.
 */

/** Chinese unless `locale` is an English one. */
export const languageFor = (locale: unknown, acceptLanguage?: unknown): MessageLanguage => {
  if (typeof locale === 'string') return messageLanguageOf(locale);
  return preferredLanguage(acceptLanguage) ?? 'zh-CN';
};

/**
 * The language an `Accept-Language` header prefers among English and Chinese,
 * by quality then order (`en-US,en;q=0.9,zh-CN;q=0.8` → en); `undefined` when
 * it names neither.
 */
export const preferredLanguage = (header: unknown): MessageLanguage | undefined => {
  if (typeof header !== 'string' || header.length > 1000) return undefined;
  let best: { language: MessageLanguage; quality: number } | undefined;
  for (const part of header.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (!Number.isFinite(quality) || quality <= 0) continue;
    const language: MessageLanguage | undefined = tag.startsWith('en') ? 'en' : tag.startsWith('zh') ? 'zh-CN' : undefined;
    if (language && (!best || quality > best.quality)) best = { language, quality };
  }
  return best?.language;
};

/** What the shell needs to know of the request that caused a write. */
export interface RequestFacts {
  /** The request came through an admin route, authenticated as an admin user. */
  admin: boolean;
  /** The admin user's interface language (`preferedLanguage`), when set. */
  adminLanguage?: string | null;
  acceptLanguage?: string;
}

export const languageOfRequest = (documentLocale: string | undefined, request: RequestFacts | undefined): MessageLanguage => {
  if (request?.admin && typeof request.adminLanguage === 'string' && request.adminLanguage !== '') {
    return messageLanguageOf(request.adminLanguage);
  }
  return preferredLanguage(request?.acceptLanguage) ?? languageFor(documentLocale);
};

interface KoaLike {
  request?: { headers?: Record<string, unknown> };
  state?: { auth?: { strategy?: { name?: string } }; user?: { preferedLanguage?: string | null } };
}

/** The facts of the HTTP request being served, from Strapi's request context; `undefined` outside a request. */
export const currentRequest = (strapi: Core.Strapi): RequestFacts | undefined => {
  const ctx = strapi.requestContext?.get() as KoaLike | undefined;
  if (!ctx) return undefined;
  const admin = ctx.state?.auth?.strategy?.name === 'admin';
  const accept = ctx.request?.headers?.['accept-language'];
  return {
    admin,
    adminLanguage: admin ? (ctx.state?.user?.preferedLanguage ?? null) : null,
    acceptLanguage: typeof accept === 'string' ? accept : undefined,
  };
};

/** The language for problems of a write to a document in `documentLocale`, for whoever asked for it. */
export const messageLanguage = (strapi: Core.Strapi, documentLocale: string | undefined): MessageLanguage =>
  languageOfRequest(documentLocale, currentRequest(strapi));
