/**
 * Plain shapes of the newsroom's documents as the editorial core sees them.
 *
 * These mirror shared/design/content-model.md field for field. The core never
 * imports Strapi: the Strapi shell (document-middlewares/, controllers/) turns whatever a write
 * carries (Document Service data, admin payloads, importer output) into these
 * shapes, resolving relations and media to the few facts the rules need.
 */

/** Field path as an array, the shape the admin uses to highlight a field. */
export type FieldPath = ReadonlyArray<string | number>;

/** Language of messages (shared/locale.ts). */
export type { MessageLanguage } from '../../../shared/locale';

/** One thing wrong with a document. `code` is stable; `message` is for people. */
export interface Problem {
  path: FieldPath;
  code: string;
  message: string;
}

/** Which rules run: `save` for every write, `publish` adds the "required on publish" rules. */
export type Phase = 'save' | 'publish';

/** A kind's singular name (`meeting`), as the schemas say (shared/kind-shapes.ts): not the registry's `Kind` (kinds/), nor a schema's `kind` (Strapi's collectionType). */
export type { KindName } from '../../../shared/kind-shapes';

/** The documents' data shapes live in shared/documents.ts, read by the core, the importer and the frontends alike. */
import type { SignOffPolicy } from './sign-off-policies';
import type { MessageLanguage } from '../../../shared/locale';
import type { MeetingData } from '../../../shared/documents';
export { CREDIT_ROLES } from './credit-roles';
export * from '../../../shared/documents';

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
  meeting?: Pick<MeetingData, 'heldOn'> | null;
  /** Achievement only: ordinals already used by the other achievements of the same meeting and locale. */
  siblingOrdinals?: ReadonlyArray<number>;
}
