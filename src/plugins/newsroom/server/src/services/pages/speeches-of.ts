/**
 * A speaker's speeches across meetings, newest meeting first, in one query for
 * meetings and their speeches: what a speaker's page and preview list.
 */
import type { Core } from '@strapi/strapi';
import { MEETING_UID, kindNamed } from '../../kinds';
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

/** One page of a list a stored page embeds only the start of, with where it stands (REST's `meta.pagination`). */
export interface SpeechPage {
  speeches: PlainObject[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}

/**
 * One page of a speaker's speeches, newest meeting first: the speeches of
 * `pageSize` meetings where they spoke (a report credits a speaker once a
 * meeting; two speeches at one meeting stay together), and how many such
 * meetings there are. Two queries whatever the archive: a count, and one
 * page of meetings with their speeches. A speaker's stored page carries the
 * first page (`pageListSize`); the rest is paged by
 * GET /api/newsroom/speakers/by-slug/:slug/speeches?page=….
 */
export const speechPageOf = async (strapi: Core.Strapi, speakerDocumentId: string, locale: string | undefined, page: number, pageSize: number): Promise<SpeechPage> => {
  const filters = { speeches: { speaker: { documentId: { $eq: speakerDocumentId } } } };
  const total = Number(await strapi.documents(MEETING_UID).count({ filters, ...(locale ? { locale } : {}), status: 'published' }));
  const meetings = (await strapi.documents(MEETING_UID).findMany({
    filters,
    ...(locale ? { locale } : {}),
    status: 'published',
    fields: ['documentId', 'title', 'slug', 'heldOn', 'venue'],
    sort: ['heldOn:desc', 'documentId:desc'],
    start: (page - 1) * pageSize,
    limit: pageSize,
    populate: { speeches: { populate: { speaker: { fields: ['documentId'] } } } },
  })) as Array<PlainObject & { speeches?: Array<PlainObject & { speaker?: { documentId?: string } | null }> }>;
  const speeches = meetings.flatMap(({ speeches: all, ...meeting }) =>
    (all ?? []).filter((s) => s.speaker?.documentId === speakerDocumentId).map(({ speaker: _speaker, id: _id, ...rest }) => ({ ...rest, meeting }))
  );
  return { speeches, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
};

/**
 * One page of the speeches of the published speaker with this slug in this
 * locale, or null when there is none: what REST's
 * /speakers/by-slug/:slug/speeches and GraphQL's newsroomSpeakerSpeeches answer.
 */
export const speechPageBySlug = async (strapi: Core.Strapi, slug: string, locale: string, page: number, pageSize: number): Promise<SpeechPage | null> => {
  const kind = kindNamed('speaker');
  if (!kind) return null;
  const speaker = (await strapi.documents(kind.uid).findFirst({ filters: { slug: { $eq: slug } }, locale, status: 'published', fields: ['documentId'] })) as {
    documentId?: string;
  } | null;
  return speaker?.documentId ? speechPageOf(strapi, speaker.documentId, locale, page, pageSize) : null;
};
