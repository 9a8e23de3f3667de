import type { Core } from '@strapi/strapi';
import { UIDS } from '../content-types/uids';
import type { ContentKind } from '../editorial/types';
import { meetingJsonLd } from '../output/json-ld';
import type { MeetingView } from '../output/page-types';
import { meetingReadAloud } from '../output/read-aloud';
import type { PagesService } from '../services/pages';
import { loadersFor, versionOf } from './loaders';
import { publicReadsPublishedConfig } from './public-reads-published';

type Plain = Record<string, unknown>;

interface Nexus {
  extendType(config: { type: string; definition(t: DefinitionBlock): void }): unknown;
  nonNull(type: string): unknown;
  arg(config: { type: unknown }): unknown;
}
interface DefinitionBlock {
  field(name: string, config: { type: string; args?: Record<string, unknown>; resolve(parent: Plain, args: Plain, context: unknown): unknown }): void;
}

const EDITORIAL_TYPES: Array<[ContentKind, string]> = [
  ['meeting', 'NewsroomMeeting'],
  ['achievement', 'NewsroomAchievement'],
  ['street-case', 'NewsroomStreetCase'],
];

/**
 * GraphQL beside the generated CRUD: `newsroomMeetingBySlug(slug, locale)`
 * returning the same meeting as the REST page (with `jsonLd` and
 * `readAloud`), and `creditLine` / `byline` directly on every type that
 * carries editorial data.
 */
export const registerGraphql = (strapi: Core.Strapi): void => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const pages = () => strapi.plugin('newsroom').service('pages') as PagesService;

  /** The meeting page of a GraphQL parent: already loaded by the by-slug query, else batched with the request's other items. */
  const pageOf = async (parent: Plain, context: unknown): Promise<MeetingView | null> => {
    if (parent.__page) return parent.__page as MeetingView;
    const version = versionOf(parent);
    return version ? loadersFor(strapi, context).meetingPage.load(version) : null;
  };

  const editorialOf = async (kind: ContentKind, parent: Plain, context: unknown): Promise<Plain | null> => {
    if (parent.editorial && typeof parent.editorial === 'object') return parent.editorial as Plain;
    if (typeof parent.id !== 'number' && typeof parent.id !== 'string') return null;
    return loadersFor(strapi, context).editorial(kind).load(Number(parent.id));
  };

  graphql.service('extension').use(({ nexus }: { nexus: Nexus }) => ({
    types: [
      nexus.extendType({
        type: 'Query',
        definition(t) {
          t.field('newsroomMeetingBySlug', {
            type: 'NewsroomMeeting',
            args: { slug: nexus.nonNull('String'), locale: nexus.arg({ type: 'I18NLocaleCode' }) },
            async resolve(_parent, args) {
              const page = await pages().bySlug('meeting', String(args.slug), typeof args.locale === 'string' ? args.locale : undefined);
              return page ? { ...page, __page: page } : null;
            },
          });
        },
      }),
      nexus.extendType({
        type: 'NewsroomMeeting',
        definition(t) {
          t.field('jsonLd', {
            type: 'JSON',
            async resolve(parent, _args, context) {
              const page = await pageOf(parent, context);
              return page ? meetingJsonLd(page) : null;
            },
          });
          t.field('readAloud', {
            type: 'String',
            async resolve(parent, _args, context) {
              const page = await pageOf(parent, context);
              return page ? meetingReadAloud(page) : null;
            },
          });
        },
      }),
      ...EDITORIAL_TYPES.map(([kind, type]) =>
        nexus.extendType({
          type,
          definition(t) {
            for (const field of ['creditLine', 'byline'] as const) {
              t.field(field, {
                type: 'String',
                async resolve(parent, _args, context) {
                  const editorial = await editorialOf(kind, parent, context);
                  return (editorial?.[field] as string | undefined) ?? null;
                },
              });
            }
          },
        })
      ),
    ],
    resolversConfig: {
      ...publicReadsPublishedConfig(strapi, Object.values(UIDS)),
      'Query.newsroomMeetingBySlug': { auth: { scope: ['plugin::newsroom.meeting.bySlug'] } },
      'NewsroomMeeting.jsonLd': { auth: false },
      'NewsroomMeeting.readAloud': { auth: false },
      ...Object.fromEntries(
        EDITORIAL_TYPES.flatMap(([, type]) => [
          [`${type}.creditLine`, { auth: false }],
          [`${type}.byline`, { auth: false }],
        ])
      ),
    },
  }));
};
