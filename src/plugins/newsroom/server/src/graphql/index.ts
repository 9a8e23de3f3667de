import type { Core } from '@strapi/strapi';
import { KINDS, type Kind } from '../kinds';
import { publicReadsPublishedConfig } from './public-reads-published';
import { embargoedRelationsConfig } from './embargoed-relations';
import { graphqlReaders, type GraphqlReaders } from './readers';
import type { Nexus } from './nexus';
import { pageListResolversConfig, pageListTypes } from './page-lists';

/** The kinds whose GraphQL type gets `creditLine` and `byline`. */
const EDITORIAL_KINDS = KINDS.filter((kind) => kind.editorial);
/** The kinds with a `<type>BySlug` query and their page extras as fields. */
const PAGE_KINDS = KINDS.filter((kind) => kind.graphqlPage && kind.pageExtras);

/** The page extras a page kind's GraphQL type carries, with their GraphQL types. */
const PAGE_FIELDS: Readonly<Record<string, string>> = { jsonLd: 'JSON', readAloud: 'String' };

/** `NewsroomMeeting` → `newsroomMeetingBySlug`. */
const bySlugQuery = (kind: Kind): string => `${kind.graphqlType.charAt(0).toLowerCase()}${kind.graphqlType.slice(1)}BySlug`;

/** `newsroomMeetingBySlug(slug, locale)`: the same stored page as the REST by-slug answer. */
const bySlugQueries = (nexus: Nexus, { storedPage }: GraphqlReaders) =>
  nexus.extendType({
    type: 'Query',
    definition(t) {
      for (const kind of PAGE_KINDS) {
        t.field(bySlugQuery(kind), {
          type: kind.graphqlType,
          args: { slug: nexus.nonNull('String'), locale: nexus.arg({ type: 'I18NLocaleCode' }) },
          async resolve(_parent, args) {
            const page = await storedPage(kind, String(args.slug), args.locale);
            return page ? { ...page, __page: page } : null;
          },
        });
      }
    },
  });

/** `jsonLd` and `readAloud` on the types of page kinds. */
const pageFields = (nexus: Nexus, { extrasOf }: GraphqlReaders) =>
  PAGE_KINDS.map((kind) =>
    nexus.extendType({
      type: kind.graphqlType,
      definition(t) {
        for (const [field, type] of Object.entries(PAGE_FIELDS)) {
          t.field(field, {
            type,
            async resolve(parent, _args, context) {
              return (await extrasOf(kind, parent, context))?.[field] ?? null;
            },
          });
        }
      },
    })
  );

/** `creditLine` and `byline` on every type with editorial data. */
const creditFields = (nexus: Nexus, { editorialOf }: GraphqlReaders) =>
  EDITORIAL_KINDS.map((kind) =>
    nexus.extendType({
      type: kind.graphqlType,
      definition(t) {
        for (const field of ['creditLine', 'byline'] as const) {
          t.field(field, {
            type: 'String',
            async resolve(parent, _args, context) {
              const editorial = await editorialOf(kind, parent, context);
              return (editorial?.[field]) ?? null;
            },
          });
        }
      },
    })
  );

/** Who may ask: the by-slug queries as the REST page (`bySlug`), the derived fields as their parent. */
const resolversConfig = (strapi: Core.Strapi) => ({
  ...publicReadsPublishedConfig(
    strapi,
    KINDS.map((kind) => kind.uid)
  ),
  ...embargoedRelationsConfig(strapi),
  ...Object.fromEntries(
    PAGE_KINDS.flatMap((kind) => [
      [`Query.${bySlugQuery(kind)}`, { auth: { scope: [`${kind.uid}.bySlug`] } }],
      ...Object.keys(PAGE_FIELDS).map((field) => [`${kind.graphqlType}.${field}`, { auth: false }]),
    ])
  ),
  ...pageListResolversConfig(),
  ...Object.fromEntries(
    EDITORIAL_KINDS.flatMap((kind) => [
      [`${kind.graphqlType}.creditLine`, { auth: false }],
      [`${kind.graphqlType}.byline`, { auth: false }],
    ])
  ),
});

/**
 * GraphQL beside the generated CRUD: `newsroomMeetingBySlug(slug, locale)`
 * returning the same meeting as the REST page (with `jsonLd` and
 * `readAloud`), and `creditLine` / `byline` directly on every type that
 * carries editorial data, loaded in a fixed number of queries per request;
 * `newsroomSpeakerSpeeches(slug, locale, pagination)` and the other lists of
 * pages (a meeting's achievements and street cases), paged past the items
 * their page carries (graphql/page-lists.ts).
 */
export const registerGraphql = (strapi: Core.Strapi): void => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const readers = graphqlReaders(strapi);
  graphql.service('extension').use(({ nexus }: { nexus: Nexus }) => ({
    types: [bySlugQueries(nexus, readers), ...pageFields(nexus, readers), ...creditFields(nexus, readers), ...pageListTypes(strapi, nexus)],
    resolversConfig: resolversConfig(strapi),
  }));
};
