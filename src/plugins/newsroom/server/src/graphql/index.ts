import type { Core } from '@strapi/strapi';
import { KINDS, type Kind } from '../kinds';
import { pluginService } from '../strapi/plugin-service';

type Plain = Record<string, unknown>;

interface Nexus {
  extendType(config: { type: string; definition(t: DefinitionBlock): void }): unknown;
  nonNull(type: string): unknown;
  arg(config: { type: unknown }): unknown;
}
interface DefinitionBlock {
  field(name: string, config: { type: string; args?: Record<string, unknown>; resolve(parent: Plain, args: Plain): unknown }): void;
}

/** The kinds whose GraphQL type gets `creditLine` and `byline`. */
const EDITORIAL_KINDS = KINDS.filter((kind) => kind.editorial);
/** The kinds with a `<type>BySlug` query and their page extras as fields. */
const PAGE_KINDS = KINDS.filter((kind) => kind.graphqlPage && kind.pageExtras);

/** The page extras a page kind's GraphQL type carries, with their GraphQL types. */
const PAGE_FIELDS: Readonly<Record<string, string>> = { jsonLd: 'JSON', readAloud: 'String' };

/** `NewsroomMeeting` → `newsroomMeetingBySlug`. */
const bySlugQuery = (kind: Kind): string => `${kind.graphqlType.charAt(0).toLowerCase()}${kind.graphqlType.slice(1)}BySlug`;

/**
 * GraphQL beside the generated CRUD: `newsroomMeetingBySlug(slug, locale)`
 * returning the same meeting as the REST page (with `jsonLd` and
 * `readAloud`), and `creditLine` / `byline` directly on every type that
 * carries editorial data.
 */
export const registerGraphql = (strapi: Core.Strapi): void => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const pages = () => pluginService(strapi, 'pages');

  /** The page of a GraphQL parent: already loaded by the by-slug query, else loaded by its slug. */
  const pageOf = async (kind: Kind, parent: Plain): Promise<Plain | null> => {
    if (parent.__page) return parent.__page as Plain;
    if (typeof parent.slug !== 'string') return null;
    return pages().bySlug(kind, parent.slug, typeof parent.locale === 'string' ? parent.locale : undefined);
  };

  /** The page extras of a parent, made once however many of its fields are asked. */
  const extrasByParent = new WeakMap<Plain, Promise<Plain | null>>();
  const extrasOf = (kind: Kind, parent: Plain): Promise<Plain | null> => {
    let extras = extrasByParent.get(parent);
    if (!extras) {
      extras = pageOf(kind, parent).then((page) =>
        page && kind.pageExtras ? kind.pageExtras(page, { origin: '', speechesOf: pages().speechesOf }) : null
      );
      extrasByParent.set(parent, extras);
    }
    return extras;
  };

  const editorialOf = async (kind: Kind, parent: Plain): Promise<Plain | null> => {
    if (parent.editorial && typeof parent.editorial === 'object') return parent.editorial as Plain;
    if (typeof parent.id !== 'number' && typeof parent.id !== 'string') return null;
    return (await strapi.db.query(kind.uid).load(parent, 'editorial')) as Plain | null;
  };

  graphql.service('extension').use(({ nexus }: { nexus: Nexus }) => ({
    types: [
      nexus.extendType({
        type: 'Query',
        definition(t) {
          for (const kind of PAGE_KINDS) {
            t.field(bySlugQuery(kind), {
              type: kind.graphqlType,
              args: { slug: nexus.nonNull('String'), locale: nexus.arg({ type: 'I18NLocaleCode' }) },
              async resolve(_parent, args) {
                const page = await pages().bySlug(kind, String(args.slug), typeof args.locale === 'string' ? args.locale : undefined);
                return page ? { ...page, __page: page } : null;
              },
            });
          }
        },
      }),
      ...PAGE_KINDS.map((kind) =>
        nexus.extendType({
          type: kind.graphqlType,
          definition(t) {
            for (const [field, type] of Object.entries(PAGE_FIELDS)) {
              t.field(field, {
                type,
                async resolve(parent) {
                  return (await extrasOf(kind, parent))?.[field] ?? null;
                },
              });
            }
          },
        })
      ),
      ...EDITORIAL_KINDS.map((kind) =>
        nexus.extendType({
          type: kind.graphqlType,
          definition(t) {
            for (const field of ['creditLine', 'byline'] as const) {
              t.field(field, {
                type: 'String',
                async resolve(parent) {
                  const editorial = await editorialOf(kind, parent);
                  return (editorial?.[field] as string | undefined) ?? null;
                },
              });
            }
          },
        })
      ),
    ],
    resolversConfig: {
      ...Object.fromEntries(
        PAGE_KINDS.flatMap((kind) => [
          [`Query.${bySlugQuery(kind)}`, { auth: { scope: [`${kind.uid}.bySlug`] } }],
          ...Object.keys(PAGE_FIELDS).map((field) => [`${kind.graphqlType}.${field}`, { auth: false }]),
        ])
      ),
      ...Object.fromEntries(
        EDITORIAL_KINDS.flatMap((kind) => [
          [`${kind.graphqlType}.creditLine`, { auth: false }],
          [`${kind.graphqlType}.byline`, { auth: false }],
        ])
      ),
    },
  }));
};
