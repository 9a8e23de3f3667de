/**
 * "Required on publish" from the field tables of content-model.md, plus the
 * speaker's name, which is required on every write (a speaker without a name
 * is nobody).
 *
 * Drafts may be incomplete: an editor saves a meeting before the report date
 * is known. Only publishing demands these fields. The editorial `source` is
 * required on publish too, but R6 reports it with its own code.
 */
import { isBlank, problem, type KindedDocument } from './rule';
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

export function checkRequiredOnPublish(document: KindedDocument, ctx: CheckContext): Problem[] {
  switch (document.kind) {
    case 'meeting': {
      const { data } = document;
      return required(ctx, [
        [['title'], data.title],
        [['heldOn'], data.heldOn],
        [['organizer'], data.organizer],
        [['editorial'], data.editorial],
        ...editorialFields(data.editorial),
      ]);
    }
    case 'achievement': {
      const { data } = document;
      return required(ctx, [
        [['title'], data.title],
        [['ordinal'], data.ordinal],
        [['year'], data.year],
        ...editorialFields(data.editorial),
      ]);
    }
    case 'street-case': {
      const { data } = document;
      return required(ctx, [[['title'], data.title], [['street'], data.street], ...editorialFields(data.editorial)]);
    }
    case 'speaker':
      return [];
  }
}

export function checkSpeakerNameRequired(document: KindedDocument, ctx: CheckContext): Problem[] {
  return document.kind === 'speaker' ? required(ctx, [[['name'], document.data.name]]) : [];
}
