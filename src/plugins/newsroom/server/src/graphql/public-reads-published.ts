/**
 * The GraphQL half of document-middlewares/public-reads-published.ts. That hook pins an
 * anonymous caller's root query to published versions in the Document
 * Service, but Strapi's GraphQL resolves nested relations (`achievements`,
 * `meeting`, a speech's `speaker`) with the query engine, filtered by the
 * status the root query was *asked* for (kept in the request context, see
 * the graphql plugin's association resolver). An anonymous
 * `newsroomMeetings(status: DRAFT) { achievements { title } }` thus got
 * published meetings with their achievements filtered as drafts: empty
 * lists. For anonymous callers this rewrites the root query's status to
 * `published` before it runs, so nested relations follow it.
 */
import type { Core, UID } from '@strapi/strapi';
import { mayReadDrafts, type RequestAuth } from '../strapi/draft-access';
import type { PlainObject } from '../../../shared/documents';

interface GraphqlContext {
  state?: { auth?: RequestAuth };
  rootQueryArgsByPath?: Map<string | number, PlainObject>;
}
type Resolve = (parent: unknown, args: PlainObject, context: GraphqlContext, info: { path: { key: string | number } }) => unknown;

const publishedUnlessDraftReader = (next: Resolve, parent: unknown, args: PlainObject, context: GraphqlContext, info: { path: { key: string | number } }) => {
  if (!mayReadDrafts(context?.state?.auth)) {
    args.status = 'published';
    const root = context?.rootQueryArgsByPath?.get(info.path.key);
    if (root) root.status = 'published';
  }
  return next(parent, args, context, info);
};

interface Naming {
  getFindQueryName(contentType: unknown): string;
  getFindOneQueryName(contentType: unknown): string;
  getFindConnectionQueryName(contentType: unknown): string;
}

/** resolversConfig entries for the generated read queries (one, many, _connection) of the given content types. */
export const publicReadsPublishedConfig = (strapi: Core.Strapi, uids: readonly UID.ContentType[]): Record<string, { middlewares: unknown[] }> => {
  const naming = strapi.plugin('graphql').service('utils').naming as Naming;
  const config: Record<string, { middlewares: unknown[] }> = {};
  for (const uid of uids) {
    const contentType = strapi.getModel(uid);
    for (const name of [naming.getFindOneQueryName(contentType), naming.getFindQueryName(contentType), naming.getFindConnectionQueryName(contentType)]) {
      config[`Query.${name}`] = { middlewares: [publishedUnlessDraftReader] };
    }
  }
  return config;
};
