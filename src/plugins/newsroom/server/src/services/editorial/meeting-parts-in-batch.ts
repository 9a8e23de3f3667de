import type { Core } from '@strapi/strapi';
import { MEETING_UID, type Kind } from '../../kinds';
import { contextForPart, readMeetingParts, type MeetingContext, type MeetingParts } from './meeting-context';
import { batchState } from '../../strapi/write-batch';

type Read = Map<string, MeetingParts>;

const keyOf = (kind: Kind, meetingId: string, locale: string): string => `${kind.uid}|${meetingId}|${locale}`;

/** The meetings read in the current batch; undefined outside one. */
const readInBatch = (): Read | undefined => batchState('meeting-parts', () => new Map<string, MeetingParts>(), async () => {});

/**
 * What R5 and R7 need of a part's meeting. An import writes a meeting's
 * parts one after the other in one batch, inside one transaction: the
 * meeting is read once, and each part written since is added to what was
 * read (noteWrite), which is what a read in the same transaction would
 * find. Outside a batch every call reads.
 */
export const meetingContextOf = async (strapi: Core.Strapi, kind: Kind, meetingId: string, locale: string, documentId?: string): Promise<MeetingContext> => {
  const read = readInBatch();
  const key = keyOf(kind, meetingId, locale);
  const parts = read?.get(key) ?? (await readMeetingParts(strapi, kind, meetingId, locale));
  read?.set(key, parts);
  return contextForPart(parts, documentId);
};

export interface WrittenPart {
  documentId: string;
  locale: string;
  /** The meeting its draft belongs to after the write; null for none. */
  meetingId: string | null;
  ordinal: unknown;
}

/**
 * Keeps the batch's reads true after a write. A part's create or update
 * (`written`) moves its draft's ordinal into its meeting's entry and out of
 * any other; every other write of a part (delete, publish, unpublish,
 * discard) drops the entries of its kind, and a write of a meeting other
 * than its create drops everything, to be read again.
 */
export const noteWrite = (kind: Kind, action: string, written?: WrittenPart): void => {
  const read = readInBatch();
  if (!read || read.size === 0) return;
  if (kind.uid === MEETING_UID) {
    if (action !== 'create') read.clear();
    return;
  }
  if (!written || (action !== 'create' && action !== 'update')) {
    for (const key of [...read.keys()]) if (key.startsWith(`${kind.uid}|`)) read.delete(key);
    return;
  }
  for (const [key, parts] of read) {
    if (key.startsWith(`${kind.uid}|`) && key.endsWith(`|${written.locale}`)) parts.ordinals.delete(written.documentId);
  }
  const own = written.meetingId ? read.get(keyOf(kind, written.meetingId, written.locale)) : undefined;
  if (own && typeof written.ordinal === 'number') own.ordinals.set(written.documentId, written.ordinal);
};
