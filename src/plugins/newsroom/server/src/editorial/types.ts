/**
 * Plain shapes of the newsroom's documents as the editorial core sees them.
 *
 * These mirror shared/design/content-model.md field for field. The core never
 * imports Strapi: the Strapi shell (hooks/, controllers/) turns whatever a write
 * carries (Document Service data, admin payloads, importer output) into these
 * shapes, resolving relations and media to the few facts the rules need.
 */

/** Field path as an array, the shape the admin uses to highlight a field. */
export type FieldPath = ReadonlyArray<string | number>;

/** Language of messages: zh-CN by default, English where the request's locale is `en`. */
export type MessageLanguage = 'zh-CN' | 'en';

/** One thing wrong with a document. `code` is stable; `message` is for people. */
export interface Problem {
  path: FieldPath;
  code: string;
  message: string;
}

/** Which rules run: `save` for every write, `publish` adds the "required on publish" rules. */
export type Phase = 'save' | 'publish';

export type ContentKind = 'meeting' | 'achievement' | 'street-case' | 'speaker';

/** The credit roles come from the one role table (credit-roles.ts). */
import type { CreditRole } from './credit-roles';
import type { SignOffPolicy } from './rule-sign-off-chains';
export { CREDIT_ROLES } from './credit-roles';
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

export const CORRECTION_KINDS = ['correction', 'update', 'clarification'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** A correction, update or clarification published with a report (`newsroom.correction`). */
export interface Correction {
  /** `YYYY-MM-DD` */
  date?: string | null;
  kind?: CorrectionKind | string | null;
  text?: string | null;
}

/** What every kind carries for time and history: its embargo and its corrections. */
export interface TimeFields {
  /** ISO 8601 datetime; while in the future the document is on no public path. */
  embargoUntil?: string | null;
  corrections?: Correction[] | null;
}

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

export interface MeetingData extends TimeFields {
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

export interface AchievementData extends TimeFields {
  title?: string | null;
  slug?: string | null;
  ordinal?: number | null;
  year?: number | null;
  category?: AchievementCategory | string | null;
  summary?: string | null;
  metrics?: Metric[] | null;
  editorial?: Editorial | null;
}

export interface StreetCaseData extends TimeFields {
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

export interface SpeakerData extends TimeFields {
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

/**
 * Facts from outside the document that some rules need. The shell fills
 * them from the database inside the same write.
 */
export interface CheckContext {
  phase: Phase;
  /** The document's locale, e.g. `zh-Hans` or `en`; R8 applies to zh-Hans only. */
  locale: string;
  /** Language for messages. */
  language: MessageLanguage;
  /** The newsroom's sign-off policy (plugin setting `signOff`); `either` when absent. */
  signOff?: SignOffPolicy;
  /** Now, for "at most 10 minutes in the future". */
  now: Date;
  /** Achievement only: the meeting it belongs to, if any. */
  meeting?: { heldOn?: string | null } | null;
  /** Achievement only: ordinals already used by the other achievements of the same meeting and locale. */
  siblingOrdinals?: ReadonlyArray<number>;
}
