import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Kind } from '../../kinds';
import { speechesOf } from './speeches-of';
import { pageListSize } from './list-size';
import { listsOf, totalField } from './page-lists';
import { publicationDates } from './publication-dates';
import { embargoEndOf } from '../schedule/embargo-filter';
import { withoutEmbargoedParts } from './embargoed-parts';
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
  /** Its last substantive change (a correction or an update); its first publication until then. */
  modifiedAt: Date | null;
  /** Epoch milliseconds of the document's embargo end, or null: the stored page is on no public path before it. */
  embargoUntil: number | null;
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
 * sanitized as for a public caller; the first `pageListSize` items of each
 * list it embeds the start of, with their totals (services/pages/page-lists.ts:
 * a speaker's speeches, a meeting's achievements and street cases); its page
 * extras (JSON-LD with absolute URLs from the configured public URL,
 * read-aloud text), made from that bounded page. Null when the document has
 * no published version in that locale.
 * Inside a transaction it reads what the transaction sees.
 */
export const buildPage = async (strapi: Core.Strapi, kind: Kind, documentId: string, locale: string): Promise<BuiltPage | null> => {
  const lists = listsOf(kind);
  // The lists it embeds the start of are loaded on their own, a page each (services/pages/page-lists.ts).
  const populate = Object.fromEntries(Object.entries(kind.pagePopulate).filter(([field]) => !lists.some((list) => list.field === field)));
  const found = (await strapi.documents(kind.uid).findFirst({
    filters: { documentId: { $eq: documentId } },
    locale,
    status: 'published',
    populate,
  })) as PlainObject | null;
  if (!found || typeof found.slug !== 'string' || found.slug === '') return null;
  const dates = await publicationDates(strapi, kind, documentId, locale);
  const fallback = found.publishedAt ? new Date(String(found.publishedAt)) : null;
  const datePublished = dates?.datePublished ?? fallback;
  const dateModified = dates?.dateModified ?? datePublished;
  const output = (await strapi.contentAPI.sanitize.output(found, strapi.getModel(kind.uid), {})) as PlainObject;
  // The first publication and the last substantive change, not Strapi's publishedAt and updatedAt (publication-dates.ts).
  const embedded: PlainObject = {};
  for (const list of lists) {
    const first = await list.load(strapi, documentId, locale, 1, pageListSize(strapi));
    embedded[list.field] = first.items;
    embedded[totalField(list)] = first.pagination.total;
  }
  const whole = { ...output, ...embedded, datePublished: datePublished?.toISOString() ?? null, dateModified: dateModified?.toISOString() ?? null };
  // Other documents under embargo are left out of the page, but stay its links: it is rebuilt when they appear.
  const sanitized = withoutEmbargoedParts(whole, documentId);
  const tools = {
    origin: publicUrl(strapi),
    url: frontendUrl(strapi, kind, found.slug, locale),
    speechesOf: (speaker: string, speakerLocale?: string) => speechesOf(strapi, speaker, speakerLocale),
  };
  const extras = kind.pageExtras ? await kind.pageExtras(sanitized, tools) : {};
  const data = { ...sanitized, ...withoutEmbargoedParts(extras, documentId) };
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
    publishedAt: datePublished,
    modifiedAt: dateModified,
    embargoUntil: embargoEndOf(found.embargoUntil),
    links: [...linksOf({ ...whole, ...extras }, documentId)],
  };
};
