/**
 * Labels of the credit roles in the content manager (the `role` dropdown of a
 * credit, list views), read from the one role table (shared/credit-roles.ts)
 * that the editorial core reads too, so that a role added there is labelled
 * here in both languages.
 */
import { CREDIT_ROLE_TABLE } from '../../../shared/credit-roles';

/** `{ reporter: '记者', … }` for zh-Hans, `{ reporter: 'Reporter', … }` for English; `{}` for other locales. */
export const roleMessages = (locale: string): Record<string, string> => {
  if (locale === 'zh-Hans') return Object.fromEntries(CREDIT_ROLE_TABLE.map((entry) => [entry.role, entry.zh]));
  if (locale === 'en') return Object.fromEntries(CREDIT_ROLE_TABLE.map((entry) => [entry.role, entry.en]));
  return {};
};
