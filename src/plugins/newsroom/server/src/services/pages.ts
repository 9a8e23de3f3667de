import type { Core } from '@strapi/strapi';
import { UIDS } from '../content-types/uids';
import type { ContentKind } from '../editorial/types';

/**
 * One document by slug with everything its page shows, published versions
 * only, in one Document Service call: Strapi loads each populated relation
 * and component level with one query for all rows, so the number of queries
 * does not grow with the number of achievements, street cases or speeches.
 */
const speaker = { fields: ['documentId', 'name', 'slug'], populate: { positions: true } } as const;
const speech = { populate: { speaker } } as const;
const meetingSummary = { fields: ['documentId', 'title', 'slug', 'heldOn', 'venue', 'organizer', 'locale'] } as const;
const editorial = { populate: { credits: true } } as const;

export const PAGE_POPULATE = {
  meeting: {
    adoptedDocuments: true,
    speeches: speech,
    achievements: { sort: ['ordinal:asc'], populate: { metrics: true } },
    streetCases: { populate: { presenter: speech } },
    cover: { fields: ['url', 'alternativeText', 'width', 'height', 'formats'] },
    editorial,
  },
  achievement: { metrics: true, meeting: meetingSummary, editorial },
  'street-case': { presenter: speech, meeting: meetingSummary, editorial },
  speaker: { positions: true, photo: { fields: ['url', 'alternativeText', 'width', 'height', 'formats'] } },
} as const satisfies Record<ContentKind, Record<string, unknown>>;

type Plain = Record<string, unknown>;

const pagesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async bySlug(kind: ContentKind, slug: string, locale?: string): Promise<Plain | null> {
    return (await strapi.documents(UIDS[kind]).findFirst({
      filters: { slug: { $eq: slug } },
      ...(locale ? { locale } : {}),
      status: 'published',
      populate: PAGE_POPULATE[kind] as never,
    } as never)) as Plain | null;
  },

  /** A speaker's speeches across meetings, newest meeting first (one query for meetings and their speeches). */
  async speechesOf(speakerDocumentId: string, locale?: string): Promise<Plain[]> {
    const meetings = (await strapi.documents(UIDS.meeting).findMany({
      filters: { speeches: { speaker: { documentId: { $eq: speakerDocumentId } } } },
      ...(locale ? { locale } : {}),
      status: 'published',
      fields: ['documentId', 'title', 'slug', 'heldOn', 'venue'],
      sort: ['heldOn:desc'],
      populate: { speeches: { populate: { speaker: { fields: ['documentId'] } } } },
    } as never)) as Array<Plain & { speeches?: Array<Plain & { speaker?: { documentId?: string } | null }> }>;
    return meetings.flatMap(({ speeches, ...meeting }) =>
      (speeches ?? [])
        .filter((s) => s.speaker?.documentId === speakerDocumentId)
        .map(({ speaker: _speaker, id: _id, ...rest }) => ({ ...rest, meeting }))
    );
  },
});

export type PagesService = ReturnType<typeof pagesService>;
export default pagesService;
