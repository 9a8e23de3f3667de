import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defaultLocale } from '../strapi/locale';
import { contentManagerChecker, type UserAbility } from '../strapi/permission-checker';

export interface PreviewPolicyContext {
  state: { userAbility?: UserAbility; user?: { id: number } };
  params?: { contentType?: string };
  request: { query?: { documentId?: unknown; locale?: unknown; status?: unknown } };
}

interface Model {
  modelType?: string;
  kind?: string;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
}

const refuse = (): never => {
  throw new errors.PolicyError('You may not preview this document', { policy: 'may-request-preview' });
};

/**
 * Strapi's GET /content-manager/preview/url/:contentType asks only for a
 * signed-in admin; the link it answers opens the document's page without a
 * login. This policy, added to that route (register.ts), issues it only to
 * an admin user who may read that content type, in that locale, in the
 * content manager: the stored version in the status asked for (so Strapi's
 * conditions, "is creator" among them, apply), or, when there is none, a
 * document of the kind in that locale written by this user. Anything else is a 403 that names
 * nothing of the document. A request without a known content type is left
 * to Strapi's own 400.
 */
export default async (policyContext: PreviewPolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }): Promise<boolean> => {
  const uid = policyContext.params?.contentType ?? '';
  const model = strapi.getModel(uid as UID.ContentType) as Model | undefined;
  if (!model || model.modelType !== 'contentType') return true;
  const { userAbility, user } = policyContext.state;
  if (!userAbility || !user) return refuse();

  const { documentId, locale: askedLocale, status } = policyContext.request.query ?? {};
  const localized = model.pluginOptions?.i18n?.localized === true;
  const locale = localized ? (typeof askedLocale === 'string' && askedLocale !== '' ? askedLocale : await defaultLocale(strapi)) : undefined;
  const draftAndPublish = model.options?.draftAndPublish === true;
  const published = status === 'published' || (!draftAndPublish && status === undefined);
  const where: Record<string, unknown> = { publishedAt: published ? { $notNull: true } : null };
  if (typeof documentId === 'string' && documentId !== '') where.documentId = documentId;
  else if (model.kind !== 'singleType') return true; // Strapi answers 400: documentId is required.
  if (locale) where.locale = locale;
  if (!draftAndPublish) delete where.publishedAt;

  const stored = (await strapi.db.query(uid).findOne({
    where,
    select: ['id', 'documentId', ...(localized ? ['locale'] : [])],
    populate: { createdBy: { select: ['id'] } },
  })) as Record<string, unknown> | null;
  // Without a stored version, what is asked is the kind in that locale, as for a document this user wrote (its link leads to a 404).
  const subject = stored ?? { ...(locale ? { locale } : {}), createdBy: { id: user.id } };
  if (contentManagerChecker(strapi, userAbility, uid).cannot.read(subject)) return refuse();
  return true;
};
