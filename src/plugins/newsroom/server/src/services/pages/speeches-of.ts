/**
 * A speaker's speeches across meetings, newest meeting first, in one query for
 * meetings and their speeches: what a speaker's page and preview list.
 */
import type { Core } from '@strapi/strapi';
import { MEETING_UID } from '../../kinds';
import { paginationOf, type ListPage } from './list-page';
import { speakerMeetingsPage } from './speaker-meetings';
import type { PlainObject } from '../../../../shared/documents';

export const speechesOf = async (strapi: Core.Strapi, speakerDocumentId: string, locale?: string): Promise<PlainObject[]> => {
  const meetings = (await strapi.documents(MEETING_UID).findMany({
    filters: { speeches: { speaker: { documentId: { $eq: speakerDocumentId } } } },
    ...(locale ? { locale } : {}),
    status: 'published',
    fields: ['documentId', 'title', 'slug', 'heldOn', 'venue', 'embargoUntil'],
    sort: ['heldOn:desc'],
    populate: { speeches: { populate: { speaker: { fields: ['documentId'] } } } },
  })) as Array<PlainObject & { speeches?: Array<PlainObject & { speaker?: { documentId?: string } | null }> }>;
  return meetings.flatMap(({ speeches, ...meeting }) =>
    (speeches ?? [])
      .filter((s) => s.speaker?.documentId === speakerDocumentId)
      .map(({ speaker: _speaker, id: _id, ...rest }) => ({ ...rest, meeting }))
  );
};

/**
 * One page of a speaker's speeches, newest meeting first: the speeches of
 * `pageSize` meetings where they spoke (a report credits a speaker once a
 * meeting; two speeches at one meeting stay together), and how many such
 * meetings there are. The page's meetings and the count come from the
 * speaker's own links (speaker-meetings.ts), so the cost follows the page,
 * not the archive; then one query loads those meetings with their speeches.
 * A speaker's stored page carries the first page (`pageListSize`); the rest
 * is paged by GET /api/newsroom/speakers/by-slug/:slug/speeches?page=….
 */
export const speechPageOf = async (strapi: Core.Strapi, speakerDocumentId: string, locale: string | undefined, page: number, pageSize: number): Promise<ListPage> => {
  // As the Document Service: no locale is the default locale.
  const inLocale = locale ?? (await strapi.plugin('i18n').service<{ getDefaultLocale(): Promise<string> }>('locales').getDefaultLocale());
  // Published, and not under embargo whoever builds or asks (a worker has no request for the public-read filter to see).
  const { documentIds, total } = await speakerMeetingsPage(strapi, speakerDocumentId, inLocale, { start: (page - 1) * pageSize, limit: pageSize });
  const meetings =
    documentIds.length === 0
      ? []
      : ((await strapi.documents(MEETING_UID).findMany({
          filters: { documentId: { $in: documentIds } },
          locale: inLocale,
          status: 'published',
          fields: ['documentId', 'title', 'slug', 'heldOn', 'venue'],
          populate: { speeches: { populate: { speaker: { fields: ['documentId'] } } } },
        })) as Array<PlainObject & { speeches?: Array<PlainObject & { speaker?: { documentId?: string } | null }> }>);
  const order = new Map(documentIds.map((documentId, i) => [documentId, i]));
  meetings.sort((a, b) => (order.get(String(a.documentId)) ?? 0) - (order.get(String(b.documentId)) ?? 0));
  const items = meetings.flatMap(({ speeches: all, ...meeting }) =>
    (all ?? []).filter((s) => s.speaker?.documentId === speakerDocumentId).map(({ speaker: _speaker, id: _id, ...rest }) => ({ ...rest, meeting }))
  );
  return { items, pagination: paginationOf(page, pageSize, total) };
};
