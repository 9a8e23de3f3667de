/**
 * The newsroom's kinds, in one place. Routes, controllers, services, the
 * GraphQL extensions, slug claims and indexes, the content-manager layouts,
 * the rules' field table and the pages all read this list.
 *
 * Adding a kind: its `content-types/<name>/schema.json`, one entry below,
 * and its rules, if it has any of its own (editorial/rules.ts). Everything
 * else — uid, names, slug source, the populates the rules need, where its
 * speeches, media and meeting are, its GraphQL type — is read from the
 * schema (derive.ts); an entry adds only what a schema cannot say: what its
 * page shows and how its views are laid out.
 */
import achievementSchema from '../content-types/achievement/schema.json';
import meetingSchema from '../content-types/meeting/schema.json';
import speakerSchema from '../content-types/speaker/schema.json';
import streetCaseSchema from '../content-types/street-case/schema.json';
import { achievementLayout } from '../layouts/achievement';
import { meetingLayout } from '../layouts/meeting';
import { speakerLayout } from '../layouts/speaker';
import { streetCaseLayout } from '../layouts/street-case';
import type { ViewSpec } from '../layouts/view-spec';
import { meetingJsonLd, speakerJsonLd } from '../output/json-ld';
import { pageView, type PageDates, type AchievementView, type MeetingView, type SpeakerSummary, type StreetCaseView } from '../output/page-types';
import { achievementArticle, caseArticle, meetingArticle, speakerArticle, type PreviewArticle } from '../output/preview-html-kinds';
import { achievementText, meetingReadAloud, streetCaseText } from '../output/read-aloud';
import { MEDIA_FOR_PAGES, PLUGIN_ID, pascalCase, populateOf, traitsOf, type KindTraits } from './derive';
import type { ContentTypeSchema, Populate } from './schema-types';

export { MEETING_UID, PLUGIN_ID } from './derive';

type Plain = Record<string, unknown>;

/** What a page's extras may ask of the server. */
export interface PageTools {
  /** The public base URL media URLs are made absolute with (the configured server URL; '' leaves them relative). */
  origin: string;
  /** The frontend's URL of this page, when the `frontendUrls` setting has a pattern for its kind. */
  url?: string;
  /** A speaker's speeches across meetings. */
  speechesOf(speakerDocumentId: string, locale?: string): Promise<Plain[]>;
}

export interface KindEntry {
  schema: ContentTypeSchema;
  /** Edit and list views; Strapi's default views without one. */
  layout?: ViewSpec;
  /** What its page (`/by-slug/:slug`) shows; without one, what the schema holds one level deep. */
  pagePopulate?: Populate;
  /** What its page adds to the document: structured data and the text to read aloud. */
  pageExtras?(page: Plain, tools: PageTools): Plain | Promise<Plain>;
  /** Its article on the editor's preview page; its title only without one. */
  previewArticle?: PreviewArticle;
  /** GraphQL: a `<type>BySlug` query, and the page extras `jsonLd`/`readAloud` as fields of the type. */
  graphqlPage?: boolean;
  /** Its pages are the entries of the feeds and the news sitemap. */
  inFeeds?: boolean;
}

export interface Kind extends KindEntry, KindTraits {
  /** The singular name (`meeting`); also the name of its controller and service. */
  name: string;
  /** The plural name (`meetings`): REST under /api/newsroom/<plural>. */
  plural: string;
  uid: `plugin::newsroom.${string}`;
  /** Its database table. */
  table: string;
  /** GraphQL type name: `NewsroomMeeting`. */
  graphqlType: string;
  /** What the rules need of a stored draft, in one query. */
  checkPopulate: Populate;
  pagePopulate: Populate;
}

const speaker = { fields: ['documentId', 'name', 'slug', 'embargoUntil'], populate: { positions: true } } satisfies Populate[string];
const speech = { populate: { speaker } };
const meetingSummary = { fields: ['documentId', 'title', 'slug', 'heldOn', 'venue', 'organizer', 'locale', 'embargoUntil'] };
const editorial = { populate: { credits: true } } satisfies Populate[string];
const localeOf = (page: Plain): string | undefined => (typeof page.locale === 'string' ? page.locale : undefined);

const asView = pageView;

const ENTRIES: ReadonlyArray<KindEntry> = [
  {
    schema: meetingSchema,
    layout: meetingLayout,
    pagePopulate: {
      adoptedDocuments: true,
      speeches: speech,
      achievements: { sort: ['ordinal:asc'], populate: { metrics: true } },
      streetCases: { populate: { presenter: speech } },
      cover: MEDIA_FOR_PAGES,
      editorial,
      corrections: true,
    },
    pageExtras: (page, { origin, url }) => ({
      jsonLd: meetingJsonLd(asView<MeetingView>(page), { mediaBaseUrl: origin, url }),
      readAloud: meetingReadAloud(asView<MeetingView>(page)),
    }),
    previewArticle: meetingArticle,
    graphqlPage: true,
    inFeeds: true,
  },
  {
    schema: achievementSchema,
    layout: achievementLayout,
    pagePopulate: { metrics: true, meeting: meetingSummary, editorial, corrections: true },
    pageExtras: (page) => ({ readAloud: achievementText(asView<AchievementView>(page), localeOf(page)) }),
    previewArticle: achievementArticle,
  },
  {
    schema: streetCaseSchema,
    layout: streetCaseLayout,
    pagePopulate: { presenter: speech, meeting: meetingSummary, editorial, corrections: true },
    pageExtras: (page) => ({ readAloud: streetCaseText(asView<StreetCaseView>(page), localeOf(page)) }),
    previewArticle: caseArticle,
  },
  {
    schema: speakerSchema,
    layout: speakerLayout,
    pagePopulate: { positions: true, photo: MEDIA_FOR_PAGES, corrections: true },
    pageExtras: async (page, { speechesOf }) => ({
      jsonLd: speakerJsonLd(asView<SpeakerSummary & PageDates>(page)),
      speeches: await speechesOf(String(page.documentId), localeOf(page)),
    }),
    previewArticle: speakerArticle,
  },
];

export const defineKind = (entry: KindEntry): Kind => {
  const { singularName, pluralName } = entry.schema.info;
  return {
    ...entry,
    ...traitsOf(entry.schema),
    name: singularName,
    plural: pluralName,
    uid: `plugin::${PLUGIN_ID}.${singularName}`,
    table: entry.schema.collectionName,
    graphqlType: `${pascalCase(PLUGIN_ID)}${pascalCase(singularName)}`,
    checkPopulate: populateOf(entry.schema.attributes),
    pagePopulate: entry.pagePopulate ?? populateOf(entry.schema.attributes, MEDIA_FOR_PAGES),
  };
};

export const KINDS: ReadonlyArray<Kind> = ENTRIES.map(defineKind);

const BY_UID = new Map<string, Kind>(KINDS.map((kind) => [kind.uid, kind]));
const BY_NAME = new Map<string, Kind>(KINDS.map((kind) => [kind.name, kind]));

/** The newsroom kind of a content-type uid, or undefined for any other type. */
export const kindOf = (uid: string): Kind | undefined => BY_UID.get(uid);

/** The kind called `name` (`meeting`), or undefined. */
export const kindNamed = (name: unknown): Kind | undefined => (typeof name === 'string' ? BY_NAME.get(name) : undefined);

/** The kind called `name`; for names the code itself holds. */
export const kind = (name: string): Kind => {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`newsroom: no kind called ${name}`);
  return found;
};

/** The kind a relation of `owner` leads to (a meeting's `achievements` → the achievement kind), read from its schema. */
export const relatedKind = (owner: Kind, field: string): Kind => {
  const target = owner.schema.attributes[field]?.target;
  const related = target ? BY_UID.get(target) : undefined;
  if (!related) throw new Error(`newsroom: ${owner.name}.${field} is not a relation to a newsroom kind`);
  return related;
};
