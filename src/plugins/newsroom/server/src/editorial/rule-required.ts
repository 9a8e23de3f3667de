/**
 * "Required on publish" from the field tables of content-model.md, plus the
 * speaker's name, which is required on every write (a speaker without a name
 * is nobody).
 *
 * Drafts may be incomplete: an editor saves a meeting before the report date
 * is known. Only publishing demands these fields. The editorial `source` is
 * required on publish too, but R6 reports it with its own code.
 */
import { plainKindNamed } from '../kinds/plain';
import { editorialOf, isBlank, problem, type KindedDocument } from './rule';
import type { CheckContext, Editorial, FieldPath, Problem } from './types';

type Value = string | number | object | null | undefined;

function isMissing(value: Value): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && isBlank(value);
}

function required(ctx: CheckContext, fields: ReadonlyArray<[FieldPath, Value]>): Problem[] {
  return fields.filter(([, value]) => isMissing(value)).map(([path]) => problem(ctx, path, 'field.required'));
}

/** `reportedAt` is required on publish wherever an editorial component is present. */
function editorialFields(editorial: Editorial | null | undefined): Array<[FieldPath, Value]> {
  return editorial ? [[['editorial', 'reportedAt'], editorial.reportedAt]] : [];
}

/** Required on every write, not only on publish: a speaker without a name is nobody. */
const REQUIRED_ALWAYS: Readonly<Record<string, ReadonlyArray<string>>> = { speaker: ['name'] };

/** The attributes marked `required` in the kind's schema, and `editorial.reportedAt` where an editorial is present. */
export function checkRequiredOnPublish(document: KindedDocument, ctx: CheckContext): Problem[] {
  const kind = plainKindNamed(document.kind);
  if (!kind) return [];
  const always = REQUIRED_ALWAYS[kind.name] ?? [];
  const data = document.data as Record<string, Value>;
  const fields = Object.entries(kind.schema.attributes)
    .filter(([field, attribute]) => attribute.required === true && !always.includes(field))
    .map(([field]): [FieldPath, Value] => [[field], data[field]]);
  return required(ctx, [...fields, ...editorialFields(editorialOf(document))]);
}

export function checkSpeakerNameRequired(document: KindedDocument, ctx: CheckContext): Problem[] {
  const data = document.data as Record<string, Value>;
  return required(ctx, (REQUIRED_ALWAYS[document.kind] ?? []).map((field): [FieldPath, Value] => [[field], data[field]]));
}
