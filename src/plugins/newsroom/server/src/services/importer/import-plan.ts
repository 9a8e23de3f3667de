import type { Core } from '@strapi/strapi';
import type { ParsedReport } from '../../import';
import { UIDS } from './import-uids';
import type { PlainObject } from '../../../../shared/documents';

/** A stored draft an import will update or publish, with what the permission conditions look at. */
export interface StoredVersion {
  documentId: string;
  locale: string;
  createdBy?: { id: number } | null;
  /** A reused speaker's published version is as new as its draft (the content manager's "published", not "modified"): publishing it again changes nothing. */
  publishedCurrent?: boolean;
}

/** One achievement or street case of the report: the draft it updates, or null for a new one. */
export type ChildTargets = Array<StoredVersion | null>;

/**
 * Everything an import will touch, read before it writes anything, so that
 * permissions are checked on every document first (import-permissions.ts)
 * and the writes (import-writes.ts) do no lookups of their own.
 */
export interface ImportPlan {
  locale: string;
  publish: boolean;
  /** The report's speakers by name: the draft reused, or null when the import creates it. */
  speakers: Map<string, StoredVersion | null>;
  /** The meeting an earlier import of the report made, still there; null when the import creates one. */
  meeting: StoredVersion | null;
  achievements: ChildTargets;
  streetCases: ChildTargets;
}

const CREATOR = { createdBy: { select: ['id'] } };

const version = (row: PlainObject): StoredVersion => ({
  documentId: row.documentId as string,
  locale: row.locale as string,
  createdBy: (row.createdBy as { id: number } | null | undefined) ?? null,
});

/**
 * The reused speakers, in one query for the whole report: a stored draft of the
 * same name is reused when the report gives no organization or one of its
 * positions has that organization (as the import always did).
 */
const plannedSpeakers = async (strapi: Core.Strapi, report: ParsedReport, locale: string): Promise<ImportPlan['speakers']> => {
  const names = [...new Set(report.speakers.map((speaker) => speaker.name))];
  const rows = names.length
    ? ((await strapi.db.query(UIDS.speaker).findMany({
        where: { name: { $in: names }, locale, publishedAt: null },
        select: ['documentId', 'locale', 'name', 'updatedAt'],
        populate: { positions: { select: ['organization'] }, ...CREATOR },
        orderBy: { id: 'asc' },
      })) as PlainObject[])
    : [];
  // Their published versions: a speaker published as their draft stands is not published again (which would rebuild every page that shows them).
  const published = rows.length
    ? ((await strapi.db.query(UIDS.speaker).findMany({
        where: { documentId: { $in: rows.map((row) => row.documentId as string) }, locale, publishedAt: { $notNull: true } },
        select: ['documentId', 'updatedAt'],
      })) as PlainObject[])
    : [];
  const publishedAt = new Map(published.map((row) => [row.documentId as string, new Date(row.updatedAt as string).getTime()]));
  const planned: ImportPlan['speakers'] = new Map();
  for (const speaker of report.speakers) {
    if (planned.has(speaker.name)) continue;
    const organization = speaker.positions[0]?.organization ?? undefined;
    const match = rows.find(
      (row) =>
        row.name === speaker.name &&
        (!organization || ((row.positions as Array<{ organization?: string | null }> | undefined) ?? []).some((p) => p.organization === organization)),
    );
    const current = match ? (publishedAt.get(match.documentId as string) ?? -Infinity) >= new Date(match.updatedAt as string).getTime() : false;
    planned.set(speaker.name, match ? { ...version(match), publishedCurrent: current } : null);
  }
  return planned;
};

const sameKey = (row: PlainObject, key: PlainObject): boolean => Object.entries(key).every(([field, value]) => (row[field] ?? null) === (value ?? null));

/** The drafts of the meeting's parts that the report's items update, matched by their keys (ordinal; street and community). */
const plannedChildren = async (
  strapi: Core.Strapi,
  uid: string,
  meetingId: string | null,
  locale: string,
  keys: PlainObject[],
): Promise<ChildTargets> => {
  if (!meetingId || keys.length === 0) return keys.map(() => null);
  const rows = (await strapi.db.query(uid).findMany({
    where: { locale, publishedAt: null, meeting: { documentId: meetingId } },
    select: ['documentId', 'locale', ...Object.keys(keys[0])],
    populate: CREATOR,
    orderBy: { id: 'asc' },
  })) as PlainObject[];
  return keys.map((key) => {
    const row = rows.find((each) => sameKey(each, key));
    return row ? version(row) : null;
  });
};

export const achievementKey = (item: { ordinal?: unknown }): PlainObject => ({ ordinal: item.ordinal });
export const streetCaseKey = (item: { street?: unknown; community?: unknown }): PlainObject => ({ street: item.street ?? null, community: item.community ?? null });

export const planImport = async (
  strapi: Core.Strapi,
  report: ParsedReport,
  options: { locale: string; publish: boolean; previousMeeting: string | null },
): Promise<ImportPlan> => {
  const { locale, publish, previousMeeting } = options;
  const meetingRow = previousMeeting
    ? ((await strapi.db.query(UIDS.meeting).findOne({
        where: { documentId: previousMeeting, locale, publishedAt: null },
        select: ['documentId', 'locale'],
        populate: CREATOR,
      })) as PlainObject | null)
    : null;
  const meeting = meetingRow ? version(meetingRow) : null;
  return {
    locale,
    publish,
    speakers: await plannedSpeakers(strapi, report, locale),
    meeting,
    achievements: await plannedChildren(strapi, UIDS.achievement, meeting?.documentId ?? null, locale, report.achievements.map(achievementKey)),
    streetCases: await plannedChildren(strapi, UIDS.streetCase, meeting?.documentId ?? null, locale, report.streetCases.map(streetCaseKey)),
  };
};
