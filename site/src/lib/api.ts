/**
 * The one way the site reads the newsroom: GET over HTTP against the plugin's
 * public API, revalidated on every use. The last ETag and parsed body of
 * each URL stay in memory; the next read sends If-None-Match and, on 304,
 * reuses the body. Plain node:http with a keep-alive agent, not fetch():
 * fetch() adds `Cache-Control: no-cache` and `Pragma: no-cache` to any
 * request carrying If-None-Match (as the Fetch standard says), and Koa's
 * freshness check then answers 200 instead of 304. purgeApiPaths() drops
 * entries when the plugin's purge names them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import https from 'node:https';
import { API_URL } from './config';

/**
 * What one page's rendering read: API path → its version (the ETag, or the
 * 301/404 it answered). The middleware keeps a rendered page with these and
 * serves it again while every one of them is unchanged (src/lib/rendered.ts).
 */
export type Reads = Map<string, string>;
export const pageReads = new AsyncLocalStorage<Reads>();

/** Most API answers kept; the oldest read goes first. */
const MAX_ENTRIES = Number(process.env.SITE_API_CACHE_ENTRIES ?? 5000);

const agents = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }) };

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const API_TIMEOUT_MS = Number(process.env.NEWSROOM_API_TIMEOUT_MS ?? 10_000);

/**
 * One GET. A kept-alive socket the API closed just as it was reused fails
 * with ECONNRESET; the request is then sent once more on a fresh socket (a
 * GET is safe to repeat), as Node's documentation advises (request.reusedSocket).
 */
const get = (url: string, headers: Record<string, string>, retried = false): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    const request = client.get(target, { headers, agent: agents[target.protocol as 'http:' | 'https:'], timeout: API_TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new ApiError(url, 504)));
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (!retried && request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        get(url, headers, true).then(resolve, reject);
        return;
      }
      console.error(`site: GET ${url} failed: ${error.message}`);
      reject(error instanceof ApiError ? error : new ApiError(url, 502));
    });
  });

interface Entry {
  etag: string;
  body: unknown;
}

export type ApiAnswer<T> = { status: 200; body: T; etag: string } | { status: 301; location: string } | { status: 404 };

export class ApiError extends Error {
  constructor(
    readonly path: string,
    readonly status: number
  ) {
    super(`newsroom API ${path} answered ${status}`);
  }
}

const cache = new Map<string, Entry>();

export const apiGet = async <T>(path: string): Promise<ApiAnswer<T>> => {
  const answer = await read<T>(path);
  pageReads.getStore()?.set(path, versionOf(answer));
  return answer;
};

/** The version of an answer as a page depends on it; '' when it has none (no ETag: never reused). */
export const versionOf = (answer: ApiAnswer<unknown>): string =>
  answer.status === 200 ? answer.etag : answer.status === 301 ? `301 ${answer.location}` : '404';

const remember = (path: string, entry: Entry): void => {
  cache.delete(path);
  cache.set(path, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
};

const read = async <T>(path: string): Promise<ApiAnswer<T>> => {
  const cached = cache.get(path);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (cached) headers['if-none-match'] = cached.etag;
  const response = await get(`${API_URL}${path}`, headers);
  if (response.status === 304 && cached) return { status: 200, body: cached.body as T, etag: cached.etag };
  if (response.status === 301 || response.status === 308) {
    cache.delete(path);
    return { status: 301, location: response.headers.location ?? '' };
  }
  if (response.status === 404) {
    cache.delete(path);
    return { status: 404 };
  }
  if (response.status !== 200) throw new ApiError(path, response.status);
  const body = JSON.parse(response.body) as T;
  const etag = typeof response.headers.etag === 'string' ? response.headers.etag : '';
  if (etag) remember(path, { etag, body });
  else cache.delete(path);
  return { status: 200, body, etag };
};

/** The path and query of a purged path or URL, as the cache keys them. */
export const keyOf = (path: string): string | null => {
  try {
    const url = new URL(path, 'http://purge.invalid');
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
};

/**
 * Drops the cached API answers a purge names (by-slug paths, feeds). Lists
 * (home, archive, a speaker's speeches) show what a changed page shows, and
 * the purge cannot name every list URL: when it names any newsroom path they
 * are dropped too. Returns how many entries went.
 */
export const purgeApiPaths = (paths: readonly string[]): number => {
  let dropped = 0;
  const keys = paths.map(keyOf).filter((key): key is string => key !== null);
  if (keys.length === 0) return 0;
  for (const key of keys) if (cache.delete(key)) dropped += 1;
  if (keys.some((key) => key.startsWith('/api/newsroom/'))) {
    for (const key of [...cache.keys()]) {
      if (!key.includes('/by-slug/') && cache.delete(key)) dropped += 1;
    }
  }
  return dropped;
};

export const cachedApiEntries = (): number => cache.size;

/** The body last read for a path, without asking the API (a hint for reads that can start early; revalidate before trusting it). */
export const peekCached = <T>(path: string): T | undefined => cache.get(path)?.body as T | undefined;
