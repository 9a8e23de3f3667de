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
