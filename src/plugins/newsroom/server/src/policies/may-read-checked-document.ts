import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { kindNamed } from '../kinds';
import { defaultLocale } from '../strapi/locale';
import { contentManagerChecker, type UserAbility } from '../strapi/permission-checker';

export interface PolicyContext {
  state: { userAbility?: UserAbility; user?: { id: number } };
  request: { body?: { type?: unknown; documentId?: unknown; locale?: unknown } };
}

/**
 * The admin's editorial check answers a document's problems and its credit
 * line, byline and dateline: only for an admin user who may read that kind
 * in that locale in the content manager: given a documentId, that very draft
 * (Strapi's "is creator" condition included), otherwise the new document
 * they are writing. Anything else is a 403
 * that names nothing of the document. A request without a valid type is left
 * to the controller's 400; a locale i18n does not have is a 400 at `locale`
 * (no one may read in it, but that is the request's fault, not a permission).
 */
export default async (policyContext: PolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }): Promise<boolean> => {
  const { userAbility, user } = policyContext.state;
  const body = policyContext.request.body ?? {};
  const kind = kindNamed(body.type);
  if (!kind) return true;
  if (!userAbility || !user) return false;
  const locale = typeof body.locale === 'string' ? body.locale : await defaultLocale(strapi);
  const codes = ((await (strapi.plugin('i18n')?.service('locales') as { find(): Promise<Array<{ code: string }>> } | undefined)?.find()) ?? []).map((l) => l.code);
  if (codes.length > 0 && !codes.includes(locale)) {
    const message = `locale must be one of ${codes.join(', ')}`;
    throw new errors.ValidationError(message, { errors: [{ path: ['locale'], message, name: 'ValidationError', code: 'request.locale.unknown' }] });
  }
  const stored =
    typeof body.documentId === 'string'
      ? ((await strapi.db.query(kind.uid).findOne({
          where: { documentId: body.documentId, locale, publishedAt: null },
          select: ['documentId', 'locale'],
          populate: { createdBy: { select: ['id'] } },
        })) as Record<string, unknown> | null)
      : null;
  // Without a stored draft the check is about the document this user is writing: in that locale, created by them.
  const subject = stored ?? { locale, createdBy: { id: user.id } };
  if (contentManagerChecker(strapi, userAbility, kind.uid).cannot.read(subject)) {
    throw new errors.PolicyError(stored ? 'You may not read this document' : `You may not read ${kind.plural} in ${locale}`, {
      policy: 'may-read-checked-document',
    });
  }
  return true;
};
