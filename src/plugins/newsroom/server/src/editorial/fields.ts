/**
 * Which plain-text fields each content type and component has, what kind of
 * text they hold and how long they may be — one table for the normalizer
 * (how to clean a field) and R11 (what a field may contain).
 *
 * Lengths mirror the `maxLength` of the schemas in content-types/ and
 * components/ (title and headline 120, meeting summary 500, …), so a problem
 * is reported with a field path before the database would refuse the value.
 * Dates, enumerations, slugs, numbers and relations are not plain text and
 * are left to their own rules.
 */
import type { ContentKind, FieldPath } from './types';

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

export type ComponentName = 'editorial' | 'credit' | 'speech' | 'adopted-document' | 'metric' | 'position';

export interface ComponentFieldSpec {
  type: 'component';
  component: ComponentName;
  repeatable: boolean;
}

export type FieldSpec = TextFieldSpec | ComponentFieldSpec;

export type ShapeName = ContentKind | ComponentName;

const line = (maxLength?: number): TextFieldSpec => ({ type: 'line', maxLength });
const text = (maxLength?: number): TextFieldSpec => ({ type: 'text', maxLength });
const personName: TextFieldSpec = { type: 'person-name' };
const derived: TextFieldSpec = { type: 'derived' };
const one = (component: ComponentName): ComponentFieldSpec => ({ type: 'component', component, repeatable: false });
const many = (component: ComponentName): ComponentFieldSpec => ({ type: 'component', component, repeatable: true });

/** Titles and headlines: 120 characters, what fits a headline on a phone (content-model.md). */
const TITLE_MAX = 120;

export const SHAPES: Readonly<Record<ShapeName, Readonly<Record<string, FieldSpec>>>> = {
  meeting: {
    title: line(TITLE_MAX),
    headline: line(TITLE_MAX),
    venue: line(120),
    organizer: line(120),
    district: line(60),
    summary: text(500),
    adoptedDocuments: many('adopted-document'),
    speeches: many('speech'),
    editorial: one('editorial'),
  },
  achievement: {
    title: line(TITLE_MAX),
    summary: text(),
    metrics: many('metric'),
    editorial: one('editorial'),
  },
  'street-case': {
    title: line(TITLE_MAX),
    street: line(60),
    community: line(60),
    district: line(60),
    summary: text(),
    honors: text(),
    presenter: one('speech'),
    editorial: one('editorial'),
  },
  speaker: {
    name: personName,
    positions: many('position'),
    bio: text(),
  },
  editorial: {
    source: line(120),
    sourceUrl: line(2048),
    channel: line(120),
    dateline: line(255),
    credits: many('credit'),
    creditLine: derived,
    byline: derived,
  },
  credit: { name: personName },
  speech: { speakerDescription: text(), summary: text() },
  'adopted-document': { title: line(255) },
  metric: { label: line(120), unit: line(32), note: line(255) },
  position: { organization: line(120), title: line(120) },
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
  return Object.entries(SHAPES[shape]).flatMap(([field, spec]): TextFieldValue[] => {
    const value = data[field];
    const path = [...basePath, field];
    if (spec.type !== 'component') return typeof value === 'string' ? [{ path, value, spec }] : [];
    if (!spec.repeatable) return textFieldsOf(spec.component, value, path);
    return Array.isArray(value) ? value.flatMap((item, index) => textFieldsOf(spec.component, item, [...path, index])) : [];
  });
}
