/**
 * The credit roles: the one table every other place reads.
 *
 * content-model.md, "Credits: roles, sign-off policies, house styles", row for
 * row: the stored enumeration value, the word Chinese reports print, the other
 * words accepted when a credit is pasted or imported, and the English words.
 * The component enumeration (components/credit.json, and with it the GraphQL
 * enum and the generated types), the rules, the parser and formatters, the
 * admin's labels and the read-aloud text all come from here; a unit test fails
 * when credit.json's enum and this table disagree.
 *
 * The order of the table is the canonical order: the people who gathered the
 * story first (byline roles), then the desk that checked it (desk roles), as
 * in `记者 田也 [编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`. Stored values of the five
 * roles that existed before the table grew are unchanged.
 */

/** Where a role is printed: the byline at the top, or the credit line at the foot. */
export type RolePlace = 'byline' | 'desk';

export interface RoleEntry {
  /** The stored enumeration value. */
  role: string;
  /** As printed in Chinese reports: 记者, 责任编辑 … */
  zh: string;
  /** Other words for the same role, accepted when pasted or imported. */
  aliases: ReadonlyArray<string>;
  /** English, one person: `Reporter`, `Responsible editor`. */
  en: string;
  /** English, several people: `Editors`. */
  enPlural: string;
  place: RolePlace;
}

export const CREDIT_ROLE_TABLE = [
  { role: 'reporter', zh: '记者', aliases: ['首席记者'], en: 'Reporter', enPlural: 'Reporters', place: 'byline' },
  { role: 'correspondent', zh: '通讯员', aliases: ['特约记者'], en: 'Correspondent', enPlural: 'Correspondents', place: 'byline' },
  { role: 'photographer', zh: '摄影', aliases: ['摄影记者', '图'], en: 'Photographer', enPlural: 'Photographers', place: 'byline' },
  { role: 'intern', zh: '实习生', aliases: ['实习记者'], en: 'Intern', enPlural: 'Interns', place: 'byline' },
  { role: 'editor', zh: '编辑', aliases: ['初审'], en: 'Editor', enPlural: 'Editors', place: 'desk' },
  { role: 'trainee-editor', zh: '见习编辑', aliases: [], en: 'Trainee editor', enPlural: 'Trainee editors', place: 'desk' },
  { role: 'proofreader', zh: '审读', aliases: ['校对'], en: 'Proofreader', enPlural: 'Proofreaders', place: 'desk' },
  { role: 'responsible-editor', zh: '责任编辑', aliases: ['责编'], en: 'Responsible editor', enPlural: 'Responsible editors', place: 'desk' },
  { role: 'second-reviewer', zh: '二审', aliases: ['复审'], en: 'Second reviewer', enPlural: 'Second reviewers', place: 'desk' },
  { role: 'final-reviewer', zh: '三审', aliases: ['终审'], en: 'Final reviewer', enPlural: 'Final reviewers', place: 'desk' },
] as const satisfies ReadonlyArray<RoleEntry>;

export type CreditRole = (typeof CREDIT_ROLE_TABLE)[number]['role'];

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
