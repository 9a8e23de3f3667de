import type { Core } from '@strapi/strapi';
import { MEETING_UID, type Kind } from '../../kinds';

type Knex = Core.Strapi['db']['connection'];

type Metadata = ReturnType<Core.Strapi['db']['metadata']['get']>;

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

export interface MeetingContext {
  /** The meeting's draft `heldOn` in this locale; undefined when it has no draft in this locale. */
  heldOn?: string | null;
  /** The ordinals its other draft parts of this kind carry in this locale (R7). */
  siblingOrdinals: number[];
}

/** What was read of a meeting: its draft's date and the ordinal of each of its draft parts of one kind, by documentId. */
export interface MeetingParts {
  heldOn?: string | null;
  ordinals: Map<string, number>;
}

/** A DATE column as `YYYY-MM-DD`: SQLite and PostgreSQL answer text; MySQL may answer a Date at local midnight. */
const dateText = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return String(value).slice(0, 10);
};

const column = (meta: Metadata, attribute: string): string => {
  const found = meta.attributes[attribute];
  return found && 'columnName' in found && typeof found.columnName === 'string' ? found.columnName : attribute;
};

/** The link table of a part's relation to its meeting (the owning side of a manyToOne). */
const linkOf = (meta: Metadata, attribute: string | undefined): JoinTable | undefined => {
  const found = attribute ? meta.attributes[attribute] : undefined;
  if (!found || !('joinTable' in found) || !found.joinTable) return undefined;
  const table = found.joinTable;
  // A morph link (a relation to any type) has no inverse join column: not a part's link to its meeting.
  return 'inverseJoinColumn' in table ? { name: table.name, joinColumn: table.joinColumn, inverseJoinColumn: table.inverseJoinColumn } : undefined;
};

/**
 * What R5 and R7 need of a part's meeting, in one query instead of two: the
 * meeting's date (its draft in the part's locale) and the ordinals of its
 * draft parts of the same kind in that locale, through the part's relation
 * to the meeting (Strapi's link table, from its metadata). A kind without an
 * `ordinal` gets its meeting's date only.
 */
export const readMeetingParts = async (strapi: Core.Strapi, kind: Kind, meetingId: string, locale: string): Promise<MeetingParts> => {
  const meeting = strapi.db.metadata.get(MEETING_UID);
  const part = strapi.db.metadata.get(kind.uid);
  // Siblings' ordinals only for a kind that has one (R7), through its link to the meeting.
  const link = 'ordinal' in kind.schema.attributes ? linkOf(part, kind.meetingField) : undefined;
  const rows = (await strapi.db.transaction(({ trx }: { trx: Knex }) => {
    const query = trx({ m: meeting.tableName })
      .select({ meetingLocale: `m.${column(meeting, 'locale')}`, meetingDraft: trx.raw('case when ?? is null then 1 else 0 end', [`m.${column(meeting, 'publishedAt')}`]) })
      .select({ heldOn: `m.${column(meeting, 'heldOn')}` })
      .where(`m.${column(meeting, 'documentId')}`, meetingId);
    if (!link) return query;
    return query
      .select({ partDocumentId: `p.${column(part, 'documentId')}`, ordinal: `p.${column(part, 'ordinal')}` })
      .leftJoin({ l: link.name }, `l.${link.inverseJoinColumn.name}`, 'm.id')
      .leftJoin({ p: part.tableName }, (on) => {
        on.on('p.id', '=', `l.${link.joinColumn.name}`)
          .andOnNull(`p.${column(part, 'publishedAt')}`)
          .andOnVal(`p.${column(part, 'locale')}`, '=', locale);
      });
  })) as Array<{ meetingLocale: string; meetingDraft: number | string; heldOn: unknown; partDocumentId?: string | null; ordinal?: number | null }>;

  const draft = rows.find((row) => row.meetingLocale === locale && Number(row.meetingDraft) === 1);
  const ordinals = new Map<string, number>();
  for (const row of rows) {
    if (typeof row.partDocumentId === 'string' && typeof row.ordinal === 'number') ordinals.set(row.partDocumentId, row.ordinal);
  }
  return { heldOn: draft ? dateText(draft.heldOn) : undefined, ordinals };
};

/** R5's and R7's view of a meeting for one part: the others' ordinals, without the part's own. */
export const contextForPart = (parts: MeetingParts, documentId: string | undefined): MeetingContext => ({
  heldOn: parts.heldOn,
  siblingOrdinals: [...parts.ordinals].filter(([id]) => id !== documentId).map(([, ordinal]) => ordinal),
});
