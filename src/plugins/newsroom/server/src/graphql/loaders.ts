import type { Core } from '@strapi/strapi';
import DataLoader from 'dataloader';
import type { Kind } from '../kinds';
import { loadEditorials, loadPages, versionKeyId, type VersionKey } from '../services/pages/page-batch';
import type { PlainObject } from '../../../shared/documents';

/**
 * Per-request batching for the fields the plugin adds to GraphQL types.
 * graphql-js resolves a field of every item of a list before awaiting any,
 * so the loaders see all items of a list at once and fetch them in a fixed
 * number of queries (services/pages/page-batch.ts), each document once per
 * request however many fields ask for it (jsonLd and readAloud share one
 * page). Kept per GraphQL context, so nothing is shared between requests.
 */
export interface RequestLoaders {
  page(kind: Kind): DataLoader<VersionKey, PlainObject | null, string>;
  editorial(kind: Kind): DataLoader<number, PlainObject | null>;
}

/** One loader per kind, made when first asked for. */
const perKind = <T>(make: (kind: Kind) => T): ((kind: Kind) => T) => {
  const made = new Map<string, T>();
  return (kind) => {
    let loader = made.get(kind.name);
    if (loader === undefined) {
      loader = make(kind);
      made.set(kind.name, loader);
    }
    return loader;
  };
};

const createLoaders = (strapi: Core.Strapi): RequestLoaders => ({
  page: perKind((kind) => new DataLoader<VersionKey, PlainObject | null, string>((keys) => loadPages(strapi, kind, keys), { cacheKeyFn: versionKeyId })),
  editorial: perKind((kind) => new DataLoader<number, PlainObject | null>((ids) => loadEditorials(strapi, kind, ids))),
});

const perRequest = new WeakMap<object, RequestLoaders>();

/** The loaders of one GraphQL request (its context object); fresh ones when there is no context. */
export const loadersFor = (strapi: Core.Strapi, context: unknown): RequestLoaders => {
  if (!context || typeof context !== 'object') return createLoaders(strapi);
  let loaders = perRequest.get(context);
  if (!loaders) {
    loaders = createLoaders(strapi);
    perRequest.set(context, loaders);
  }
  return loaders;
};

/** The version of a document a GraphQL parent is: its row says draft or published. */
export const versionOf = (parent: PlainObject): VersionKey | null => {
  if (typeof parent.documentId !== 'string') return null;
  return {
    documentId: parent.documentId,
    locale: typeof parent.locale === 'string' ? parent.locale : undefined,
    status: parent.publishedAt ? 'published' : 'draft',
  };
};
