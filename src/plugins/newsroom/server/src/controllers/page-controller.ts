import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { UIDS } from '../content-types/uids';
import type { ContentKind } from '../editorial/types';
import { meetingJsonLd, speakerJsonLd } from '../output/json-ld';
import type { AchievementView, MeetingView, SpeakerSummary, StreetCaseView } from '../output/page-types';
import { achievementText, meetingReadAloud, streetCaseText } from '../output/read-aloud';
import type { PageCacheService } from '../services/page-cache';
import type { PagesService } from '../services/pages';

type Plain = Record<string, unknown>;
interface PageContext {
  params: { slug?: string };
  query: { locale?: unknown };
  state: { auth?: unknown };
  body: unknown;
  notFound(message?: string): void;
  type: string;
  request: { origin?: string };
}

/** What each page adds to the document: structured data and the text to read aloud (also the preview page's). */
export const extras = async (strapi: Core.Strapi, kind: ContentKind, page: Plain, origin: string): Promise<Plain> => {
  const locale = typeof page.locale === 'string' ? page.locale : undefined;
  switch (kind) {
    case 'meeting':
      return { jsonLd: meetingJsonLd(page as unknown as MeetingView, { mediaBaseUrl: origin }), readAloud: meetingReadAloud(page as unknown as MeetingView) };
    case 'achievement':
      return { readAloud: achievementText(page as unknown as AchievementView, locale) };
    case 'street-case':
      return { readAloud: streetCaseText(page as unknown as StreetCaseView, locale) };
    case 'speaker': {
      const pages = strapi.plugin('newsroom').service('pages') as PagesService;
      return { jsonLd: speakerJsonLd(page as unknown as SpeakerSummary), speeches: await pages.speechesOf(String(page.documentId), locale) };
    }
  }
};

/**
 * The core controller of a type plus `bySlug`: GET /<plural>/by-slug/:slug,
 * public, published versions only, sanitized like core responses.
 */
export const pageController = (kind: ContentKind) =>
  factories.createCoreController(UIDS[kind], ({ strapi }) => ({
    async bySlug(context) {
      // Strapi's koa context, with the router's params and Strapi's error helpers.
      const ctx = context as unknown as PageContext;
      const slug = ctx.params.slug ?? '';
      const locale = typeof ctx.query.locale === 'string' && ctx.query.locale !== '' ? ctx.query.locale : undefined;
      const cache = strapi.plugin('newsroom').service('page-cache') as PageCacheService;
      // Only public answers are shared: an authenticated caller's may be sanitized differently.
      const key = ctx.state.auth && (ctx.state.auth as { credentials?: unknown }).credentials ? undefined : `${kind}|${locale ?? ''}|${slug}`;
      const cached = key ? cache.get(key) : undefined;
      if (cached) {
        ctx.type = 'application/json';
        ctx.body = cached;
        return;
      }
      const pages = strapi.plugin('newsroom').service('pages') as PagesService;
      const page = await pages.bySlug(kind, slug, locale);
      if (!page) return ctx.notFound(`No published ${kind} with slug "${slug}"`);
      const sanitized = (await (this as unknown as { sanitizeOutput(data: unknown, ctx: unknown): Promise<Plain> }).sanitizeOutput(page, ctx)) as Plain;
      const json = JSON.stringify({ data: { ...sanitized, ...(await extras(strapi, kind, sanitized, ctx.request.origin ?? '')) } });
      if (key) cache.set(key, json);
      ctx.type = 'application/json';
      ctx.body = json;
    },
  }));
