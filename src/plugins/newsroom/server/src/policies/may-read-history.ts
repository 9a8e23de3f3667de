import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { kindNamed } from '../kinds';
import { defaultLocale } from '../strapi/locale';
import { contentManagerChecker, type UserAbility } from '../strapi/permission-checker';

export interface HistoryPolicyContext {
  state: { userAbility?: UserAbility; user?: { id: number } };
  params: { kind?: unknown; documentId?: unknown };
  request: { query?: { locale?: unknown } };
}

/**
 * A document's history is for an admin user who may read that document in
 * the content manager (its kind, its locale, and Strapi's conditions such as
 * "is creator"); anyone else gets a 403 that names nothing of it. A
 * document no longer stored (deleted) is judged by the kind and locale.
 * An unknown kind is left to the controller's 404.
 */
export default async (policyContext: HistoryPolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }): Promise<boolean> => {
  const { userAbility } = policyContext.state;
  const kind = kindNamed(policyContext.params.kind);
  if (!kind) return true;
  if (!userAbility) return false;
  const documentId = String(policyContext.params.documentId ?? '');
  const asked = policyContext.request.query?.locale;
  const locale = typeof asked === 'string' && asked !== '' ? asked : undefined;
  const stored = (await strapi.db.query(kind.uid).findOne({
    where: { documentId, ...(locale ? { locale } : {}) },
    select: ['documentId', 'locale'],
    populate: { createdBy: { select: ['id'] } },
  })) as Record<string, unknown> | null;
  const subject = stored ?? { locale: locale ?? (await defaultLocale(strapi)) };
  if (contentManagerChecker(strapi, userAbility, kind.uid).cannot.read(subject)) {
    throw new errors.PolicyError('You may not read the history of this document', { policy: 'may-read-history' });
  }
  return true;
};
