import type { Core } from '@strapi/strapi';
import { CREDIT_STYLES, DEFAULT_CREDIT_STYLE, type CreditStyle } from '../editorial/credit-line';
import { DEFAULT_BLOCKS_LIMITS, type BlocksLimits } from '../editorial/rule-blocks-size';
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
/** How many documents of each kind one imported report may make (config `importLimits`). */
export interface ImportLimits {
  speakers: number;
  achievements: number;
  streetCases: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { speakers: 200, achievements: 200, streetCases: 200 };

/** The problems of a setting that is an object of positive whole-number limits named as in its defaults (importLimits, blocksLimits). */
const limitsProblems = (setting: string, defaults: object, value: unknown): string[] => {
  if (value === undefined) return [];
  const names = Object.keys(defaults).join(', ');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${setting} must be an object of ${names}`];
  return Object.entries(value).flatMap(([field, limit]) =>
    !(field in defaults)
      ? [`${setting}.${field} is not a limit (${names})`]
      : Number.isInteger(limit) && (limit as number) > 0
        ? []
        : [`${setting}.${field} must be a positive whole number (got ${JSON.stringify(limit)})`],
  );
};

/** A limits setting as it is now (read where it is used); a limit left out takes its default. */
const limitsOf = <T extends object>(strapi: Core.Strapi, setting: string, defaults: T): T => {
  const configured = strapi.config.get(`plugin::newsroom.${setting}`, defaults) as unknown;
  const problems = limitsProblems(setting, defaults, configured);
  if (problems.length > 0) throw new Error(`newsroom: ${problems.join('; ')}`);
  return { ...defaults, ...(configured as Partial<T>) };
};

export const settingsProblems = (config: { signOff?: unknown; creditStyle?: unknown; importLimits?: unknown; blocksLimits?: unknown }): string[] => [
  ...limitsProblems('importLimits', DEFAULT_IMPORT_LIMITS, config.importLimits),
  ...limitsProblems('blocksLimits', DEFAULT_BLOCKS_LIMITS, config.blocksLimits),
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

/** The import limits as they are now; a limit left out takes its default. */
export const importLimits = (strapi: Core.Strapi): ImportLimits => limitsOf(strapi, 'importLimits', DEFAULT_IMPORT_LIMITS);

/** The size limits of a blocks field as they are now (read on every write); a limit left out takes its default. */
export const blocksLimits = (strapi: Core.Strapi): BlocksLimits => limitsOf(strapi, 'blocksLimits', DEFAULT_BLOCKS_LIMITS);
