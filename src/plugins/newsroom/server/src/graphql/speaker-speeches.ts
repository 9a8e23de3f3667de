import type { Core } from '@strapi/strapi';
import { MAX_LIST_PAGE_SIZE, pageListSize } from '../services/pages/list-size';
import { wholePageArg } from '../services/pages/page-args';
import { pageLocale } from '../services/pages/read';
import { speechPageBySlug } from '../services/pages/speeches-of';
import type { PlainObject } from '../../../shared/documents';

/**
 * Pages with lists (contract), over GraphQL: a speaker's stored page carries
 * their latest speeches and the total; the rest is paged by
 *   newsroomSpeakerSpeeches(slug: "…", locale: "zh-Hans", pagination: { page: 2, pageSize: 20 }) {
 *     nodes { role summary meeting { documentId title slug heldOn venue } }
 *     pageInfo { page pageSize pageCount total }
 *   }
 * the same speeches, order and page sizes as GET
 * /api/newsroom/speakers/by-slug/:slug/speeches (newest meeting first; the
 * page size `pageListSize` unless asked, at most 100), null for a slug with
 * no published speaker. The cost limit counts `nodes` by the page size asked
 * (graphql/cost-limit.ts, OWN_PAGED_FIELDS).
 */
export const SPEAKER_SPEECHES_QUERY = 'newsroomSpeakerSpeeches';
/** Who may ask: whoever may page the speeches over REST. */
export const SPEAKER_SPEECHES_SCOPE = 'plugin::newsroom.speaker-speeches.list';

interface Nexus {
  objectType(config: { name: string; definition(t: ObjectDefinition): void }): unknown;
  inputObjectType(config: { name: string; definition(t: InputDefinition): void }): unknown;
  extendType(config: { type: string; definition(t: FieldDefinition): void }): unknown;
  nonNull(type: unknown): unknown;
  list(type: unknown): unknown;
  arg(config: { type: unknown }): unknown;
}
interface ObjectDefinition {
  id(name: string): void;
  string(name: string): void;
  int(name: string): void;
  field(name: string, config: { type: unknown }): void;
}
interface InputDefinition {
  int(name: string): void;
}
interface FieldDefinition {
  field(name: string, config: { type: string; args?: Record<string, unknown>; resolve(parent: PlainObject, args: PlainObject, context: unknown): unknown }): void;
}

/** The page's types, its argument and the query. */
export const speakerSpeechesTypes = (strapi: Core.Strapi, nexus: Nexus): unknown[] => [
  nexus.objectType({
    name: 'NewsroomSpeechMeeting',
    definition(t) {
      t.id('documentId');
      t.string('title');
      t.string('slug');
      t.field('heldOn', { type: 'Date' });
      t.string('venue');
    },
  }),
  nexus.objectType({
    name: 'NewsroomSpeakerSpeech',
    definition(t) {
      t.string('role');
      t.string('speakerDescription');
      t.string('summary');
      t.int('order');
      t.field('meeting', { type: 'NewsroomSpeechMeeting' });
    },
  }),
  nexus.objectType({
    name: 'NewsroomSpeakerSpeechPage',
    definition(t) {
      t.field('nodes', { type: nexus.nonNull(nexus.list(nexus.nonNull('NewsroomSpeakerSpeech'))) });
      // Strapi's own page info type: { page, pageSize, pageCount, total }.
      t.field('pageInfo', { type: nexus.nonNull('Pagination') });
    },
  }),
  nexus.inputObjectType({
    name: 'NewsroomListPageArg',
    definition(t) {
      t.int('page');
      t.int('pageSize');
    },
  }),
  nexus.extendType({
    type: 'Query',
    definition(t) {
      t.field(SPEAKER_SPEECHES_QUERY, {
        type: 'NewsroomSpeakerSpeechPage',
        args: {
          slug: nexus.nonNull('String'),
          locale: nexus.arg({ type: 'I18NLocaleCode' }),
          pagination: nexus.arg({ type: 'NewsroomListPageArg' }),
        },
        async resolve(_parent, args) {
          const asked = (args.pagination ?? {}) as { page?: unknown; pageSize?: unknown };
          const page = wholePageArg(asked.page, ['pagination', 'page'], 1);
          const pageSize = wholePageArg(asked.pageSize, ['pagination', 'pageSize'], pageListSize(strapi), MAX_LIST_PAGE_SIZE);
          const found = await speechPageBySlug(strapi, String(args.slug), await pageLocale(strapi, args.locale), page, pageSize);
          return found ? { nodes: found.speeches, pageInfo: found.pagination } : null;
        },
      });
    },
  }),
];
