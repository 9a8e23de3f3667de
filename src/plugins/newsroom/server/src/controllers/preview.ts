/**
 * GET /newsroom/preview/:kind/:documentId?locale&status&expires&signature —
 * the preview page behind a signed, short-lived link (services/preview-links.ts).
 * No login: the signature is the permission. Refused (403) without the
 * query, with a bad signature or once expired; 404 when the document has
 * no such version.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { kindNamed, kindOf } from '../kinds';
import { renderPreviewHtml } from '../output/preview-html';
import type { PreviewLinksService, PreviewTarget } from '../services/preview/links';
import type { PreviewPagesService } from '../services/preview/pages';

interface PreviewContext {
  params: { kind?: string; documentId?: string };
  query: Record<string, unknown>;
  request: { origin?: string };
  set(field: string, value: string): void;
  type: string;
  status: number;
  body: unknown;
}

const REFUSALS = {
  unsigned: 'This preview link is not signed',
  invalid: 'This preview link is malformed',
  'bad-signature': 'This preview link is not valid',
  expired: 'This preview link has expired: open the preview again from the edit view',
} as const;

const refusalHtml = (message: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preview refused</title></head><body><main><h1>Preview refused</h1><p>${message}.</p></main></body></html>`;

/** What the link names, or null when a part is missing or unknown. */
const targetOf = (ctx: PreviewContext): PreviewTarget | null => {
  const kind = kindOf(`plugin::newsroom.${ctx.params.kind ?? ''}`);
  const { locale, status } = ctx.query;
  if (!kind || !ctx.params.documentId || typeof locale !== 'string' || (status !== 'draft' && status !== 'published')) return null;
  return { kind: kind.name, documentId: ctx.params.documentId, locale, status };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(context: unknown) {
    const ctx = context as PreviewContext;
    const links = strapi.plugin('newsroom').service<PreviewLinksService>('preview-links');
    const target = targetOf(ctx);
    const refusal = typeof ctx.query.signature !== 'string' ? 'unsigned' : target ? links.check(target, ctx.query) : 'invalid';
    if (!target || refusal) {
      // A page, not JSON: it shows in the admin's preview frame, where the editor reads why.
      ctx.status = 403;
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = refusalHtml(REFUSALS[refusal ?? 'invalid']);
      return;
    }

    const pages = strapi.plugin('newsroom').service<PreviewPagesService>('preview-pages');
    const data = await pages.load(target, ctx.request.origin ?? '');
    if (!data) throw new errors.NotFoundError(`No ${target.status} version of this ${target.kind} in ${target.locale}`);

    const nonce = randomBytes(16).toString('base64');
    ctx.set(
      'Content-Security-Policy',
      `default-src 'none'; img-src 'self' data: blob: https:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'`
    );
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderPreviewHtml({
      article: kindNamed(target.kind)?.previewArticle,
      ...data,
      status: target.status,
      expiresAt: new Date(Number(ctx.query.expires) * 1000),
      nonce,
    });
  },
});
