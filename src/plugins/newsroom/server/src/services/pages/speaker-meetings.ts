/**
 * Which published meetings a speaker spoke at, as one page and a count, in
 * SQL that starts from the speaker: their published row (a published
 * meeting's speeches name the speaker's published row) → the speeches that
 * name it → the meetings holding those speeches.
 *
 * The Document Service's filter `speeches.speaker.documentId` reads every
 * meeting of the locale through four LEFT JOINs and a DISTINCT, so a
 * speaker's page cost grew with the whole archive (at 3,000 meetings on
 * SQLite: 59 ms for the page's meetings and 35 ms for the count, inside the
 * editor's write that renames the speaker). One query here gives the page
 * and the count (a window function: SQLite 3.25, PostgreSQL, MariaDB 10.2
 * have them), and reads only the
 * speaker's own links, through indexes: the link table's index on the
 * speaker and the `_cmps` index on the component's id, type and field
 * (`indexComponentTables`). Table and column names come from Strapi's
 * metadata. Published, of the locale, and not under embargo at `now`, as
 * `notEmbargoed` says.
 */
import type { Core } from '@strapi/strapi';
import { MEETING_UID } from '../../kinds';

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  on?: Record<string, string>;
}
interface DbAttribute {
  columnName?: string;
  target?: string;
  joinTable?: JoinTable;
}

/** The `_cmps` tables' type column, as Strapi's identifiers name it (@strapi/core transform-content-types-to-models). */
const componentTypeColumn = (identifiers: object): string => {
  const getNameFromTokens: unknown = Reflect.get(identifiers, 'getNameFromTokens');
  return typeof getNameFromTokens === 'function'
    ? String(Reflect.apply(getNameFromTokens, identifiers, [[{ name: 'component_type', compressible: false }]]))
    : 'component_type';
};

/** Where the tables and columns are, from Strapi's metadata (once per process: the schema does not change while it runs). */
const layoutOf = (strapi: Core.Strapi) => {
  const attributesOf = (uid: string) => strapi.db.metadata.get(uid).attributes as Record<string, DbAttribute>;
  const meeting = strapi.db.metadata.get(MEETING_UID);
  const meetingAttributes = attributesOf(MEETING_UID);
  const speeches = meetingAttributes.speeches;
  if (!speeches?.joinTable || !speeches.target) throw new Error('newsroom: a meeting has no speeches component');
  const speaker = attributesOf(speeches.target).speaker;
  if (!speaker?.joinTable || !speaker.target) throw new Error('newsroom: a speech names no speaker');
  const column = (uid: string, attribute: string) => attributesOf(uid)[attribute]?.columnName ?? attribute;
  return {
    meetings: meeting.tableName,
    heldOn: column(MEETING_UID, 'heldOn'),
    embargoUntil: column(MEETING_UID, 'embargoUntil'),
    documentId: column(MEETING_UID, 'documentId'),
    publishedAt: column(MEETING_UID, 'publishedAt'),
    locale: column(MEETING_UID, 'locale'),
    held: speeches.joinTable,
    speechUid: speeches.target,
    // Strapi names a `_cmps` table's type column by its identifiers (@strapi/core transform-content-types-to-models).
    typeColumn: componentTypeColumn(strapi.db.metadata.identifiers),
    named: speaker.joinTable,
    speakers: strapi.db.metadata.get(speaker.target).tableName,
    speakerDocumentId: column(speaker.target, 'documentId'),
    speakerPublishedAt: column(speaker.target, 'publishedAt'),
  };
};
const layouts = new WeakMap<Core.Strapi, ReturnType<typeof layoutOf>>();

export interface SpeakerMeetings {
  /** The page's meetings' document ids, newest meeting first. */
  documentIds: string[];
  /** How many meetings the speaker spoke at. */
  total: number;
}

export const speakerMeetingsPage = async (
  strapi: Core.Strapi,
  speakerDocumentId: string,
  locale: string,
  { start, limit, now = new Date() }: { start: number; limit: number; now?: Date }
): Promise<SpeakerMeetings> => {
  let layout = layouts.get(strapi);
  if (!layout) layouts.set(strapi, (layout = layoutOf(strapi)));
  const l = layout;
  // Inside the current transaction when there is one (on SQLite's one connection anything else waits for it).
  if (strapi.db.inTransaction()) return strapi.db.transaction(({ trx }) => query(trx, l, speakerDocumentId, locale, start, limit, now));
  return query(strapi.db.connection, l, speakerDocumentId, locale, start, limit, now);
};

type Knex = Core.Strapi['db']['connection'];

const query = async (knex: Knex, l: ReturnType<typeof layoutOf>, speakerDocumentId: string, locale: string, start: number, limit: number, now: Date): Promise<SpeakerMeetings> => {
  // Nested IN lists, innermost first: SQLite (which has no statistics here) then walks them through indexes in that order.
  const speakerRows = knex.select('id').from(l.speakers).where(l.speakerDocumentId, speakerDocumentId).whereNotNull(l.speakerPublishedAt);
  const speeches = knex.select(l.named.joinColumn.name).from(l.named.name).whereIn(l.named.inverseJoinColumn.name, speakerRows);
  const spokeAt = knex
    .select(l.held.joinColumn.name)
    .from(l.held.name)
    .whereIn(l.held.inverseJoinColumn.name, speeches)
    .where(l.typeColumn, l.speechUid)
    .where(l.held.on ?? {});
  const meetings = () =>
    knex
      .from({ meeting: l.meetings })
      .whereIn('meeting.id', spokeAt)
      .whereNotNull(`meeting.${l.publishedAt}`)
      .where(`meeting.${l.locale}`, locale)
      .where((q: ReturnType<Knex['select']>) => {
        q.whereNull(`meeting.${l.embargoUntil}`).orWhere(`meeting.${l.embargoUntil}`, '<=', now);
      });
  // The page and the count in one pass: the count of all matching rows rides on each row of the page (a window over the whole set).
  const rows = (await meetings()
    .select(`meeting.${l.documentId} as documentId`, knex.raw('count(*) over () as ??', ['total']))
    .orderBy([
      { column: `meeting.${l.heldOn}`, order: 'desc' },
      { column: `meeting.${l.documentId}`, order: 'desc' },
    ])
    .offset(start)
    .limit(limit)) as Array<{ documentId: string; total: unknown }>;
  // A page past the end has no row to carry the count: ask for it alone.
  const total = rows.length > 0 ? Number(rows[0].total) : start === 0 ? 0 : Number(((await meetings().count({ n: '*' }).first()) as { n?: unknown } | undefined)?.n ?? 0);
  return { documentIds: rows.map((row) => row.documentId), total };
};
