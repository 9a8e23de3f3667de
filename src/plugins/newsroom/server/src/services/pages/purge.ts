import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../../config';
import { FEED_ROUTES, sitemapPagePath } from './feed-paths';
import type { ChangedPage } from './rebuild';
import { mappedKinds } from './sitemaps';
import { pageStore } from './store';
import { bySlugPath, frontendUrl } from './urls';

const apiPath = (route: string): string => `/api/newsroom${route}`;

/**
 * The sitemap index's pages (`/sitemap-1.xml` …) a change can alter: all of
 * them, since a page stored or removed moves every URL after it to another
 * page; and, past the last page there is now, as many as the changed pages
 * could have emptied (a page that went answers 404 now, not the CDN's copy).
 * None while the sitemap is one document before and after.
 */
const sitemapPages = async (strapi: Core.Strapi, changedPages: number): Promise<string[]> => {
  const { sitemapSize } = strapi.config.get<NewsroomConfig>('plugin::newsroom');
  const most = (await pageStore(strapi).count(mappedKinds(strapi))) + changedPages;
  if (most <= sitemapSize) return [];
  return Array.from({ length: Math.ceil(most / sitemapSize) }, (_, i) => apiPath(sitemapPagePath(i + 1)));
};

/**
 * The paths (and frontend URLs) a change makes stale at a CDN: the pages'
 * by-slug answers; the feeds and the news sitemap when a feed kind changed;
 * the sitemap and its index's pages when a kind the frontend has URLs for
 * changed. Read in the transaction that changed the pages, after the change.
 */
export const purgePaths = async (strapi: Core.Strapi, changed: readonly ChangedPage[]): Promise<string[]> => {
  const paths = new Set<string>();
  let mapped = 0;
  for (const { kind, locale, slug } of changed) {
    paths.add(bySlugPath(kind, slug, locale));
    const url = frontendUrl(strapi, kind, slug, locale);
    if (url) {
      paths.add(url);
      mapped += 1;
    }
  }
  if (changed.some(({ kind }) => kind.inFeeds)) for (const route of [FEED_ROUTES.rss, FEED_ROUTES.atom, FEED_ROUTES.json, FEED_ROUTES.news]) paths.add(apiPath(route));
  if (mapped > 0) {
    paths.add(apiPath(FEED_ROUTES.sitemap));
    for (const path of await sitemapPages(strapi, mapped)) paths.add(path);
  }
  return [...paths];
};

/**
 * POSTs `{ "paths": [...] }` to every URL of the `purgeUrls` setting (a
 * CDN's purge endpoint, or a small relay in front of one). Run by the
 * outbox's workers after the write's commit (pages/jobs.ts), never in the
 * editor's save: an endpoint that fails or does not answer within 10 s makes
 * the job fail, and the outbox retries it with backoff, then sets it aside
 * with the error for an admin to see.
 */
export const purge = async (strapi: Core.Strapi, paths: readonly string[]): Promise<void> => {
  const { purgeUrls = [] } = strapi.config.get<NewsroomConfig>('plugin::newsroom');
  if (paths.length === 0 || purgeUrls.length === 0) return;
  const body = JSON.stringify({ paths });
  const failures: string[] = [];
  await Promise.all(
    purgeUrls.map(async (url) => {
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, signal: AbortSignal.timeout(10_000) });
        if (!response.ok) failures.push(`${url} answered ${response.status}`);
      } catch (error) {
        failures.push(`${url} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    })
  );
  if (failures.length > 0) throw new Error(`newsroom: purge: ${failures.join('; ')}`);
};
