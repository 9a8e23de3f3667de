/**
 * The editorial core's public API: plain TypeScript, no Strapi. The Strapi
 * shell (document-middlewares/, services/, controllers/) and the importer use only what is
 * exported here.
 */
export * from './types';
export { normalizeDocument, type NormalizeOptions } from './normalize';
export { checkDocument, appliesTo } from './check';
export { checkFieldTypes, jsonTypeOf, type JsonType } from './rule-field-types';
export { checkBlocksSize, blocksSizeOf, withinBlocksLimits, DEFAULT_BLOCKS_LIMITS, type BlocksLimits, type BlocksSize } from './rule-blocks-size';
export { RULES } from './rules';
export { isEnglishLocale, messageLanguageOf, type MessageLanguage } from '../../../shared/locale';
export type { Rule, RuleId, KindedDocument } from './rule';
export {
  parseCreditLine,
  readCreditText,
  looksLikeCreditLine,
  formatCreditLine,
  formatByline,
  formatCredits,
  CREDIT_STYLES,
  DEFAULT_CREDIT_STYLE,
  type CreditStyle,
  type CreditFormat,
  type CreditText,
  type ParsedCredit,
  type CreditInput,
} from './credit-line';
export {
  CREDIT_ROLE_TABLE,
  CREDIT_ROLE_LABELS,
  FIELD_ROLES,
  DESK_ROLES,
  ROLE_WORDS,
  isCreditRole,
  roleFromWord,
  roleLabel,
  type RoleEntry,
  type RoleLabel,
  type RoleWord,
} from './credit-roles';
export { romanizeName } from './credit-romanize';
export {
  SIGN_OFF_POLICIES,
  DEFAULT_SIGN_OFF,
  isSignOffPolicy,
  signOffGaps,
  type SignOffPolicy,
} from './rule-sign-off-chains';
export { normalizeCreditName, creditNameFault, isValidCreditName, CREDIT_NAME_MAX_LENGTH } from './credit-name';
export { formatDateline } from './dateline';
export { parseDateOnly, parseDateTime, beijingDateOf, NEWSROOM_TIME_ZONE, type CalendarDate } from './dates';
export { messageFor, isProblemCode, PROBLEM_CODES, type ProblemCode, type MessageParams } from './messages';
export { toSlug, slugFor, fallbackSlug, withSuffix, normalizeSlug, isValidSlug, SLUG_MAX_LENGTH } from './slug';
export { slugTakenProblem } from './rule-slug';
