/**
 * Pages with lists (contract): the lists a stored page embeds only the start
 * of, whatever the archive — the first `pageListSize` items and the total
 * (`<field>Total`) — and pages the rest of, over REST
 * (GET /api/newsroom/<plural>/by-slug/:slug/<segment>?page=…, controllers/page-list.ts)
 * and GraphQL (`newsroom<Owner><Field>(slug, locale, pagination)`, graphql/page-lists.ts).
 *
 * A list is one that grows with the archive or with writes to other
 * documents: a speaker's speeches (one per meeting they spoke at), a
 * meeting's achievements and street cases (any number may be linked to it).
 * What belongs to the document itself — a meeting's speeches, adopted
 * documents and corrections, components written with it in one bounded
 * request — stays whole on its page.
 */
import type { Core } from '@strapi/strapi';
import { kind, relatedKind, type Kind } from '../../kinds';
import type { ListPage } from './list-page';
import { relationPageOf } from './relation-page';
import { speechPageOf } from './speeches-of';

export interface PageList {
  /** The kind whose page embeds it. */
  owner: Kind;
  /** Its field on the page (`achievements`); the total is `<field>Total`. */
  field: string;
  /** Its path under the page: /by-slug/:slug/<segment>. */
  segment: string;
  /** One page of it, of the owner's published version in `locale`. */
  load(strapi: Core.Strapi, ownerDocumentId: string, locale: string | undefined, page: number, pageSize: number): Promise<ListPage>;
}

/** A to-many relation of the owner, in the order its page shows it (services/pages/relation-page.ts), under the related kind's plural. */
const relationList = (ownerName: string, field: string): PageList => {
  const owner = kind(ownerName);
  const segment = relatedKind(owner, field).plural;
  return { owner, field, segment, load: (strapi, id, locale, page, pageSize) => relationPageOf(strapi, owner, field, id, locale, page, pageSize) };
};

export const PAGE_LISTS: ReadonlyArray<PageList> = [
  // Newest meeting first; a page counts meetings (two speeches at one meeting stay together).
  { owner: kind('speaker'), field: 'speeches', segment: 'speeches', load: speechPageOf },
  relationList('meeting', 'achievements'),
  relationList('meeting', 'streetCases'),
];

/** `meeting-street-cases`: the name of its controller (and of its permission, `plugin::newsroom.<name>.list`). */
export const listName = (list: PageList): string => `${list.owner.name}-${list.segment}`;

/** Its route's action, which a role or token is given to read it: `plugin::newsroom.meeting-achievements.list`. */
export const listAction = (list: PageList): string => `plugin::newsroom.${listName(list)}.list`;

/** The field of the page that holds the list's total: `achievementsTotal`. */
export const totalField = (list: PageList): string => `${list.field}Total`;

/** The lists a kind's page embeds the start of. */
export const listsOf = (owner: Kind): PageList[] => PAGE_LISTS.filter((list) => list.owner.name === owner.name);
