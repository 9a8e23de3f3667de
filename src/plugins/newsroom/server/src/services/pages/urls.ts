import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../../config';
import type { Kind } from '../../kinds';
import { trimEndWhere } from '../../../../shared/trim-end';

/**
 * The server's public URL (config/server.ts `url`, PUBLIC_URL) without a
 * trailing slash; '' when none is configured. Absolute URLs are made from it,
 * never from a request's Host header, which a client chooses.
 */
export const publicUrl = (strapi: Core.Strapi): string => trimEndWhere(String(strapi.config.get('server.url', '') ?? ''), (char) => char === '/');

/** The by-slug path of a page on this server: `/api/newsroom/meetings/by-slug/<slug>?locale=<locale>`. */
export const bySlugPath = (kind: Kind, slug: string, locale: string): string =>
  `/api/newsroom/${kind.plural}/by-slug/${encodeURIComponent(slug)}?locale=${encodeURIComponent(locale)}`;

/** The path of a list of a page (services/pages/page-lists.ts): `/api/newsroom/meetings/by-slug/<slug>/achievements?<query>`. */
export const listPath = (kind: Kind, slug: string, segment: string, query: URLSearchParams): string =>
  `/api/newsroom/${kind.plural}/by-slug/${encodeURIComponent(slug)}/${segment}?${query.toString()}`;

/**
 * The frontend's URL of a page, from the `frontendUrls` setting (a pattern
 * per kind with `{slug}` and `{locale}`); undefined for a kind without one.
 */
export const frontendUrl = (strapi: Core.Strapi, kind: Kind, slug: string, locale: string): string | undefined => {
  const patterns = strapi.config.get<NewsroomConfig>('plugin::newsroom').frontendUrls ?? {};
  const pattern = patterns[kind.name];
  if (!pattern) return undefined;
  return pattern.replaceAll('{slug}', encodeURIComponent(slug)).replaceAll('{locale}', encodeURIComponent(locale));
};
