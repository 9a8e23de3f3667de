/**
 * Short-lived preview links: `/newsroom/preview/<kind>/<documentId>?locale=…&status=…&expires=…&signature=…`,
 * the signature an HMAC-SHA256 (config `previewSecret`) of everything the
 * link names. The page behind it needs no login (it opens in the admin's
 * iframe and in a new tab), so the link itself is the permission: without
 * its query, with a changed part, or past `expires`, it is refused.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../../config';
import { kindOf } from '../../kinds';

export interface PreviewTarget {
  /** The kind's name: `meeting`. */
  kind: string;
  documentId: string;
  locale: string;
  status: 'draft' | 'published';
}

export type PreviewRefusal = 'unsigned' | 'expired' | 'bad-signature' | 'invalid';

const PATH = '/newsroom/preview';

const payload = (target: PreviewTarget, expires: number): string =>
  [target.kind, target.documentId, target.locale, target.status, String(expires)].join('\n');

export const signPreview = (secret: string, target: PreviewTarget, expires: number): string =>
  createHmac('sha256', secret).update(payload(target, expires)).digest('base64url');

export const previewPath = (secret: string, target: PreviewTarget, expires: number): string => {
  const query = new URLSearchParams({ locale: target.locale, status: target.status, expires: String(expires), signature: signPreview(secret, target, expires) });
  return `${PATH}/${encodeURIComponent(target.kind)}/${encodeURIComponent(target.documentId)}?${query.toString()}`;
};

/** Why a request's link is refused, or null when its signature holds and it has not expired. */
export const checkPreview = (
  secret: string,
  target: PreviewTarget,
  query: { expires?: unknown; signature?: unknown },
  nowSeconds: number
): PreviewRefusal | null => {
  if (typeof query.signature !== 'string' || typeof query.expires !== 'string') return 'unsigned';
  if (!/^\d{1,12}$/.test(query.expires)) return 'invalid';
  const expected = Buffer.from(signPreview(secret, target, Number(query.expires)));
  const given = Buffer.from(query.signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad-signature';
  return Number(query.expires) < nowSeconds ? 'expired' : null;
};

const previewLinksService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get<NewsroomConfig>('plugin::newsroom');
  const secret = (): string => {
    const { previewSecret } = config();
    if (!previewSecret) throw new Error('newsroom: config previewSecret is not set; preview links cannot be signed');
    return previewSecret;
  };

  return {
    /** config/admin.ts `preview.config.handler`: a signed link for a newsroom document, null for other types. */
    urlFor(uid: string, params: { documentId?: string; locale?: string | null; status?: string | null }): string | null {
      const kind = kindOf(uid);
      if (!kind || !params.documentId) return null;
      const target: PreviewTarget = {
        kind: kind.name,
        documentId: params.documentId,
        locale: params.locale ?? 'zh-Hans',
        status: params.status === 'published' ? 'published' : 'draft',
      };
      const expires = Math.floor(Date.now() / 1000) + config().previewTtlSeconds;
      return previewPath(secret(), target, expires);
    },

    check(target: PreviewTarget, query: { expires?: unknown; signature?: unknown }): PreviewRefusal | null {
      return checkPreview(secret(), target, query, Math.floor(Date.now() / 1000));
    },
  };
};

export type PreviewLinksService = ReturnType<typeof previewLinksService>;
export default previewLinksService;
