/**
 * The entrance check: every field of a write holds the JSON type its schema
 * declares, and no text is far over its limit — before any other rule, the
 * normalizer or the database look at it.
 *
 * The rules and the normalizer assume a title is a string, credits an array
 * of objects, a date a string; a write that says otherwise (a REST body,
 * a GraphQL input, the admin's live check) is answered here with a
 * `field.type` problem at the field's exact path, so it gets a 400
 * ValidationError and never reaches code that would throw on it. Text far
 * longer than its field allows is refused (`text.too-long`) before the
 * normalizer splits or cleans it, so the work a write costs stays bounded by
 * the field limits, not by the body size.
 *
 * The table is the schema itself (fields.ts ATTRIBUTES): a field added to a
 * schema.json is checked from then on. Values of fields a schema does not
 * know are left to Strapi, which refuses unknown keys itself.
 */
import { componentName, type SchemaAttribute } from '../kinds/plain';
import { ATTRIBUTES, SHAPES, isRecord, type ShapeName } from './fields';
import { messageFor, type ProblemCode } from './messages';
import type { FieldPath, MessageLanguage, Problem } from './types';

/** The JSON types a problem message names. */
export type JsonType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** What a field may hold, named for the message. */
type Expected = 'text' | 'number' | 'boolean' | 'object' | 'list-of-objects' | 'relation' | 'blocks';

/**
 * A text field's early bound: twice its `maxLength` (whitespace the
 * normalizer removes may make up the rest; R11 then checks the exact limit),
 * and for fields without one the size of a MySQL TEXT column.
 */
const UNBOUNDED_TEXT = 65_535;
/** Enumerations, dates and the like are short; anything longer cannot be one. */
const SHORT_VALUE = 255;
/**
 * A person's name is at most 32 characters (R1), but a whole credit line may
 * be pasted into one and is split by the normalizer: it is bounded by the
 * length of the credit line it would become.
 */
const PASTED_CREDIT_LINE = (() => {
  const spec = SHAPES.editorial?.creditLine;
  return spec && spec.type !== 'component' && spec.maxLength ? spec.maxLength : 1024;
})();

export const jsonTypeOf = (value: unknown): JsonType => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return type;
  return 'object';
};

const TEXT_TYPES = new Set(['string', 'text', 'uid', 'enumeration', 'email', 'password', 'richtext', 'date', 'datetime', 'time']);
const NUMBER_TYPES = new Set(['integer', 'biginteger', 'decimal', 'float']);

const expectedOf = (attribute: SchemaAttribute): Expected | undefined => {
  if (TEXT_TYPES.has(attribute.type)) return 'text';
  if (NUMBER_TYPES.has(attribute.type)) return 'number';
  if (attribute.type === 'boolean') return 'boolean';
  if (attribute.type === 'component') return attribute.repeatable ? 'list-of-objects' : 'object';
  if (attribute.type === 'relation' || attribute.type === 'media') return 'relation';
  if (attribute.type === 'blocks') return 'blocks';
  return undefined; // json and unknown types hold anything
};

const NUMERIC = /^\s*-?\d+(\.\d+)?\s*$/;

/** Whether `value` has a JSON type `expected` accepts; null clears any field. */
const accepts = (expected: Expected, value: unknown): boolean => {
  if (value === null) return true;
  switch (expected) {
    case 'text':
      return typeof value === 'string';
    case 'number':
      // Decimals travel as strings too (an importer, a spreadsheet): a numeric string is a number.
      return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && NUMERIC.test(value) && value.length <= 64);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isRecord(value);
    case 'list-of-objects':
    case 'blocks':
      return Array.isArray(value);
    case 'relation':
      // A documentId, an id, { documentId }, a list, { connect, disconnect, set }: Strapi reads the rest.
      // An empty string names nothing (Strapi would answer "Invalid relations" without a field).
      return (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isInteger(value)) || Array.isArray(value) || isRecord(value);
  }
};

const EXPECTED_WORDS: Readonly<Record<Expected, Readonly<Record<MessageLanguage, string>>>> = {
  text: { 'zh-CN': '文本', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  boolean: { 'zh-CN': '是或否', en: 'true or false' },
  object: { 'zh-CN': '对象', en: 'an object' },
  'list-of-objects': { 'zh-CN': '对象列表', en: 'a list of objects' },
  relation: { 'zh-CN': '关联（ID 或 documentId）', en: 'a relation (an id or documentId)' },
  blocks: { 'zh-CN': '块列表', en: 'a list of blocks' },
};

const GIVEN_WORDS: Readonly<Record<JsonType, Readonly<Record<MessageLanguage, string>>>> = {
  string: { 'zh-CN': '文本', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  boolean: { 'zh-CN': '布尔值', en: 'a boolean' },
  object: { 'zh-CN': '对象', en: 'an object' },
  array: { 'zh-CN': '列表', en: 'a list' },
  null: { 'zh-CN': '空值', en: 'null' },
};

const make = (path: FieldPath, code: ProblemCode, language: MessageLanguage, params: Record<string, string | number>): Problem => ({
  path,
  code,
  message: messageFor(code, language, params),
});

const typeProblem = (path: FieldPath, expected: Expected, value: unknown, language: MessageLanguage): Problem =>
  make(path, 'field.type', language, { expected: EXPECTED_WORDS[expected][language], given: GIVEN_WORDS[jsonTypeOf(value)][language] });

/** The early length bound of a text field and the limit its message names. */
const lengthBound = (shape: ShapeName, field: string, attribute: SchemaAttribute): { bound: number; max: number } => {
  const spec = SHAPES[shape]?.[field];
  if (spec?.type === 'person-name') return { bound: PASTED_CREDIT_LINE, max: PASTED_CREDIT_LINE };
  if (attribute.maxLength) return { bound: attribute.maxLength * 2, max: attribute.maxLength };
  if (attribute.type === 'text' || attribute.type === 'richtext') return { bound: UNBOUNDED_TEXT, max: UNBOUNDED_TEXT };
  if (attribute.type === 'string') return { bound: SHORT_VALUE * 4, max: SHORT_VALUE * 4 };
  return { bound: SHORT_VALUE, max: SHORT_VALUE };
};

/**
 * The entrance problems of `data` written to `shape` (a kind or a component):
 * wrong JSON types (`field.type`) and text far over its limit
 * (`text.too-long`), each at its full path. Components are walked; a
 * field with a problem is not looked into further.
 */
export function checkFieldTypes(shape: ShapeName, data: unknown, language: MessageLanguage, basePath: FieldPath = []): Problem[] {
  if (!isRecord(data)) return [];
  const problems: Problem[] = [];
  for (const [field, attribute] of Object.entries(ATTRIBUTES[shape] ?? {})) {
    if (!(field in data) || data[field] === undefined) continue;
    const value = data[field];
    const path = [...basePath, field];
    const expected = expectedOf(attribute);
    if (!expected) continue;
    if (!accepts(expected, value)) {
      problems.push(typeProblem(path, expected, value, language));
      continue;
    }
    if (typeof value === 'string' && expected === 'text') {
      const { bound, max } = lengthBound(shape, field, attribute);
      if (value.length > bound) problems.push(make(path, 'text.too-long', language, { max, length: value.length }));
      continue;
    }
    if (attribute.type !== 'component' || !attribute.component || value === null) continue;
    const component = componentName(attribute.component);
    if (!Array.isArray(value)) {
      problems.push(...checkFieldTypes(component, value, language, path));
      continue;
    }
    value.forEach((item: unknown, index) => {
      if (!isRecord(item)) problems.push(typeProblem([...path, index], 'object', item, language));
      else problems.push(...checkFieldTypes(component, item, language, [...path, index]));
    });
  }
  return problems;
}
