/**
 * Rendered pages kept with the API versions they were made from. A page is
 * served again, without rendering, when every API answer it read is still
 * the same: each is revalidated (If-None-Match, all at once) on every
 * request, so a correction is on the next answer. The purge endpoint drops
 * the pages a purge names and those made from a purged API path.
 */
import { apiGet, versionOf, type Reads } from './api';

export interface RenderedPage {
  reads: Reads;
  body: string;
  etag: string;
  headers: [string, string][];
}

const MAX_PAGES = Number(process.env.SITE_PAGE_CACHE_ENTRIES ?? 1000);
const pages = new Map<string, RenderedPage>();

/** The page kept for this path and query, when every API answer it was made from is unchanged. */
export const currentPage = async (key: string): Promise<RenderedPage | null> => {
  const page = pages.get(key);
  if (!page) return null;
  const versions = await Promise.all([...page.reads.keys()].map(async (path) => versionOf(await apiGet(path))));
  const unchanged = [...page.reads.values()].every((version, index) => version === versions[index]);
  if (unchanged) return page;
  pages.delete(key);
  return null;
};

export const keepPage = (key: string, page: RenderedPage): void => {
  // A page that read nothing, or an answer without an ETag, cannot be revalidated: it is rendered every time.
  if (page.reads.size === 0 || [...page.reads.values()].some((version) => version === '')) return;
  pages.delete(key);
  pages.set(key, page);
  if (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value as string);
};

/** Drops the pages a purge names (their path) and those made from a purged API path; returns how many. */
export const purgePages = (keys: readonly string[]): number => {
  let dropped = 0;
  const named = new Set(keys);
  for (const [key, page] of [...pages]) {
    const path = key.split('?')[0];
    if (named.has(key) || named.has(path) || [...page.reads.keys()].some((read) => named.has(read))) {
      pages.delete(key);
      dropped += 1;
    }
  }
  return dropped;
};
