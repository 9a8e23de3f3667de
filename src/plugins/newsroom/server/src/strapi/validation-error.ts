import { errors } from '@strapi/utils';
import type { MessageLanguage, Problem } from '../editorial/types';

/** One entry of `error.details.errors[]`, the shape the admin maps onto fields. */
export interface ValidationErrorEntry {
  path: Array<string | number>;
  message: string;
  name: 'ValidationError';
  code: string;
}

const summary = (count: number, language: MessageLanguage): string =>
  language === 'en'
    ? `${count} ${count === 1 ? 'problem' : 'problems'} to fix before this can be saved`
    : `有 ${count} 处问题需要修改`;

export const toErrorEntries = (problems: ReadonlyArray<Problem>): ValidationErrorEntry[] =>
  problems.map((problem) => ({
    path: [...problem.path],
    message: problem.message,
    name: 'ValidationError',
    code: problem.code,
  }));

/**
 * The one place the core's problems become Strapi's ValidationError: HTTP 400
 * over REST, `extensions.error` over GraphQL, and field highlights in the admin.
 */
export const toValidationError = (
  problems: ReadonlyArray<Problem>,
  language: MessageLanguage
): InstanceType<typeof errors.ValidationError> =>
  new errors.ValidationError(summary(problems.length, language), { errors: toErrorEntries(problems) });
