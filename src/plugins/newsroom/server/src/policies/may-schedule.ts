import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { kindNamed, type Kind } from '../kinds';
import { scheduleJobById } from '../services/schedule/schedule-jobs';
import { contentManagerChecker, type UserAbility } from '../strapi/permission-checker';
import { messageLanguage } from '../strapi/request-language';

export interface SchedulePolicyContext {
  state: { userAbility?: UserAbility; user?: { id: number } };
  params: { kind?: unknown; documentId?: unknown; id?: unknown };
  request: { query?: { locale?: unknown }; body?: { locale?: unknown } };
}

type Needs = 'read' | 'publish';

const ACTIONS: Readonly<Record<Needs, string>> = {
  read: 'plugin::content-manager.explorer.read',
  publish: 'plugin::content-manager.explorer.publish',
};

/** What the content manager judges: the stored version in that locale (its creator counts for "is creator"), else the locale alone. */
export const permissionSubject = async (strapi: Core.Strapi, kind: Kind, documentId: string, locale: string | undefined): Promise<object> => {
  const stored = (await strapi.db.query(kind.uid).findOne({
    where: { documentId, ...(locale ? { locale } : {}) },
    select: ['documentId', 'locale'],
    populate: { createdBy: { select: ['id'] } },
  })) as Record<string, unknown> | null;
  return stored ?? (locale ? { locale } : {});
};

/** The locale a request is about: the job's (DELETE …/:id), the body's (POST), the query's (GET); undefined when it names none. */
const localeOf = async (strapi: Core.Strapi, context: SchedulePolicyContext, kind: Kind, documentId: string): Promise<string | undefined | null> => {
  if (context.params.id !== undefined) {
    const job = await scheduleJobById(strapi, Number(context.params.id));
    // Not this document's job, or none: the controller answers 404.
    return job && job.kind === kind.name && job.documentId === documentId ? job.locale : null;
  }
  const given = context.request.body?.locale ?? context.request.query?.locale;
  return typeof given === 'string' && given !== '' ? given : undefined;
};

/**
 * The admin's schedule routes: reading a document's jobs needs the content
 * manager's read permission on that kind and locale, scheduling and
 * cancelling its publish permission (`plugin::content-manager.explorer.publish`),
 * with Strapi's conditions and i18n's locales, as the content manager's own
 * publish button. Refused: 403 PolicyError naming the action, kind and
 * locale. An unknown kind, a request without a usable locale and a job that
 * is not the document's are left to the controller (404/400).
 */
export default async (context: SchedulePolicyContext, config: { needs?: Needs } | undefined, { strapi }: { strapi: Core.Strapi }): Promise<boolean> => {
  const needs: Needs = config?.needs === 'read' ? 'read' : 'publish';
  const kind = kindNamed(context.params.kind);
  if (!kind) return true;
  const { userAbility } = context.state;
  if (!userAbility) return false;
  const documentId = String(context.params.documentId ?? '');
  const locale = await localeOf(strapi, context, kind, documentId);
  if (locale === null || (locale === undefined && needs === 'publish')) return true;
  const checker = contentManagerChecker(strapi, userAbility, kind.uid);
  const subject = await permissionSubject(strapi, kind, documentId, locale);
  if (checker.cannot[needs](subject)) {
    const english = `You may not ${needs} this ${kind.name}${locale ? ` in ${locale}` : ''}`;
    const chinese = `您没有${needs === 'read' ? '查看' : '发布'}这篇稿件${locale ? `（${locale}）` : ''}的权限`;
    throw new errors.PolicyError(messageLanguage(strapi, undefined) === 'en' ? english : chinese, {
      policy: 'may-schedule',
      action: ACTIONS[needs],
      kind: kind.name,
      ...(locale ? { locale } : {}),
    });
  }
  return true;
};
