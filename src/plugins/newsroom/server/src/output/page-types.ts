/**
 * What the page endpoints return: one document with everything a frontend
 * renders, as plain data. The builders here (JSON-LD, read-aloud text) are
 * pure; services/pages/index.ts loads the data in a fixed number of queries.
 */
import type { AdoptedDocument, Credit, Editorial, Metric, Position, SpeechRole } from '../editorial/types';

export interface SpeakerSummary {
  documentId: string;
  name: string;
  slug?: string | null;
  positions?: Position[];
}

export interface SpeechView {
  role?: SpeechRole | string | null;
  summary?: string | null;
  order?: number | null;
  speakerDescription?: string | null;
  speaker?: SpeakerSummary | null;
}

export interface MediaView {
  url: string;
  alternativeText?: string | null;
  width?: number | null;
  height?: number | null;
}

export interface EditorialView extends Omit<Editorial, 'credits'> {
  credits?: Array<Required<Pick<Credit, 'role' | 'name'>>>;
}

export interface AchievementView {
  documentId: string;
  slug?: string | null;
  ordinal?: number | null;
  title?: string | null;
  year?: number | null;
  category?: string | null;
  summary?: string | null;
  metrics?: Metric[];
}

export interface StreetCaseView {
  documentId: string;
  slug?: string | null;
  title?: string | null;
  street?: string | null;
  community?: string | null;
  district?: string | null;
  summary?: string | null;
  honors?: string | null;
  presenter?: SpeechView | null;
}

export interface BlockNode {
  type: string;
  text?: string;
  level?: number;
  children?: BlockNode[];
}

export interface MeetingView {
  documentId: string;
  locale: string;
  slug?: string | null;
  title?: string | null;
  headline?: string | null;
  heldOn?: string | null;
  venue?: string | null;
  organizer?: string | null;
  district?: string | null;
  summary?: string | null;
  body?: BlockNode[] | null;
  adoptedDocuments?: AdoptedDocument[];
  speeches?: SpeechView[];
  achievements?: AchievementView[];
  streetCases?: StreetCaseView[];
  cover?: MediaView | null;
  editorial?: EditorialView | null;
  publishedAt?: string | null;
  updatedAt?: string | null;
}

/**
 * A page as the page endpoint loaded it (its kind's `pagePopulate`) read as
 * the view its builders take. The populate is what makes the shape; the types
 * cannot follow it through the Document Service.
 */
// eslint-disable-next-line no-restricted-syntax -- named exception: a page loaded with its kind's pagePopulate is the view its builders read
export const pageView = <T>(page: Record<string, unknown>): T => page as unknown as T;
