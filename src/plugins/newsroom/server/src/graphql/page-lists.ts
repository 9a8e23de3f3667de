import type { Core } from '@strapi/strapi';
import { listPageBySlug } from '../services/pages/list-by-slug';
import { PAGE_LISTS, listAction, listName, type PageList } from '../services/pages/page-lists';
import type { Nexus } from './nexus';
import { LIST_NODE_TYPES, listNodeTypes } from './page-list-nodes';

/**
 * Pages with lists (contract), over GraphQL: a page carries the first items
 * of its lists and their totals; the rest is paged by one query per list,
 *   newsroomSpeakerSpeeches(slug: "…", locale: "zh-Hans", pagination: { page: 2, pageSize: 20 }) {
 *     nodes { role summary meeting { documentId title slug heldOn venue } }
 *     pageInfo { page pageSize pageCount total }
 *   }
 * and likewise newsroomMeetingAchievements and newsroomMeetingStreetCases:
 * the same items, order and page sizes as REST's
 * /<plural>/by-slug/:slug/<segment> (the page size `pageListSize` unless
 * asked, at most 100), null for a slug of no published page (an old slug
 * too: GraphQL has no redirect). The cost limit counts `nodes` by the page
 * size asked (graphql/cost-limit.ts, ownPages).
 */

/** `newsroomMeetingStreetCases`, as `newsroomMeetingBySlug` is named. */
export const listQuery = (list: PageList): string =>
  `${list.owner.graphqlType.charAt(0).toLowerCase()}${list.owner.graphqlType.slice(1)}${list.field.charAt(0).toUpperCase()}${list.field.slice(1)}`;

const nodeTypeOf = (list: PageList): string => {
  const type = LIST_NODE_TYPES[listName(list)];
  if (!type) throw new Error(`newsroom: the list ${listName(list)} has no GraphQL type for its items (graphql/page-list-nodes.ts)`);
  return type;
};

/** A list's page type (`NewsroomMeetingAchievementPage`: `nodes` and `pageInfo`) and its query. */
const listTypes = (strapi: Core.Strapi, nexus: Nexus, list: PageList): unknown[] => {
  const node = nodeTypeOf(list);
  return [
    nexus.objectType({
      name: `${node}Page`,
      definition(t) {
        t.field('nodes', { type: nexus.nonNull(nexus.list(nexus.nonNull(node))) });
        // Strapi's own page info type: { page, pageSize, pageCount, total }.
        t.field('pageInfo', { type: nexus.nonNull('Pagination') });
      },
    }),
    nexus.extendType({
      type: 'Query',
      definition(t) {
        t.field(listQuery(list), {
          type: `${node}Page`,
          args: {
            slug: nexus.nonNull('String'),
            locale: nexus.arg({ type: 'I18NLocaleCode' }),
            pagination: nexus.arg({ type: 'NewsroomListPageArg' }),
          },
          async resolve(_parent, args) {
            const { page, pageSize } = (args.pagination ?? {}) as { page?: unknown; pageSize?: unknown };
            const answer = await listPageBySlug(strapi, list, { slug: args.slug, locale: args.locale, page, pageSize, argumentPath: ['pagination'] });
            return 'list' in answer ? { nodes: answer.list.items, pageInfo: answer.list.pagination } : null;
          },
        });
      },
    }),
  ];
};

/** The item types, the page argument, and each list's page type and query. */
export const pageListTypes = (strapi: Core.Strapi, nexus: Nexus): unknown[] => [
  ...listNodeTypes(nexus),
  nexus.inputObjectType({
    name: 'NewsroomListPageArg',
    definition(t) {
      t.int('page');
      t.int('pageSize');
    },
  }),
  ...PAGE_LISTS.flatMap((list) => listTypes(strapi, nexus, list)),
];

/** Who may ask: whoever may page the same list over REST. */
export const pageListResolversConfig = (): Record<string, { auth: { scope: string[] } }> =>
  Object.fromEntries(PAGE_LISTS.map((list) => [`Query.${listQuery(list)}`, { auth: { scope: [listAction(list)] } }]));
