import { errors } from '@strapi/utils';

/**
 * A page number or page size a client asked for, as a whole number from 1
 * (to `max`), `fallback` when not given; otherwise a ValidationError with the
 * argument's path (REST: `["pageSize"]`; GraphQL: `["pagination", "pageSize"]`).
 */
export const wholePageArg = (value: unknown, path: readonly string[], fallback: number, max?: number): number => {
  if (value === undefined || value === null || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || (max !== undefined && number > max)) {
    const message = `${path.join('.')} must be a whole number from 1${max ? ` to ${max}` : ''}`;
    throw new errors.ValidationError(message, { errors: [{ path: [...path], message, name: 'ValidationError' }] });
  }
  return number;
};
