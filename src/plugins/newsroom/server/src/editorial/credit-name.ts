/**
 * What a credit name is (rule R1) and its one canonical spelling.
 *
 * A name is a person's name in any script: 田也, 阿卜杜·热合曼, Mary O'Neil.
 * Anything else in the field — digits, brackets, a colon, markup — means
 * something other than a name was typed or pasted there (a role, a date, a
 * whole credit line), and the editor should see it.
 */
import { characterCount, normalizeLine } from './text';

/** R1: 1–32 characters after trim and NFC. 32 fits the longest transliterated names. */
export const CREDIT_NAME_MAX_LENGTH = 32;

/**
 * Look-alikes of the middle dot (U+00B7) that input methods and fonts produce
 * in transliterated names: bullet, katakana middle dot, hyphenation point,
 * full-width full stop … They all mean the same separator, so they become `·`
 * and 阿卜杜•热合曼 equals 阿卜杜·热合曼.
 */
const MIDDLE_DOT_LOOK_ALIKES = /[\u0387\u2022\u2027\u2219\u22C5\u2E31\u30FB\uFF0E\uFF65]/g;

/** Typographic apostrophes (O’Neil) become the plain one (O'Neil). */
const APOSTROPHE_LOOK_ALIKES = /[\u2018\u2019]/g;

/** Unicode hyphens (U+2010, U+2011) become ASCII `-`. */
const HYPHEN_LOOK_ALIKES = /[\u2010\u2011]/g;

/** Letters of any script with their combining marks, `·`, `-`, `'` and single inner spaces. */
const NAME_PATTERN = /^[\p{L}\p{M}·'-]+(?: [\p{L}\p{M}·'-]+)*$/u;

export function normalizeCreditName(name: string): string {
  return normalizeLine(name)
    .replace(MIDDLE_DOT_LOOK_ALIKES, '·')
    .replace(APOSTROPHE_LOOK_ALIKES, "'")
    .replace(HYPHEN_LOOK_ALIKES, '-');
}

export type CreditNameFault = 'empty' | 'too-long' | 'invalid';

/** Why a name is not a valid credit name, or `undefined` when it is one. */
export function creditNameFault(name: string | null | undefined): CreditNameFault | undefined {
  const normalized = normalizeCreditName(name ?? '');
  if (normalized === '') return 'empty';
  if (characterCount(normalized) > CREDIT_NAME_MAX_LENGTH) return 'too-long';
  // A name needs at least one letter: `·` or `'` alone names nobody.
  if (!NAME_PATTERN.test(normalized) || !/\p{L}/u.test(normalized)) return 'invalid';
  return undefined;
}

export function isValidCreditName(name: string | null | undefined): boolean {
  return creditNameFault(name) === undefined;
}
