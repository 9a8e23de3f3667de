import type { ContentKind } from '../editorial/types';

/**
 * What the rules need of a stored document, populated in one query: the
 * components in full and, of relations and media, only the few fields the
 * rules read.
 */
const editorial = { populate: { credits: true } } as const;
const speech = { populate: { speaker: { fields: ['documentId', 'name'] } } } as const;
const media = { fields: ['id', 'name', 'alternativeText'] } as const;

export const CHECK_POPULATE = {
  meeting: {
    adoptedDocuments: true,
    speeches: speech,
    cover: media,
    editorial,
  },
  achievement: {
    metrics: true,
    meeting: { fields: ['documentId', 'heldOn'] },
    editorial,
  },
  'street-case': {
    presenter: speech,
    meeting: { fields: ['documentId', 'heldOn'] },
    editorial,
  },
  speaker: {
    positions: true,
    photo: media,
  },
} as const satisfies Record<ContentKind, Record<string, unknown>>;
