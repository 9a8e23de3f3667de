/**
 * POST /purge {"paths": [...]}: what the newsroom plugin's purge sends after
 * a write commits (by-slug paths, the site's page URLs, feeds). Drops the
 * cached API answers they name, so the next page is read afresh. With
 * SITE_PURGE_TOKEN set, the request must carry ?token=<it> (put it in the
 * plugin's purgeUrls).
 */
import type { APIRoute } from 'astro';
import { timingSafeEqual } from 'node:crypto';
import { keyOf, purgeApiPaths } from '../lib/api';
import { purgePages } from '../lib/rendered';

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });

const tokenMatches = (given: string | null): boolean => {
  const expected = process.env.SITE_PURGE_TOKEN;
  if (!expected) return true;
  if (!given || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
};

export const POST: APIRoute = async ({ request, url }) => {
  if (!tokenMatches(url.searchParams.get('token'))) return json(403, { error: { status: 403, message: 'purge token missing or wrong' } });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(400, { error: { status: 400, message: 'body must be JSON', details: { errors: [{ path: [], message: 'not JSON' }] } } });
  }
  const paths = (body as { paths?: unknown } | null)?.paths;
  if (!Array.isArray(paths) || paths.some((path) => typeof path !== 'string')) {
    return json(400, { error: { status: 400, message: 'paths must be a list of strings', details: { errors: [{ path: ['paths'], message: 'expected an array of strings' }] } } });
  }
  const keys = (paths as string[]).map(keyOf).filter((key): key is string => key !== null);
  // Pages first: they are found by the API paths they read, which purgeApiPaths then forgets.
  const pagesDropped = purgePages(keys);
  return json(200, { data: { dropped: purgeApiPaths(paths as string[]) + pagesDropped } });
};
