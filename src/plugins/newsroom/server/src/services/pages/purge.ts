import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../../config';
import { FEED_PATHS } from './feed-paths';
import type { ChangedPage } from './rebuild';
import { bySlugPath, frontendUrl } from './urls';

/** The paths (and frontend URLs) a change makes stale at a CDN: the pages' by-slug answers, and the feeds and sitemaps when a feed kind changed. */
export const purgePaths = (strapi: Core.Strapi, changed: readonly ChangedPage[]): string[] => {
  const paths = new Set<string>();
  for (const { kind, locale, slug } of changed) {
    paths.add(bySlugPath(kind, slug, locale));
    const url = frontendUrl(strapi, kind, slug, locale);
    if (url) paths.add(url);
  }
  if (changed.some(({ kind }) => kind.inFeeds)) for (const path of FEED_PATHS) paths.add(path);
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
