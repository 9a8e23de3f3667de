/**
 * The site's own HTTP caching. A page is rendered once and kept with the
 * versions (ETags) of the API answers it read; on the next request those
 * are revalidated with If-None-Match, all at once, and while all are
 * unchanged the kept page is served without rendering. Every HTML page has
 * an ETag (a hash of its bytes) and Cache-Control that makes browsers and
 * shared caches revalidate; If-None-Match that still matches gets 304. A
 * failing API gives a 503 page, not a stack trace.
 */
import { defineMiddleware } from 'astro:middleware';
import { createHash } from 'node:crypto';
import { ApiError, pageReads, type Reads } from './lib/api';
import { currentPage, keepPage, type RenderedPage } from './lib/rendered';

const CACHE_CONTROL = process.env.SITE_CACHE_CONTROL ?? 'public, max-age=0, must-revalidate';

const matches = (ifNoneMatch: string | null, etag: string): boolean => {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
};

const unavailable = (lang: string): Response =>
  new Response(
    lang === 'en'
      ? '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Temporarily unavailable</title></head><body><main><h1>Temporarily unavailable</h1><p>The content service is not answering. Please try again shortly.</p></main></body></html>'
      : '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>暂时无法显示</title></head><body><main><h1>暂时无法显示</h1><p>内容服务暂时没有响应，请稍后再试。</p></main></body></html>',
    { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '30' } }
  );

/** Server-Timing: the wait for the API's answers and the site's own time, for the benchmark and for operators. */
const timing = (apiMs: number, totalMs: number): string => `api;dur=${apiMs.toFixed(2)}, site;dur=${(totalMs - apiMs).toFixed(2)}`;

const answer = (page: RenderedPage, request: Request, serverTiming: string): Response => {
  const headers = new Headers(page.headers);
  if (serverTiming) headers.set('server-timing', serverTiming);
  if (matches(request.headers.get('if-none-match'), page.etag)) {
    headers.delete('content-type');
    return new Response(null, { status: 304, headers });
  }
  return new Response(page.body, { status: 200, headers });
};

export const onRequest = defineMiddleware(async (context, next) => {
  const key = `${context.url.pathname}${context.url.search}`;
  const isGet = context.request.method === 'GET';
  const reads: Reads = new Map();
  const started = performance.now();
  let response: Response;
  try {
    const kept = isGet ? await currentPage(key) : null;
    if (kept) {
      const revalidated = performance.now();
      const response = answer(kept, context.request, '');
      response.headers.set('server-timing', timing(revalidated - started, performance.now() - started));
      return response;
    }
    response = await pageReads.run(reads, next);
  } catch (error) {
    if (error instanceof ApiError) {
      console.error(`site: ${error.message}`);
      return unavailable(context.url.pathname.startsWith('/en') ? 'en' : 'zh-Hans');
    }
    throw error;
  }
  const isPage = (response.headers.get('content-type') ?? '').startsWith('text/html');
  if (!isGet || !isPage || (response.status !== 200 && response.status !== 404)) return response;
  const body = await response.text();
  const headers = new Headers(response.headers);
  headers.set('content-type', 'text/html; charset=utf-8');
  if (response.status === 404) {
    headers.set('cache-control', 'no-cache');
    return new Response(body, { status: 404, headers });
  }
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  headers.set('etag', etag);
  headers.set('cache-control', CACHE_CONTROL);
  const page: RenderedPage = { reads, body, etag, headers: [...headers.entries()] };
  keepPage(key, page);
  return answer(page, context.request, `render;dur=${(performance.now() - started).toFixed(2)}`);
});
