/**
 * Which plain-text fields each content type and component has, what kind of
 * text they hold and how long they may be — one table for the normalizer
 * (how to clean a field) and R11 (what a field may contain).
 *
 * Read from the schema.json files of the registry's kinds and of the
 * components, so a length is written once, where the column is defined, and
 * a problem is reported with a field path before the database would refuse
 * the value. A string attribute's `pluginOptions.newsroom.text` says when it
 * is more than plain text: `person-name` (R1) or `derived` (written by the
 * core). Dates, enumerations, slugs, numbers and relations are not plain
 * text and are left to their own rules.
 */
import { COMPONENT_SCHEMAS, componentName, PLAIN_KINDS, type SchemaAttribute } from '../kinds/plain';
import type { FieldPath } from './types';

/**
 * `line`: a single-line string (spaces collapsed, no line breaks).
 * `text`: multi-line text; line breaks and tabs are content.
 * `person-name`: a person's name, normalized and checked by the credit-name rule (R1).
 * `derived`: a single-line string the core writes itself (creditLine, byline);
 *   editors cannot fix it, so faults are reported at its sources, not here.
 */
export type TextFieldType = 'line' | 'text' | 'person-name' | 'derived';

export interface TextFieldSpec {
  type: TextFieldType;
  maxLength?: number;
}

export interface ComponentFieldSpec {
  type: 'component';
  /** The component's name: `editorial` for `newsroom.editorial`. */
  component: string;
  repeatable: boolean;
}

export type FieldSpec = TextFieldSpec | ComponentFieldSpec;

/** A kind's name (`meeting`) or a component's (`credit`). */
export type ShapeName = string;

const specOf = (attribute: SchemaAttribute): FieldSpec | undefined => {
  const marked = attribute.pluginOptions?.newsroom?.text;
  // R1 bounds a name itself (1–32 characters); R11 leaves it alone.
  if (marked === 'person-name') return { type: 'person-name' };
  if (marked === 'derived') return { type: 'derived' };
  if (attribute.type === 'string') return { type: 'line', maxLength: attribute.maxLength };
  if (attribute.type === 'text') return { type: 'text', maxLength: attribute.maxLength };
  if (attribute.type === 'component' && attribute.component) {
    return { type: 'component', component: componentName(attribute.component), repeatable: attribute.repeatable === true };
  }
  return undefined;
};

const shapeOf = (attributes: Record<string, SchemaAttribute>): Record<string, FieldSpec> =>
  Object.fromEntries(
    Object.entries(attributes).flatMap(([field, attribute]) => {
      const spec = specOf(attribute);
      return spec ? [[field, spec]] : [];
    })
  );

export const SHAPES: Readonly<Record<ShapeName, Readonly<Record<string, FieldSpec>>>> = {
  ...Object.fromEntries(PLAIN_KINDS.map((kind) => [kind.name, shapeOf(kind.schema.attributes)])),
  ...Object.fromEntries(Object.entries(COMPONENT_SCHEMAS).map(([name, schema]) => [name, shapeOf(schema.attributes)])),
};

/**
 * Every attribute of every kind and component as its schema.json declares it,
 * for the entrance type check (rule-field-types.ts), which needs the fields
 * this table leaves out too: dates, numbers, enumerations, relations, media.
 */
export const ATTRIBUTES: Readonly<Record<ShapeName, Readonly<Record<string, SchemaAttribute>>>> = {
  ...Object.fromEntries(PLAIN_KINDS.map((kind) => [kind.name, kind.schema.attributes])),
  ...Object.fromEntries(Object.entries(COMPONENT_SCHEMAS).map(([name, schema]) => [name, schema.attributes])),
};

export interface TextFieldValue {
  path: FieldPath;
  value: string;
  spec: TextFieldSpec;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every string held in a plain-text field of `data`, with its full path, components included. */
export function textFieldsOf(shape: ShapeName, data: unknown, basePath: FieldPath = []): TextFieldValue[] {
  if (!isRecord(data)) return [];
  return Object.entries(SHAPES[shape] ?? {}).flatMap(([field, spec]): TextFieldValue[] => {
    const value = data[field];
    const path = [...basePath, field];
    if (spec.type !== 'component') return typeof value === 'string' ? [{ path, value, spec }] : [];
    if (!spec.repeatable) return textFieldsOf(spec.component, value, path);
    return Array.isArray(value) ? value.flatMap((item, index) => textFieldsOf(spec.component, item, [...path, index])) : [];
  });
}
