/**
 * The editorial core's public API: plain TypeScript, no Strapi. The Strapi
 * shell (hooks/, services/, controllers/) and the importer use only what is
 * exported here.
 */
export * from './types';
export { normalizeDocument, type NormalizeOptions } from './normalize';
export { checkDocument, appliesTo } from './check';
export { RULES } from './rules';
export type { Rule, RuleId, KindedDocument } from './rule';
export {
  parseCreditLine,
  looksLikeCreditLine,
  formatCreditLine,
  formatByline,
  formatCredits,
  type ParsedCredit,
  type CreditInput,
} from './credit-line';
export { CREDIT_ROLE_LABELS, FIELD_ROLES, DESK_ROLES, isCreditRole, type RoleLabel } from './credit-roles';
export { normalizeCreditName, creditNameFault, isValidCreditName, CREDIT_NAME_MAX_LENGTH } from './credit-name';
export { formatDateline } from './dateline';
export { parseDateOnly, parseDateTime, shanghaiDateOf, NEWSROOM_TIME_ZONE, type CalendarDate } from './dates';
export { messageFor, isProblemCode, PROBLEM_CODES, type ProblemCode, type MessageParams } from './messages';
export { toSlug, slugFor, fallbackSlug, withSuffix, normalizeSlug, isValidSlug, SLUG_MAX_LENGTH } from './slug';
export { slugTakenProblem } from './rule-slug';
