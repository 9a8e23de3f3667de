import { pagination as strapiPagination } from '@strapi/utils';
import type { FieldNode } from 'graphql';

/** The GraphQL plugin's page sizes as configured: `maxLimit` -1 or unset means no maximum (its default). */
export interface PageLimits {
  defaultLimit?: number;
  maxLimit?: number;
}

const PAGINATION_KEYS = ['start', 'limit', 'page', 'pageSize'] as const;
type PaginationArgs = Partial<Record<(typeof PAGINATION_KEYS)[number], number>>;

const isMaxLimitSet = (maxLimit: number | undefined): maxLimit is number => typeof maxLimit === 'number' && Number.isFinite(maxLimit) && maxLimit > 0;

/**
 * The number of items Strapi answers for these pagination arguments, by
 * Strapi's own rule (`pagination.withDefaultPagination` of @strapi/utils, as
 * the GraphQL plugin's transformArgs calls it): no size → `defaultLimit`; a
 * size above `maxLimit`, or `limit: -1`, → `maxLimit`; a size below 1 → 1.
 * Infinity when Strapi would set no bound (`limit: -1` without a `maxLimit`).
 */
export const strapiPageSize = (args: PaginationArgs, limits: PageLimits): number => {
  const maxLimit = isMaxLimitSet(limits.maxLimit) ? limits.maxLimit : -1;
  const defaults = typeof limits.defaultLimit === 'number' ? { offset: { limit: limits.defaultLimit }, page: { pageSize: limits.defaultLimit } } : {};
  let limit: unknown;
  try {
    ({ limit } = strapiPagination.withDefaultPagination(args, { maxLimit, defaults }) as { limit?: unknown });
  } catch {
    // Page and offset together: Strapi refuses the query when it runs; the cost of its default page is counted.
    return strapiPageSize({}, limits);
  }
  return typeof limit === 'number' && limit >= 0 ? limit : Infinity;
};

/** A size given as a variable is not known when a query's text is validated: it counts as the largest Strapi answers. */
const UNKNOWN = Number.MAX_SAFE_INTEGER;

/**
 * The page size a paged field asks for in a query's text: its `pagination`
 * argument's literal sizes read by Strapi's rule; a size given in a variable
 * (or the whole argument in one) counts as `maxLimit`, and as Infinity without one.
 */
export const pageSizeOfField = (field: FieldNode, limits: PageLimits): number => {
  const value = field.arguments?.find((argument) => argument.name.value === 'pagination')?.value;
  if (!value) return strapiPageSize({}, limits);
  // Only an object value has `fields`; a variable (or anything else) is a size not known from the text.
  if (!('fields' in value)) return strapiPageSize({ limit: UNKNOWN }, limits);
  const args: PaginationArgs = {};
  for (const entry of value.fields) {
    const key = entry.name.value as (typeof PAGINATION_KEYS)[number];
    if (!PAGINATION_KEYS.includes(key)) continue;
    const given = entry.value;
    if (String(given.kind) === 'NullValue') continue;
    const known = String(given.kind) === 'IntValue' && 'value' in given ? Number(given.value) : UNKNOWN;
    // A page number or start in a variable does not change the size; a size in one may be anything.
    args[key] = known === UNKNOWN && (key === 'page' || key === 'start') ? 1 : known;
  }
  return strapiPageSize(args, limits);
};
