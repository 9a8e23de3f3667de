/**
 * The registry: every kind of kinds/plain (what its schema says) with the
 * glue a schema cannot say: how its views are laid out, what its page shows
 * and adds (structured data, the text to read aloud), its preview article.
 * Routes, controllers, services, the GraphQL extensions, slug indexes, the
 * content-manager layouts and the pages read this list.
 *
 * Adding a kind: its `content-types/<name>/schema.json`, its words.json
 * beside it and its entry in content-types/index.ts (with its JSON-LD
 * description): its page, JSON-LD and preview follow from those. An entry
 * below only for a page builder of its own. The pure core never reads this
 * file: it reads kinds/plain.
 */
import achievementSchema from '../content-types/achievement/schema.json';
import meetingSchema from '../content-types/meeting/schema.json';
import speakerSchema from '../content-types/speaker/schema.json';
import streetCaseSchema from '../content-types/street-case/schema.json';
import { achievementLayout } from './layouts/achievement';
import { meetingLayout } from './layouts/meeting';
import { speakerLayout } from './layouts/speaker';
import { streetCaseLayout } from './layouts/street-case';
import type { ViewSpec } from './layouts/view-spec';
import { describedJsonLd, meetingJsonLd, speakerJsonLd } from '../output/json-ld';
import { pageView, type PageDates, type AchievementView, type MeetingView, type SpeakerSummary, type StreetCaseView } from '../output/page-types';
import { achievementArticle, caseArticle, meetingArticle, speakerArticle, type PreviewArticle } from '../output/preview-html-kinds';
import { describedArticle } from '../output/preview-html-fields';
import { achievementText, meetingReadAloud, streetCaseText } from '../output/read-aloud';
import { MEDIA_FOR_PAGES, PLAIN_KINDS, populateOf, type ContentTypeSchema, type PlainKind, type Populate } from './plain';
import type { PlainObject } from '../../../shared/documents';

export { MEETING_UID, PLUGIN_ID } from './plain';

/** What a page's extras may ask of the server. */
export interface PageTools {
  /** The public base URL media URLs are made absolute with (the configured server URL; '' leaves them relative). */
  origin: string;
  /** The frontend's URL of this page, when the `frontendUrls` setting has a pattern for its kind. */
  url?: string;
  /** A speaker's speeches across meetings (a preview lists them all; a stored page has its first ones already). */
  speechesOf(speakerDocumentId: string, locale?: string): Promise<PlainObject[]>;
}

/** What the registry adds to a kind; every part is optional. */
export interface KindAttachments {
  /** Edit and list views; Strapi's default views without one. */
  layout?: ViewSpec;
  /** What its page (`/by-slug/:slug`) shows; without one, what the schema holds one level deep. */
  pagePopulate?: Populate;
  /** What its page adds to the document: structured data and the text to read aloud. */
  pageExtras?(page: PlainObject, tools: PageTools): PlainObject | Promise<PlainObject>;
  /** Its article on the editor's preview page; its title only without one. */
  previewArticle?: PreviewArticle;
  /** GraphQL: a `<type>BySlug` query, and the page extras `jsonLd`/`readAloud` as fields of the type. */
  graphqlPage?: boolean;
  /** Its pages are the entries of the feeds and the news sitemap. */
  inFeeds?: boolean;
}

export interface Kind extends KindAttachments, PlainKind {
  pagePopulate: Populate;
}

const speaker = { fields: ['documentId', 'name', 'slug', 'embargoUntil'], populate: { positions: true } } satisfies Populate[string];
const speech = { populate: { speaker } };
const meetingSummary = { fields: ['documentId', 'title', 'slug', 'heldOn', 'venue', 'organizer', 'locale', 'embargoUntil'] };
const editorial = { populate: { credits: true } } satisfies Populate[string];
const localeOf = (page: PlainObject): string | undefined => (typeof page.locale === 'string' ? page.locale : undefined);

const asView = pageView;

/** The attachments of the kinds that have any, each with the schema of its kind. */
const ATTACHMENTS: ReadonlyArray<KindAttachments & { schema: ContentTypeSchema }> = [
  {
    schema: meetingSchema,
    layout: meetingLayout,
    pagePopulate: {
      adoptedDocuments: true,
      speeches: speech,
      // By ordinal, as the report numbers them; a tie by documentId, so that the pages of a long list (services/pages/page-lists.ts) never overlap.
      achievements: { sort: ['ordinal:asc', 'documentId:asc'], populate: { metrics: true } },
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
      // A stored page carries its latest speeches and their total already (services/pages/page-lists.ts); a preview lists them all.
      ...(Array.isArray(page.speeches) ? {} : { speeches: await speechesOf(String(page.documentId), localeOf(page)) }),
    }),
    previewArticle: speakerArticle,
  },
];

/**
 * A kind of kinds/plain with its attachments; a page without `pagePopulate`
 * shows what the schema holds one level deep. A kind without page extras or
 * a preview article of its own gets them from its list entry: its JSON-LD
 * from its description (`jsonLd`), its preview article from its words.
 */
export const defineKind = (plain: PlainKind, attachments: KindAttachments = {}): Kind => {
  const { jsonLd, words } = plain;
  const described: KindAttachments = {
    ...(jsonLd ? { pageExtras: (page: PlainObject, { origin, url }: PageTools) => ({ jsonLd: describedJsonLd(page, { ...plain, jsonLd }, { mediaBaseUrl: origin, url }) }) } : {}),
    ...(words ? { previewArticle: describedArticle({ ...plain, words }) } : {}),
  };
  return {
    ...plain,
    ...described,
    ...attachments,
    pagePopulate: attachments.pagePopulate ?? populateOf(plain.schema.attributes, MEDIA_FOR_PAGES),
  };
};

const attachmentsOf = (plain: PlainKind): KindAttachments | undefined => {
  const found = ATTACHMENTS.find(({ schema }) => schema.info.singularName === plain.name);
  if (!found) return undefined;
  const { schema: _schema, ...attachments } = found;
  return attachments;
};

export const KINDS: ReadonlyArray<Kind> = PLAIN_KINDS.map((plain) => defineKind(plain, attachmentsOf(plain)));

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
