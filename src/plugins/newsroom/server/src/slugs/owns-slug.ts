/** Which field a type's slug is made from. */
import type { ContentKind } from '../editorial/types';

export const SLUG_SOURCE_FIELD: Record<ContentKind, 'title' | 'name'> = {
  meeting: 'title',
  achievement: 'title',
  'street-case': 'title',
  speaker: 'name',
};
