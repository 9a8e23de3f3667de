/**
 * The one definition of what the newsroom's server, its admin panel and
 * frontends exchange: refusals (problems with field paths), editorial-check
 * results, import outcomes, page responses, and the size limit of a report.
 * The server and the admin import these type-only (the limit as a value);
 * types/api/newsroom.ts publishes them for frontends.
 *
 * Page endpoints:
 *   GET /api/newsroom/<plural>/by-slug/:slug?locale=…  → PageResponse<MeetingPage>,
 *   PageResponse<AchievementPage>, PageResponse<StreetCasePage> or PageResponse<SpeakerPage>
 *   (the plurals are listed in the README's API section)
 * and GraphQL's newsroomMeetingBySlug. Field names are those of
 * ../shared/design/content-model.md. A refused write answers ErrorResponse.
 */
import type { ParsedReport, ParseWarning } from './parsed-report';

export type { ParsedReport, ParseWarning };

/** Largest report the importer reads: 2 MB of UTF-8. A report is a few dozen KB; more is a wrong file. */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024;

/** A field's path as an array, the shape the admin highlights a field by: `["editorial", "credits", 1, "name"]`. */
export type FieldPath = Array<string | number>;

/** One entry of a refusal's `error.details.errors[]`. */
export interface ApiProblem {
  path: FieldPath;
  message: string;
  name: 'ValidationError';
  /** Stable: `credits.responsible-editor.missing`. */
  code: string;
}

/** The editorial fields derived on every write. */
export interface Derived {
  creditLine: string;
  byline: string;
  dateline: string;
}

/** `POST /newsroom/editorial-check` and `POST /api/newsroom/editorial-check`: `{ data: CheckResult }`. */
export interface CheckResult {
  ready: boolean;
  phase: 'save' | 'publish';
  errors: ApiProblem[];
  derived: Derived | null;
  /** With `phases: ['save', 'publish']` in the request: the verdict of each phase, from one check. */
  phases?: Partial<Record<'save' | 'publish', CheckResult>>;
}

/** `POST /newsroom/import`: `{ data: ImportOutcome }`. */
export interface ImportOutcome {
  fileName?: string;
  status: 'created' | 'updated' | 'parsed';
  meeting: { documentId: string | null; title?: string | null; slug?: string | null };
  counts: { achievements: number; streetCases: number; speakers: number; speakersReused: number };
  warnings: ParseWarning[];
  report: ParsedReport;
  /**
   * Dry run only: what the import of this report would refuse although it was read (a body over `blocksLimits`:
   * `blocks.too-large` at `meeting.body`), as the import's 400 would list them. Absent when there is nothing.
   */
  problems?: Array<{ path: Array<string | number>; message: string; name: 'ValidationError'; code: string }>;
}

export type Locale = 'zh-Hans' | 'en' | (string & Record<never, never>);
export type { AchievementCategory, CreditRole, SpeechRole } from './documents';
export type { Block, InlineNode, Media } from './kind-shapes';
import type { StoredComponent, StoredDocument } from './kind-shapes';

/**
 * The documents as the page endpoints answer them, derived from the schemas
 * (kind-shapes.ts): a `required` field is never null, another is null when
 * empty; relations as each kind's page populates them.
 */
interface DocumentBase {
  id: number;
  documentId: string;
  locale: Locale;
  createdAt: string;
  updatedAt: string;
  publishedAt: string;
}

/** What a page carries for time (beside its `corrections`). */
interface PageDates {
  /** ISO 8601: the first publication in this locale; never moves. */
  datePublished: string | null;
  /** ISO 8601: the last correction or update; the first publication until then. */
  dateModified: string | null;
}

export type Credit = StoredComponent<'credit'>;
/** `reportedAt` in UTC, e.g. 2023-04-29T01:58:00.000Z (09:58 in Beijing); `creditLine` `[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`, `byline` `记者 田也`. */
export type Editorial = StoredComponent<'editorial'>;
export type Position = StoredComponent<'position'>;
export type Metric = StoredComponent<'metric'>;
export type Correction = StoredComponent<'correction'>;
export type AdoptedDocument = StoredComponent<'adopted-document'>;

/** A speaker as a speech shows them. */
export interface SpeakerSummary extends Pick<StoredDocument<'speaker'>, 'name' | 'slug' | 'positions'> {
  id: number;
  documentId: string;
}

export type Speech = StoredComponent<'speech', { speaker: SpeakerSummary | null }>;

/** An achievement as a meeting's page lists it: with its metrics, not its editorial data or corrections. */
export type Achievement = DocumentBase & Omit<StoredDocument<'achievement'>, 'editorial' | 'corrections'>;

/** A street case as a meeting's page lists it: with its presenter, not its editorial data or corrections. */
export type StreetCase = DocumentBase & Omit<StoredDocument<'street-case', { presenter: Speech | null }>, 'editorial' | 'corrections'>;

/** A meeting as an achievement, a street case or a speech shows it. */
export interface MeetingSummary extends Pick<StoredDocument<'meeting'>, 'title' | 'slug' | 'heldOn' | 'venue'> {
  id: number;
  documentId: string;
  organizer?: string | null;
  locale?: Locale;
}

/** schema.org JSON-LD: a NewsArticle whose `about` is an Event (see schema-dts for full typings). */
export interface NewsArticleJsonLd {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  datePublished?: string;
  dateline?: string;
  author?: Array<{ '@type': 'Person'; name: string }>;
  editor?: Array<{ '@type': 'Person'; name: string }>;
  accountablePerson?: { '@type': 'Person'; name: string };
  sourceOrganization?: { '@type': 'Organization'; name: string; url?: string };
  creditText?: string;
  inLanguage: string;
  image?: string[];
  about: { '@type': 'Event'; name?: string; startDate?: string; [property: string]: unknown };
  [property: string]: unknown;
}

/**
 * A meeting's page. Its speeches are all there (they are part of the
 * report); of its achievements (by ordinal) and street cases (in the order
 * they were linked) the first `pageListSize` (20), with their totals; the
 * rest from GET /api/newsroom/meetings/by-slug/:slug/achievements?page=2… and
 * …/street-cases?page=2….
 */
export interface MeetingPage
  extends DocumentBase,
    PageDates,
    StoredDocument<'meeting', { speeches: Speech[]; achievements: Achievement[]; streetCases: StreetCase[] }> {
  /** How many published achievements the meeting has. */
  achievementsTotal?: number;
  /** How many published street cases the meeting has. */
  streetCasesTotal?: number;
  jsonLd: NewsArticleJsonLd;
  /** The report as plain text in reading order, one paragraph a line, for screen readers and text-to-speech; of the achievements and street cases, the ones the page carries. */
  readAloud: string;
}

export interface AchievementPage extends DocumentBase, PageDates, StoredDocument<'achievement', { meeting: MeetingSummary | null }> {
  readAloud: string;
}

export interface StreetCasePage extends DocumentBase, PageDates, StoredDocument<'street-case', { presenter: Speech | null; meeting: MeetingSummary | null }> {
  readAloud: string;
}

export interface SpeakerPage extends DocumentBase, PageDates, StoredDocument<'speaker'> {
  jsonLd: { '@context': 'https://schema.org'; '@type': 'Person'; name: string; [property: string]: unknown };
  /**
   * Their speeches at the latest `pageListSize` meetings where they spoke,
   * newest first; the rest from GET /api/newsroom/speakers/by-slug/:slug/speeches?page=2….
   */
  speeches: Array<Omit<Speech, 'speaker' | 'id'> & { meeting: MeetingSummary }>;
  /** How many meetings they spoke at (the pages of speeches count meetings). */
  speechesTotal?: number;
}

export interface PageResponse<T> {
  data: T;
}

/** A page of a list a page carries the start of (GET …/by-slug/:slug/speeches, …/achievements, …/street-cases), as Strapi's lists answer. */
export interface ListResponse<T> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

export interface ErrorResponse {
  data: null;
  error: {
    status: number;
    name: 'ValidationError' | 'NotFoundError' | 'ForbiddenError' | 'UnauthorizedError' | string;
    message: string;
    details: {
      errors?: ApiProblem[];
    };
  };
}
