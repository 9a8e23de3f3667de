import type { Core } from '@strapi/strapi';
import DataLoader from 'dataloader';
import type { ContentKind } from '../editorial/types';
import type { MeetingView } from '../output/page-types';
import { loadEditorials, loadPages, versionKeyId, type VersionKey } from '../services/page-batch';

type Plain = Record<string, unknown>;

/**
 * Per-request batching for the fields the plugin adds to GraphQL types.
 * graphql-js resolves a field of every item of a list before awaiting any,
 * so the loaders see all items of a list at once and fetch them in a fixed
 * number of queries (services/page-batch.ts), each document once per
 * request however many fields ask for it (jsonLd and readAloud share one
 * page). Kept per GraphQL context, so nothing is shared between requests.
 */
export interface RequestLoaders {
  meetingPage: DataLoader<VersionKey, MeetingView | null, string>;
  editorial(kind: ContentKind): DataLoader<number, Plain | null>;
}

const createLoaders = (strapi: Core.Strapi): RequestLoaders => {
  const editorials = new Map<ContentKind, DataLoader<number, Plain | null>>();
  return {
    meetingPage: new DataLoader<VersionKey, MeetingView | null, string>(
      async (keys) => (await loadPages(strapi, 'meeting', keys)) as unknown as Array<MeetingView | null>,
      { cacheKeyFn: versionKeyId }
    ),
    editorial(kind) {
      if (!editorials.has(kind)) editorials.set(kind, new DataLoader((ids) => loadEditorials(strapi, kind, ids)));
      return editorials.get(kind)!;
    },
  };
};

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
export const versionOf = (parent: Plain): VersionKey | null => {
  if (typeof parent.documentId !== 'string') return null;
  return {
    documentId: parent.documentId,
    locale: typeof parent.locale === 'string' ? parent.locale : undefined,
    status: parent.publishedAt ? 'published' : 'draft',
  };
};
