/**
 * The site's own HTTP caching: an ETag on every HTML page (a hash of the
 * bytes), Cache-Control that makes browsers and shared caches revalidate,
 * and 304 when If-None-Match still matches. Pages are rendered from the API
 * revalidated on each request, so a 304 here means the reader's copy is
 * current. A failing API gives a 503 page, not a stack trace.
 */
import { defineMiddleware } from 'astro:middleware';
import { createHash } from 'node:crypto';
import { ApiError } from './lib/api';

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

export const onRequest = defineMiddleware(async (context, next) => {
  let response: Response;
  try {
    response = await next();
  } catch (error) {
    if (error instanceof ApiError) {
      console.error(`site: ${error.message}`);
      return unavailable(context.url.pathname.startsWith('/en') ? 'en' : 'zh-Hans');
    }
    throw error;
  }
  const isPage = (response.headers.get('content-type') ?? '').startsWith('text/html');
  if (context.request.method !== 'GET' || !isPage || (response.status !== 200 && response.status !== 404)) return response;
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
  if (matches(context.request.headers.get('if-none-match'), etag)) {
    headers.delete('content-type');
    headers.delete('content-length');
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers });
});
