import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ContentKind, Phase } from '../editorial/types';
import { UIDS } from '../content-types/uids';
import type { EditorialService } from '../services/editorial';
import { defaultLocale } from '../hooks/locale';
import { messageLanguage } from '../strapi/request-language';
import { toErrorEntries } from '../strapi/validation-error';

export interface CheckRequest {
  /** `en` or `zh-CN`: the admin sends its interface language; otherwise the reader's language (request-language.ts). */
  language?: unknown;
  type?: unknown;
  documentId?: unknown;
  locale?: unknown;
  phase?: unknown;
  data?: unknown;
}

const isKind = (value: unknown): value is ContentKind => typeof value === 'string' && value in UIDS;

/**
 * POST /editorial-check: the same rules as a save or publish, on a posted
 * document, without writing anything. The admin's live check calls it as
 * the editor types; it answers 200 with the problems (an empty list means
 * ready) and the derived credit line, byline and dateline.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async check(ctx: { request: { body?: CheckRequest; headers: Record<string, unknown> }; body: unknown }) {
    const body = ctx.request.body ?? {};
    const language =
      body.language === 'en' || body.language === 'zh-CN'
        ? body.language
        : messageLanguage(strapi, typeof body.locale === 'string' ? body.locale : undefined);
    if (!isKind(body.type)) {
      throw new errors.ValidationError('type must be one of meeting, achievement, street-case, speaker', {
        errors: [{ path: ['type'], message: 'type must be one of meeting, achievement, street-case, speaker', name: 'ValidationError', code: 'request.type.invalid' }],
      });
    }
    if (body.data !== undefined && (typeof body.data !== 'object' || body.data === null || Array.isArray(body.data))) {
      throw new errors.ValidationError('data must be an object', {
        errors: [{ path: ['data'], message: 'data must be an object', name: 'ValidationError', code: 'request.data.invalid' }],
      });
    }
    const phase: Phase = body.phase === 'save' ? 'save' : 'publish';
    const locale = typeof body.locale === 'string' ? body.locale : await defaultLocale(strapi);
    const service = strapi.plugin('newsroom').service('editorial') as EditorialService;
    const result = await service.checkWrite({
      kind: body.type,
      documentId: typeof body.documentId === 'string' ? body.documentId : undefined,
      locale,
      data: (body.data ?? {}) as Record<string, unknown>,
      phase,
      language,
    });
    const editorial = (result.view.editorial ?? null) as Record<string, unknown> | null;
    ctx.body = {
      data: {
        ready: result.problems.length === 0,
        phase,
        errors: toErrorEntries(result.problems),
        derived: editorial
          ? { creditLine: editorial.creditLine ?? '', byline: editorial.byline ?? '', dateline: editorial.dateline ?? '' }
          : null,
      },
    };
  },
});
