/**
 * What the editorial core derives from the credit role table
 * (shared/credit-roles.ts, which the admin's labels read too): role lists by
 * place, the words accepted when pasted or imported, labels.
 */
import { CREDIT_ROLE_TABLE, type CreditRole } from '../../../shared/credit-roles';

export { CREDIT_ROLE_TABLE, type CreditRole, type RoleEntry, type RolePlace } from '../../../shared/credit-roles';

/** Every role value, in canonical order. */
export const CREDIT_ROLES: ReadonlyArray<CreditRole> = CREDIT_ROLE_TABLE.map((entry) => entry.role);

export interface RoleLabel {
  zh: string;
  en: string;
  enPlural: string;
}

export const CREDIT_ROLE_LABELS: Readonly<Record<CreditRole, RoleLabel>> = Object.fromEntries(
  CREDIT_ROLE_TABLE.map(({ role, zh, en, enPlural }) => [role, { zh, en, enPlural }]),
) as Record<CreditRole, RoleLabel>;

/** Roles printed in the byline at the top of a report (`记者 田也`). */
export const FIELD_ROLES: ReadonlyArray<CreditRole> = CREDIT_ROLE_TABLE.filter((entry) => entry.place === 'byline').map(
  (entry) => entry.role,
);

/** Roles printed in the credit line at the foot (`[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`). */
export const DESK_ROLES: ReadonlyArray<CreditRole> = CREDIT_ROLE_TABLE.filter((entry) => entry.place === 'desk').map(
  (entry) => entry.role,
);

export interface RoleWord {
  word: string;
  role: CreditRole;
}

/**
 * Every Chinese word the parser accepts for a role: printed words and
 * aliases. Longest first, so that 责任编辑 wins over 编辑 and 摄影记者 over
 * 摄影 when both match at the same position.
 */
export const ROLE_WORDS: ReadonlyArray<RoleWord> = CREDIT_ROLE_TABLE.flatMap(({ role, zh, aliases }) =>
  [zh, ...aliases].map((word) => ({ word, role })),
).sort((a, b) => b.word.length - a.word.length);

export function isCreditRole(value: unknown): value is CreditRole {
  return typeof value === 'string' && (CREDIT_ROLES as ReadonlyArray<string>).includes(value);
}

/**
 * The role a word names: the enumeration value, a printed word or alias
 * (记者, 责编, 终审), or the English label in either number (Reporter,
 * Editors), case-insensitive. `undefined` when none.
 */
export function roleFromWord(text: string): CreditRole | undefined {
  const word = text.trim();
  if (isCreditRole(word)) return word;
  const printed = ROLE_WORDS.find((entry) => entry.word === word);
  if (printed) return printed.role;
  const lower = word.toLowerCase();
  return CREDIT_ROLE_TABLE.find((entry) => entry.en.toLowerCase() === lower || entry.enPlural.toLowerCase() === lower)
    ?.role;
}

/** The role's label in a language: the Chinese word, or the English one for one or several people. */
export function roleLabel(role: CreditRole, language: 'zh' | 'en', count = 1): string {
  const label = CREDIT_ROLE_LABELS[role];
  if (language === 'zh') return label.zh;
  return count > 1 ? label.enPlural : label.en;
}
