/**
 * Plain shapes of the newsroom's documents as the editorial core and the
 * importer see them: every field optional, relations and media reduced to
 * the few facts the rules need.
 *
 * Derived from the schemas (kind-shapes.ts over the generated
 * kind-schemas.ts), not written out: a field changed in a schema.json changes
 * these after `npm run types:generate`. They live in shared/ so that
 * shared/api.ts (what frontends import) and the pure core read one source;
 * nothing here imports the server.
 */
/** The credit roles come from the one role table (credit-roles.ts). */
import type { CreditRole } from './credit-roles';
export type { CreditRole };

import { COMPONENT_SCHEMAS, KIND_SCHEMAS } from './kind-schemas';
import type { ComponentData, ComponentEnum, DocumentData, KindEnum, KindName, RelationRef } from './kind-shapes';
export type { KindName, MediaRef } from './kind-shapes';

/** The enumerations, as the schemas list them. */
export const SPEECH_ROLES = COMPONENT_SCHEMAS.speech.attributes.role.enum;
export type SpeechRole = ComponentEnum<'speech', 'role'>;

export const ADOPTED_DOCUMENT_ACTIONS = COMPONENT_SCHEMAS['adopted-document'].attributes.action.enum;
export type AdoptedDocumentAction = ComponentEnum<'adopted-document', 'action'>;

export const ACHIEVEMENT_CATEGORIES = KIND_SCHEMAS.achievement.attributes.category.enum;
export type AchievementCategory = KindEnum<'achievement', 'category'>;

export const CORRECTION_KINDS = COMPONENT_SCHEMAS.correction.attributes.kind.enum;
export type CorrectionKind = ComponentEnum<'correction', 'kind'>;

/** credit.json's roles are the role table's (credit-roles.ts): a role in one and not the other does not compile. */
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type CreditRolesAgree = Holds<SameSet<ComponentEnum<'credit', 'role'>, CreditRole>>;

/** A correction, update or clarification published with a report (`newsroom.correction`). */
export type Correction = ComponentData<'correction'>;
export type Credit = ComponentData<'credit'>;
/** Source, report time and credits; `creditLine` (`[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`) and `byline` (`记者 田也`) are derived on every write. */
export type Editorial = ComponentData<'editorial'>;
/** A speech's speaker after the shell resolved the relation: its document id and name. */
export type SpeakerRef = RelationRef;
export type Speech = ComponentData<'speech'>;
export type AdoptedDocument = ComponentData<'adopted-document'>;
/** `value` is a decimal: Strapi returns numbers, an importer may pass a numeric string. */
export type Metric = ComponentData<'metric'>;
export type Position = ComponentData<'position'>;

/** What every kind carries for time and history: its embargo (while in the future, on no public path) and its corrections. */
export type TimeFields = Pick<DocumentData<'meeting'>, 'embargoUntil' | 'corrections'>;

export type MeetingData = DocumentData<'meeting'>;
export type AchievementData = DocumentData<'achievement'>;
export type StreetCaseData = DocumentData<'street-case'>;
export type SpeakerData = DocumentData<'speaker'>;

/** A write's data by kind name. */
export type DocumentByKind = { [K in KindName]: DocumentData<K> };

/** An object as Strapi answers it (a document, a component, a page), before anything reads it into one of the shapes above. */
export type PlainObject = Record<string, unknown>;
