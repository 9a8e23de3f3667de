import { kind, relatedKind } from '../../kinds';

const meeting = kind('meeting');

/** What a report becomes: a meeting with its achievements and street cases (where the meeting's relations lead), and their speakers. */
export const UIDS = {
  meeting: meeting.uid,
  achievement: relatedKind(meeting, 'achievements').uid,
  streetCase: relatedKind(meeting, 'streetCases').uid,
  speaker: kind('speaker').uid,
} as const;
