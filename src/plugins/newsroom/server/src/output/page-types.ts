/**
 * What the page builders (JSON-LD, read-aloud text, the preview article)
 * read: one document with everything its page shows, as plain data. The
 * builders are pure; services/pages loads the data in a fixed number of
 * queries.
 *
 * The shapes are the schemas' (shared/kind-shapes.ts: the write's reading,
 * every field optional, since a preview's draft may lack what a published
 * page has), with what the page populates in place of relations and media.
 */
import type { ComponentData, DocumentData } from '../../../shared/kind-shapes';
import type { Credit, Editorial } from '../editorial/types';

/** An uploaded file as a page shows it. */
export interface MediaView {
  url: string;
  alternativeText?: string | null;
  width?: number | null;
  height?: number | null;
}

/** A speaker as a speech shows them. */
export type SpeakerSummary = { documentId: string; name: string } & Pick<DocumentData<'speaker'>, 'slug' | 'positions'>;

export type SpeechView = ComponentData<'speech', { speaker?: SpeakerSummary | null }>;

export type EditorialView = Omit<Editorial, 'credits'> & {
  credits?: Array<Required<Pick<Credit, 'role' | 'name'>>>;
};

/** An achievement as a meeting's page lists it. */
export type AchievementView = { documentId: string } & DocumentData<'achievement'>;

/** A street case as a meeting's page lists it, with its presenter. */
export type StreetCaseView = { documentId: string } & DocumentData<'street-case', { presenter?: SpeechView | null }>;

export interface BlockNode {
  type: string;
  text?: string;
  level?: number;
  children?: BlockNode[];
}

/** What every page carries for time: its first publication, its last substantive change, its corrections. */
export type PageDates = {
  /** ISO 8601: the first publication in this locale; never moves. */
  datePublished?: string | null;
  /** ISO 8601: the last correction or update; the first publication until then. */
  dateModified?: string | null;
} & Pick<DocumentData<'meeting'>, 'corrections'>;

export type MeetingView = PageDates & {
  documentId: string;
  locale: string;
  publishedAt?: string | null;
  updatedAt?: string | null;
} & DocumentData<
    'meeting',
    {
      body?: BlockNode[] | null;
      speeches?: SpeechView[];
      achievements?: AchievementView[];
      streetCases?: StreetCaseView[];
      cover?: MediaView | null;
      editorial?: EditorialView | null;
    }
  >;

/**
 * A page as the page endpoint loaded it (its kind's `pagePopulate`) read as
 * the view its builders take. The populate is what makes the shape; the types
 * cannot follow it through the Document Service.
 */
// eslint-disable-next-line no-restricted-syntax -- named exception: a page loaded with its kind's pagePopulate is the view its builders read
export const pageView = <T>(page: Record<string, unknown>): T => page as unknown as T;
