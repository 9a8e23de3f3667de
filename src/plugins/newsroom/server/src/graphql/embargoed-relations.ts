/**
 * The GraphQL half of services/schedule/embargo-relations.ts. Strapi's
 * GraphQL resolves nested relations (`achievements`, `meeting`, a speech's
 * `speaker`, and their `_connection` forms) one field at a time with the
 * query engine, past the Document Service middleware that keeps embargoed
 * documents off the root queries. For every relation field, on any type or
 * component, whose target kind has `embargoUntil`, this adds the embargo
 * filter to the field's own `filters` for callers who may not read drafts,
 * so lists and their pagination leave the embargoed documents out and a
 * to-one relation answers null.
 */
import type { Core } from '@strapi/strapi';
import { kindOf } from '../kinds';
import { mayReadDrafts, type RequestAuth } from '../strapi/draft-access';
import type { PlainObject } from '../../../shared/documents';

type Resolve = (parent: unknown, args: PlainObject, context: { state?: { auth?: RequestAuth } }, info: unknown) => unknown;

interface Attribute {
  type?: string;
  relation?: string;
  target?: string;
}

/** The embargo filter in GraphQL's filter syntax: no embargo, or one that has ended. */
const notEmbargoedNow = (): PlainObject => ({ or: [{ embargoUntil: { null: true } }, { embargoUntil: { lte: new Date().toISOString() } }] });

const withoutEmbargoed = (next: Resolve, parent: unknown, args: PlainObject, context: { state?: { auth?: RequestAuth } }, info: unknown) => {
  if (!mayReadDrafts(context?.state?.auth)) {
    const own = args.filters && typeof args.filters === 'object' && Object.keys(args.filters).length > 0 ? [args.filters] : [];
    args.filters = { and: [...own, notEmbargoedNow()] };
  }
  return next(parent, args, context, info);
};

const hasEmbargo = (uid: string | undefined): boolean => Boolean(uid && 'embargoUntil' in (kindOf(uid)?.schema.attributes ?? {}));

/** resolversConfig entries for every relation field (and its `_connection`) pointing at a kind with an embargo. */
export const embargoedRelationsConfig = (strapi: Core.Strapi): Record<string, { middlewares: unknown[] }> => {
  const naming = strapi.plugin('graphql').service('utils').naming as { getTypeName(model: unknown): string; getComponentName(model: unknown): string };
  // A component's GraphQL type is named by its globalId, a content type's by its plugin and singular name.
  const models = [
    ...Object.values(strapi.contentTypes).map((model) => ({ model, type: naming.getTypeName(model) })),
    ...Object.values(strapi.components).map((model) => ({ model, type: naming.getComponentName(model) })),
  ] as Array<{ model: { attributes: Record<string, Attribute> }; type: string }>;
  const config: Record<string, { middlewares: unknown[] }> = {};
  for (const { model, type } of models) {
    for (const [field, attribute] of Object.entries(model.attributes)) {
      if (attribute.type !== 'relation' || !hasEmbargo(attribute.target)) continue;
      config[`${type}.${field}`] = { middlewares: [withoutEmbargoed] };
      if (attribute.relation?.endsWith('Many')) config[`${type}.${field}_connection`] = { middlewares: [withoutEmbargoed] };
    }
  }
  return config;
};
