/**
 * What one editorial rule is, and the small helpers every rule uses.
 *
 * A rule is a plain function from a document (tagged with its kind) and the
 * check context to the problems it finds. The table in rules.ts says when it
 * runs; the rule itself only knows what it checks.
 */
import { messageFor, type MessageParams, type ProblemCode } from './messages';
import type { CheckContext, KindName, DocumentByKind, Editorial, FieldPath, Phase, Problem } from './types';

/** A document together with its kind, so rules can narrow `data` with a switch on `kind`. */
export type KindedDocument = { [K in KindName]: { kind: K; data: DocumentByKind[K] } }[KindName];

/** Numbered as in content-model.md; `required` is the "required" column of the field tables. */
export type RuleId = 'required' | 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10' | 'R11' | 'R12' | 'slug';

export interface Rule {
  id: RuleId;
  /** `save` runs on every write; `publish` only when publishing. */
  phase: Phase;
  /** The names of the kinds the rule looks at (kinds/index.ts). */
  kinds: ReadonlyArray<string>;
  /** One line for docs/rules.md and the admin's check panel. */
  description: string;
  check: (document: KindedDocument, ctx: CheckContext) => Problem[];
}

/** A problem with its message in the context's language. */
export function problem(
  ctx: Pick<CheckContext, 'language'>,
  path: FieldPath,
  code: ProblemCode,
  params?: MessageParams,
): Problem {
  return { path, code, message: messageFor(code, ctx.language, params) };
}

/** The editorial component of any kind that has one. */
export function editorialOf(document: KindedDocument): Editorial | null | undefined {
  return document.kind === 'speaker' ? undefined : document.data.editorial;
}

/**
 * Blank means absent: null, undefined, or only whitespace. The entrance check
 * (rule-field-types.ts) refuses other types first; anything else is not blank.
 */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
