/**
 * R11: plain-text fields hold plain text.
 *
 * Frontends render these fields as text; markup pasted from a web page
 * (`<b>陈飞</b>`) would show as tags or, worse, be rendered by a careless
 * frontend. Control characters (U+0000, U+001B …) are invisible, break
 * exports and search, and come only from broken copy-paste. Multi-line text
 * fields keep line breaks and tabs. Code points that are not characters —
 * lone surrogates and the noncharacters U+FDD0–U+FDEF and U+FFFE/U+FFFF of
 * every plane — cannot be carried by XML (the feeds and sitemaps) or are
 * reserved for a program's own use, and come only from broken converters.
 * Lengths follow fields.ts.
 *
 * Person names are left to R1, which reports the same faults with a more
 * precise code; creditLine and byline are written by the core from those
 * names, so their faults are reported at the names.
 */
import { textFieldsOf, type TextFieldValue } from './fields';
import { problem, type KindedDocument } from './rule';
import { characterCount } from './text';
import type { CheckContext, Problem } from './types';

/** An opening, closing or self-closing tag, or a comment: `<b>`, `</p>`, `<br/>`, `<!--`. */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/;

const CONTROL_CHARACTER = /\p{Cc}/u;
/** Lone surrogates (with the `u` flag a pair is one code point) and the 66 noncharacters. */
const NOT_A_CHARACTER = /[\p{Cs}\p{Noncharacter_Code_Point}]/u;
/** In multi-line text, line feed, carriage return and tab are content. */
const CONTROL_CHARACTER_IN_TEXT = /(?![\n\r\t])\p{Cc}/u;

function checkField({ path, value, spec }: TextFieldValue, ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const tag = HTML_TAG.exec(value);
  if (tag) problems.push(problem(ctx, path, 'text.html', { tag: tag[0].slice(0, 24) }));
  const control = spec.type === 'text' ? CONTROL_CHARACTER_IN_TEXT : CONTROL_CHARACTER;
  if (control.test(value)) problems.push(problem(ctx, path, 'text.control-characters'));
  if (NOT_A_CHARACTER.test(value)) problems.push(problem(ctx, path, 'text.noncharacters'));
  const length = characterCount(value);
  if (spec.maxLength !== undefined && length > spec.maxLength) {
    problems.push(problem(ctx, path, 'text.too-long', { max: spec.maxLength, length }));
  }
  return problems;
}

export function checkPlainText(document: KindedDocument, ctx: CheckContext): Problem[] {
  return textFieldsOf(document.kind, document.data)
    .filter((field) => field.spec.type !== 'person-name' && field.spec.type !== 'derived')
    .flatMap((field) => checkField(field, ctx));
}
