import type { Core } from '@strapi/strapi';
import { CREDIT_STYLES, DEFAULT_CREDIT_STYLE, type CreditStyle } from '../editorial/credit-line';
import { DEFAULT_SIGN_OFF, SIGN_OFF_POLICIES, isSignOffPolicy, type SignOffPolicy } from '../editorial/rule-sign-off-chains';

/** The editorial settings of the newsroom plugin (config/plugins.ts → newsroom.config). */
export interface EditorialSettings {
  signOff: SignOffPolicy;
  creditStyle: CreditStyle;
}

const isCreditStyle = (value: unknown): value is CreditStyle =>
  typeof value === 'string' && (CREDIT_STYLES as ReadonlyArray<string>).includes(value);

/**
 * Why a settings object is not valid, one line per problem; `[]` when it is.
 * Absent settings take their defaults.
 */
export const settingsProblems = (config: { signOff?: unknown; creditStyle?: unknown }): string[] => [
  ...(config.signOff === undefined || isSignOffPolicy(config.signOff)
    ? []
    : [`signOff must be one of ${SIGN_OFF_POLICIES.join(', ')} (got ${JSON.stringify(config.signOff)})`]),
  ...(config.creditStyle === undefined || isCreditStyle(config.creditStyle)
    ? []
    : [`creditStyle must be one of ${CREDIT_STYLES.join(', ')} (got ${JSON.stringify(config.creditStyle)})`]),
];

/**
 * The settings as they are now, read on every write so that a change made
 * at run time (`strapi.config.set('plugin::newsroom.signOff', …)`) applies to
 * the next write. A value set at run time is checked like one in the config
 * file: a wrong one stops the write with a clear error instead of being
 * silently replaced by the default.
 */
export const editorialSettings = (strapi: Core.Strapi): EditorialSettings => {
  const signOff = strapi.config.get('plugin::newsroom.signOff', DEFAULT_SIGN_OFF);
  const creditStyle = strapi.config.get('plugin::newsroom.creditStyle', DEFAULT_CREDIT_STYLE);
  const problems = settingsProblems({ signOff, creditStyle });
  if (problems.length > 0 || !isSignOffPolicy(signOff) || !isCreditStyle(creditStyle)) {
    throw new Error(`newsroom: ${problems.join('; ')}`);
  }
  return { signOff, creditStyle };
};
