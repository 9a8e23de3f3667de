import type { Core } from '@strapi/strapi';
import type { Kind } from '../kinds';
import { pageLocale, readStoredPage } from '../services/pages/read';
import { publicUrl } from '../services/pages/urls';
import { pluginService } from '../services/plugin-service';
import { loadersFor, versionOf } from './loaders';
import type { PlainObject } from '../../../shared/documents';

/**
 * What the plugin's GraphQL fields read, per request: a parent's page (given
 * by the by-slug query, else batched with the request's other items), its
 * page extras made once however many of them are asked, and its editorial
 * component, batched too.
 */
export const graphqlReaders = (strapi: Core.Strapi) => {
  const pages = () => pluginService(strapi, 'pages');

  /** The stored page of a slug (what REST by-slug answers), its data; null when there is none (an old slug included). */
  const storedPage = async (kind: Kind, slug: string, locale: unknown): Promise<PlainObject | null> => {
    const answer = await readStoredPage(strapi, kind, slug, await pageLocale(strapi, locale));
    return 'page' in answer ? ((JSON.parse(answer.page.json) as { data: PlainObject }).data ?? null) : null;
  };

  /** The page of a GraphQL parent: already loaded by the by-slug query, else batched with the request's other items. */
  const pageOf = async (kind: Kind, parent: PlainObject, context: unknown): Promise<PlainObject | null> => {
    if (parent.__page) return parent.__page as PlainObject;
    const version = versionOf(parent);
    return version ? loadersFor(strapi, context).page(kind).load(version) : null;
  };

  /** The page extras of a parent, made once however many of its fields are asked. */
  const extrasByParent = new WeakMap<PlainObject, Promise<PlainObject | null>>();
  const extrasOf = (kind: Kind, parent: PlainObject, context: unknown): Promise<PlainObject | null> => {
    let extras = extrasByParent.get(parent);
    // A stored page (by-slug) carries its extras already.
    if (!extras && parent.__page) extras = Promise.resolve(parent.__page as PlainObject);
    if (!extras) {
      extras = pageOf(kind, parent, context).then((page) =>
        page && kind.pageExtras ? kind.pageExtras(page, { origin: publicUrl(strapi), speechesOf: pages().speechesOf }) : null
      );
      extrasByParent.set(parent, extras);
    }
    return extras;
  };

  const editorialOf = async (kind: Kind, parent: PlainObject, context: unknown): Promise<PlainObject | null> => {
    if (parent.editorial && typeof parent.editorial === 'object') return parent.editorial as PlainObject;
    if (typeof parent.id !== 'number' && typeof parent.id !== 'string') return null;
    return loadersFor(strapi, context).editorial(kind).load(Number(parent.id));
  };

  return { pages, storedPage, extrasOf, editorialOf };
};

export type GraphqlReaders = ReturnType<typeof graphqlReaders>;
