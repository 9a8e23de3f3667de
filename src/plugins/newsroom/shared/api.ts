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
}

export type Locale = 'zh-Hans' | 'en' | (string & {});
export type { AchievementCategory, CreditRole, SpeechRole } from './documents';
import type { AchievementCategory, CreditRole, SpeechRole } from './documents';

interface DocumentBase {
  id: number;
  documentId: string;
  locale: Locale;
  slug: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string;
}

export interface Credit {
  id: number;
  role: CreditRole;
  name: string;
}

export interface Editorial {
  id: number;
  source: string | null;
  sourceUrl: string | null;
  channel: string | null;
  /** ISO 8601 in UTC, e.g. 2023-04-29T01:58:00.000Z (09:58 in Beijing). */
  reportedAt: string | null;
  dateline: string | null;
  credits: Credit[];
  /** `[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]` */
  creditLine: string | null;
  /** `记者 田也` */
  byline: string | null;
}

export interface Position {
  id: number;
  organization: string | null;
  title: string | null;
}

export interface SpeakerSummary {
  id: number;
  documentId: string;
  name: string;
  slug: string;
  positions: Position[];
}

export interface Speech {
  id: number;
  role: SpeechRole | null;
  summary: string | null;
  order: number | null;
  speakerDescription: string | null;
  speaker: SpeakerSummary | null;
}

export interface Metric {
  id: number;
  label: string | null;
  value: number | null;
  unit: string | null;
  note: string | null;
}

export interface Media {
  id: number;
  documentId: string;
  url: string;
  alternativeText: string | null;
  width: number | null;
  height: number | null;
  formats: Record<string, { url: string; width: number; height: number }> | null;
}

/** Blocks as Strapi stores them (`@strapi/blocks-react-renderer` renders them). */
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: string; children?: InlineNode[] };
export type InlineNode = { type: 'text'; text: string; bold?: boolean; italic?: boolean } | { type: string; [key: string]: unknown };

export interface Achievement extends DocumentBase {
  title: string;
  ordinal: number;
  year: number;
  category: AchievementCategory | null;
  summary: string | null;
  metrics: Metric[];
}

export interface StreetCase extends DocumentBase {
  title: string;
  street: string;
  community: string | null;
  district: string | null;
  summary: string | null;
  honors: string | null;
  presenter: Speech | null;
}

export interface MeetingSummary {
  id: number;
  documentId: string;
  title: string;
  slug: string;
  heldOn: string;
  venue: string | null;
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

export interface MeetingPage extends DocumentBase {
  title: string;
  headline: string | null;
  /** `YYYY-MM-DD` */
  heldOn: string;
  venue: string | null;
  organizer: string;
  district: string | null;
  summary: string | null;
  body: Block[] | null;
  adoptedDocuments: Array<{ id: number; title: string; action: 'adopted' | 'reviewed' | 'relayed' }>;
  speeches: Speech[];
  /** Sorted by ordinal. */
  achievements: Achievement[];
  streetCases: StreetCase[];
  cover: Media | null;
  editorial: Editorial;
  jsonLd: NewsArticleJsonLd;
  /** The report as plain text in reading order, one paragraph a line, for screen readers and text-to-speech. */
  readAloud: string;
}

export interface AchievementPage extends Achievement {
  meeting: MeetingSummary | null;
  editorial: Editorial | null;
  readAloud: string;
}

export interface StreetCasePage extends StreetCase {
  meeting: MeetingSummary | null;
  editorial: Editorial | null;
  readAloud: string;
}

export interface SpeakerPage extends DocumentBase {
  name: string;
  positions: Position[];
  photo: Media | null;
  bio: string | null;
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
