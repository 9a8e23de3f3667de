import type { Core } from '@strapi/strapi';
import type { Kind } from '../kinds';
import { pluginService } from '../strapi/plugin-service';
import { loadersFor, versionOf } from './loaders';

type Plain = Record<string, unknown>;

/**
 * What the plugin's GraphQL fields read, per request: a parent's page (given
 * by the by-slug query, else batched with the request's other items), its
 * page extras made once however many of them are asked, and its editorial
 * component, batched too.
 */
export const graphqlReaders = (strapi: Core.Strapi) => {
  const pages = () => pluginService(strapi, 'pages');

  /** The page of a GraphQL parent: already loaded by the by-slug query, else batched with the request's other items. */
  const pageOf = async (kind: Kind, parent: Plain, context: unknown): Promise<Plain | null> => {
    if (parent.__page) return parent.__page as Plain;
    const version = versionOf(parent);
    return version ? loadersFor(strapi, context).page(kind).load(version) : null;
  };

  /** The page extras of a parent, made once however many of its fields are asked. */
  const extrasByParent = new WeakMap<Plain, Promise<Plain | null>>();
  const extrasOf = (kind: Kind, parent: Plain, context: unknown): Promise<Plain | null> => {
    let extras = extrasByParent.get(parent);
    if (!extras) {
      extras = pageOf(kind, parent, context).then((page) =>
        page && kind.pageExtras ? kind.pageExtras(page, { origin: '', speechesOf: pages().speechesOf }) : null
      );
      extrasByParent.set(parent, extras);
    }
    return extras;
  };

  const editorialOf = async (kind: Kind, parent: Plain, context: unknown): Promise<Plain | null> => {
    if (parent.editorial && typeof parent.editorial === 'object') return parent.editorial as Plain;
    if (typeof parent.id !== 'number' && typeof parent.id !== 'string') return null;
    return loadersFor(strapi, context).editorial(kind).load(Number(parent.id));
  };

  return { pages, extrasOf, editorialOf };
};

export type GraphqlReaders = ReturnType<typeof graphqlReaders>;
