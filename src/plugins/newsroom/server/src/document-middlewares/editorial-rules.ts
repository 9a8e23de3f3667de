import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../kinds';
import type { Problem } from '../editorial/types';
import { datesToStrings } from '../services/editorial/plain-dates';
import { messageLanguage } from '../strapi/request-language';
import { toValidationError } from '../strapi/validation-error';
import { rememberStoredDraft } from '../services/editorial/stored-draft';
import { defaultLocale, draftLocalesOf } from '../strapi/locale';
import { pluginService } from '../services/plugin-service';
import { noteWrite } from '../services/editorial/meeting-parts-in-batch';

/** Writes other than create and update: they change what R5 and R7 read of a meeting too. */
const OTHER_WRITES = new Set(['delete', 'publish', 'unpublish', 'discardDraft']);

interface WriteParams {
  documentId?: string;
  locale?: string;
  status?: 'draft' | 'published';
  data?: Record<string, unknown>;
}

/**
 * Rules R1–R12 on every write that goes through the Document Service: the
 * admin, REST, GraphQL, the importer. `create` and `update` are normalized
 * and checked (publish rules too when they carry `status: 'published'`,
 * which Strapi publishes without passing through `publish`); `publish`
 * checks the stored draft of every locale it touches. `unpublish` and
 * `discardDraft` are never blocked.
 */
export const editorialRules =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const kind = kindOf(context.uid);
    if (!kind) return next();
    const service = pluginService(strapi, 'editorial');

    if (context.action === 'create' || context.action === 'update') {
      const params = context.params as WriteParams;
      const locale = params.locale ?? (await defaultLocale(strapi));
      const language = messageLanguage(strapi, locale);
      const result = await service.checkWrite({
        kind,
        documentId: context.action === 'update' ? params.documentId : undefined,
        locale,
        data: datesToStrings(strapi, context.uid, params.data ?? {}),
        phase: params.status === 'published' ? 'publish' : 'save',
        language,
      });
      if (result.problems.length > 0) throw toValidationError(result.problems, language);
      params.data = result.data;
      rememberStoredDraft(params, result.stored);
      const written = await next();
      const documentId = (written as { documentId?: unknown } | null)?.documentId;
      if (typeof documentId === 'string') noteWrite(kind, context.action, { documentId, locale, meetingId: result.meetingId, ordinal: result.view.ordinal });
      else noteWrite(kind, context.action);
      return written;
    }

    if (context.action === 'publish') {
      const params = context.params as WriteParams & { locale?: string | string[] };
      if (!params.documentId) return next();
      const locales = await draftLocalesOf(strapi, context.uid, params.documentId, params.locale);
      const language = messageLanguage(strapi, locales.length === 1 ? locales[0] : undefined);
      const problems: Problem[] = [];
      for (const locale of locales) {
        problems.push(...(await service.checkDraft(kind, params.documentId, locale, messageLanguage(strapi, locale))));
      }
      if (problems.length > 0) throw toValidationError(problems, language);
    }

    if (!OTHER_WRITES.has(context.action)) return next();
    const written = await next();
    // A part deleted, published or unpublished, a meeting changed: what this batch read of meetings is read again.
    noteWrite(kind, context.action);
    return written;
  };
