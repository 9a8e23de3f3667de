/**
 * A speaker's speeches across meetings, newest meeting first, in one query for
 * meetings and their speeches: what a speaker's page and preview list.
 */
import type { Core } from '@strapi/strapi';
import { MEETING_UID } from '../../kinds';
import { notEmbargoed } from '../schedule/embargo-filter';
import { paginationOf, type ListPage } from './list-page';
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
 * meetings there are. Two queries whatever the archive: a count, and one
 * page of meetings with their speeches. A speaker's stored page carries the
 * first page (`pageListSize`); the rest is paged by
 * GET /api/newsroom/speakers/by-slug/:slug/speeches?page=….
 */
export const speechPageOf = async (strapi: Core.Strapi, speakerDocumentId: string, locale: string | undefined, page: number, pageSize: number): Promise<ListPage> => {
  // Published, and not under embargo whoever builds or asks (a worker has no request for the public-read filter to see).
  const filters = { $and: [{ speeches: { speaker: { documentId: { $eq: speakerDocumentId } } } }, notEmbargoed()] };
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
  const items = meetings.flatMap(({ speeches: all, ...meeting }) =>
    (all ?? []).filter((s) => s.speaker?.documentId === speakerDocumentId).map(({ speaker: _speaker, id: _id, ...rest }) => ({ ...rest, meeting }))
  );
  return { items, pagination: paginationOf(page, pageSize, total) };
};
