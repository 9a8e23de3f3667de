/**
 * A speaker's speeches across meetings, newest meeting first, in one query for
 * meetings and their speeches: what a speaker's page and preview list.
 */
import type { Core } from '@strapi/strapi';
import { MEETING_UID } from '../../kinds';
import type { PlainObject } from '../../../../shared/documents';

export const speechesOf = async (strapi: Core.Strapi, speakerDocumentId: string, locale?: string): Promise<PlainObject[]> => {
  const meetings = (await strapi.documents(MEETING_UID).findMany({
    filters: { speeches: { speaker: { documentId: { $eq: speakerDocumentId } } } },
    ...(locale ? { locale } : {}),
    status: 'published',
    fields: ['documentId', 'title', 'slug', 'heldOn', 'venue'],
    sort: ['heldOn:desc'],
    populate: { speeches: { populate: { speaker: { fields: ['documentId'] } } } },
  })) as Array<PlainObject & { speeches?: Array<PlainObject & { speaker?: { documentId?: string } | null }> }>;
  return meetings.flatMap(({ speeches, ...meeting }) =>
    (speeches ?? [])
      .filter((s) => s.speaker?.documentId === speakerDocumentId)
      .map(({ speaker: _speaker, id: _id, ...rest }) => ({ ...rest, meeting }))
  );
};
