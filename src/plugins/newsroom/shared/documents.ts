/**
 * Plain shapes of the newsroom's documents as the editorial core, the
 * importer and the frontends see them: every field optional, relations and
 * media reduced to the few facts the rules need.
 *
 * These mirror the content model field for field. They live in shared/ so
 * that shared/api.ts (what frontends import) and the pure core read one copy;
 * nothing here imports the server.
 */
/** The credit roles come from the one role table (credit-roles.ts). */
import type { CreditRole } from './credit-roles';
export type { CreditRole };

export const SPEECH_ROLES = ['chair', 'address', 'report', 'relay', 'explanation', 'experience'] as const;
export type SpeechRole = (typeof SPEECH_ROLES)[number];

export const ADOPTED_DOCUMENT_ACTIONS = ['adopted', 'reviewed', 'relayed'] as const;
export type AdoptedDocumentAction = (typeof ADOPTED_DOCUMENT_ACTIONS)[number];

export const ACHIEVEMENT_CATEGORIES = [
  'service-standards',
  'organization',
  'accessibility',
  'employment',
  'assistive-devices',
  'culture-sports',
  'rehabilitation',
  'other',
] as const;
export type AchievementCategory = (typeof ACHIEVEMENT_CATEGORIES)[number];

export interface Credit {
  role?: CreditRole | string | null;
  name?: string | null;
}

export interface Editorial {
  source?: string | null;
  sourceUrl?: string | null;
  channel?: string | null;
  /** ISO 8601 datetime, e.g. 2023-04-29T09:58:00+08:00 (or a Date's ISO string in UTC). */
  reportedAt?: string | null;
  dateline?: string | null;
  credits?: Credit[] | null;
  /** Derived on every write: `[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`. */
  creditLine?: string | null;
  /** Derived on every write: `记者 田也`. */
  byline?: string | null;
}

/**
 * A relation or media reference after the shell resolved it. The core only
 * needs to know whether something is there and, for media, its name and
 * alternative text.
 */
export interface SpeakerRef {
  documentId?: string | null;
  name?: string | null;
}

export interface MediaRef {
  id?: number | string | null;
  /** The uploaded file's name, e.g. `IMG_0001.jpg`. */
  name?: string | null;
  alternativeText?: string | null;
}

export interface Speech {
  speaker?: SpeakerRef | null;
  speakerDescription?: string | null;
  role?: SpeechRole | string | null;
  summary?: string | null;
  order?: number | null;
}

export interface AdoptedDocument {
  title?: string | null;
  action?: AdoptedDocumentAction | string | null;
}

export interface Metric {
  label?: string | null;
  /** Decimal; Strapi returns decimals as numbers, an importer may pass a numeric string. */
  value?: number | string | null;
  unit?: string | null;
  note?: string | null;
}

export interface Position {
  organization?: string | null;
  title?: string | null;
}

export interface MeetingData {
  title?: string | null;
  headline?: string | null;
  slug?: string | null;
  /** `YYYY-MM-DD` */
  heldOn?: string | null;
  venue?: string | null;
  organizer?: string | null;
  district?: string | null;
  summary?: string | null;
  body?: unknown;
  adoptedDocuments?: AdoptedDocument[] | null;
  speeches?: Speech[] | null;
  cover?: MediaRef | null;
  editorial?: Editorial | null;
}

export interface AchievementData {
  title?: string | null;
  slug?: string | null;
  ordinal?: number | null;
  year?: number | null;
  category?: AchievementCategory | string | null;
  summary?: string | null;
  metrics?: Metric[] | null;
  editorial?: Editorial | null;
}

export interface StreetCaseData {
  title?: string | null;
  slug?: string | null;
  street?: string | null;
  community?: string | null;
  district?: string | null;
  summary?: string | null;
  honors?: string | null;
  presenter?: Speech | null;
  editorial?: Editorial | null;
}

export interface SpeakerData {
  name?: string | null;
  slug?: string | null;
  positions?: Position[] | null;
  photo?: MediaRef | null;
  bio?: string | null;
}

export interface DocumentByKind {
  meeting: MeetingData;
  achievement: AchievementData;
  'street-case': StreetCaseData;
  speaker: SpeakerData;
}


/** An object as Strapi answers it (a document, a component, a page), before anything reads it into one of the shapes above. */
export type PlainObject = Record<string, unknown>;
