import type { ContentKind } from '../editorial/types';

export const PLUGIN_ID = 'newsroom';

export const UIDS = {
  meeting: 'plugin::newsroom.meeting',
  achievement: 'plugin::newsroom.achievement',
  'street-case': 'plugin::newsroom.street-case',
  speaker: 'plugin::newsroom.speaker',
} as const satisfies Record<ContentKind, string>;

export type NewsroomUID = (typeof UIDS)[ContentKind];

const KIND_BY_UID = new Map<string, ContentKind>(
  (Object.entries(UIDS) as [ContentKind, NewsroomUID][]).map(([kind, uid]) => [uid, kind])
);

/** The content kind of a newsroom uid, or undefined for any other type. */
export const kindOf = (uid: string): ContentKind | undefined => KIND_BY_UID.get(uid);
