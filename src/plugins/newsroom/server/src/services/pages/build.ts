import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Kind } from '../../kinds';
import { speechesOf, speechPageOf } from './speeches-of';
import { pageListSize } from './list-size';
import { frontendUrl, publicUrl } from './urls';
import type { PlainObject } from '../../../../shared/documents';

/** A page as it is stored: the by-slug answer, serialized, and what feeds, sitemaps and the rebuild need of it. */
export interface BuiltPage {
  kind: string;
  locale: string;
  slug: string;
  documentId: string;
  json: string;
  etag: string;
  title: string | null;
  publishedAt: Date | null;
  /** The other documents the page shows (its speakers, its meeting, its achievements…). */
  links: string[];
}

export const etagOf = (json: string): string => `W/"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;

/** Every `documentId` the page holds other than its own: what the page shows of other documents. */
const linksOf = (value: unknown, own: string, found = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) for (const item of value) linksOf(item, own, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'documentId' && typeof inner === 'string' && inner !== own) found.add(inner);
      else linksOf(inner, own, found);
    }
  }
  return found;
};

/**
 * The page of one published document in one locale, built as the by-slug
 * answer always was: the kind's page populate in one Document Service call,
 * sanitized as for a public caller, with its page extras (JSON-LD with
 * absolute URLs from the configured public URL, read-aloud text, a speaker's
 * speeches). Null when the document has no published version in that locale.
 * Inside a transaction it reads what the transaction sees.
 */
export const buildPage = async (strapi: Core.Strapi, kind: Kind, documentId: string, locale: string): Promise<BuiltPage | null> => {
  const found = (await strapi.documents(kind.uid).findFirst({
    filters: { documentId: { $eq: documentId } },
    locale,
    status: 'published',
    populate: kind.pagePopulate,
  })) as PlainObject | null;
  if (!found || typeof found.slug !== 'string' || found.slug === '') return null;
  const sanitized = (await strapi.contentAPI.sanitize.output(found, strapi.getModel(kind.uid), {})) as PlainObject;
  const tools = {
    origin: publicUrl(strapi),
    url: frontendUrl(strapi, kind, found.slug, locale),
    speechesOf: (speaker: string, speakerLocale?: string) => speechesOf(strapi, speaker, speakerLocale),
    latestSpeechesOf: async (speaker: string, speakerLocale?: string) => {
      const first = await speechPageOf(strapi, speaker, speakerLocale, 1, pageListSize(strapi));
      return { speeches: first.speeches, total: first.pagination.total };
    },
  };
  const extras = kind.pageExtras ? await kind.pageExtras(sanitized, tools) : {};
  const data = { ...sanitized, ...extras };
  const json = JSON.stringify({ data });
  const title = found[kind.slugSource];
  return {
    kind: kind.name,
    locale,
    slug: found.slug,
    documentId,
    json,
    etag: etagOf(json),
    title: typeof title === 'string' ? title.slice(0, 500) : null,
    publishedAt: found.publishedAt ? new Date(String(found.publishedAt)) : null,
    links: [...linksOf(data, documentId)],
  };
};
