import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ContentKind, Phase } from '../editorial/types';
import { UIDS } from '../content-types/uids';
import type { EditorialService } from '../services/editorial';
import { defaultLocale } from '../hooks/locale';
import { languageFor } from '../strapi/request-language';
import { toErrorEntries } from '../strapi/validation-error';

export interface CheckRequest {
  /** `en` or `zh-CN`: the admin sends its interface language; otherwise the document's locale decides. */
  language?: unknown;
  type?: unknown;
  documentId?: unknown;
  locale?: unknown;
  phase?: unknown;
  /** `['save', 'publish']`: one call answers each phase (the admin's side panel asks once for both). */
  phases?: unknown;
  data?: unknown;
}

const isKind = (value: unknown): value is ContentKind => typeof value === 'string' && value in UIDS;
const isPhase = (value: unknown): value is Phase => value === 'save' || value === 'publish';

/** The phases asked for: `phases` (a non-empty list) or the single `phase` (publish by default). */
const phasesOf = (body: CheckRequest): Phase[] => {
  if (body.phases === undefined) return [body.phase === 'save' ? 'save' : 'publish'];
  if (!Array.isArray(body.phases) || body.phases.length === 0 || !body.phases.every(isPhase)) {
    const message = "phases must be a non-empty list of 'save' and 'publish'";
    throw new errors.ValidationError(message, { errors: [{ path: ['phases'], message, name: 'ValidationError', code: 'request.phases.invalid' }] });
  }
  return [...new Set(body.phases)];
};

/**
 * POST /editorial-check: the same rules as a save or publish, on a posted
 * document, without writing anything. The admin's live check calls it as
 * the editor types; it answers 200 with the problems (an empty list means
 * ready) and the derived credit line, byline and dateline. With
 * `phases: ['save', 'publish']` one call answers both: the fields above are
 * those of the last phase listed, and `phases.save` / `phases.publish` each
 * phase's own answer.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async check(ctx: { request: { body?: CheckRequest; headers: Record<string, unknown> }; body: unknown }) {
    const body = ctx.request.body ?? {};
    const language =
      body.language === 'en' || body.language === 'zh-CN' ? body.language : languageFor(body.locale, ctx.request.headers['accept-language']);
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
    const phases = phasesOf(body);
    const locale = typeof body.locale === 'string' ? body.locale : await defaultLocale(strapi);
    const service = strapi.plugin('newsroom').service('editorial') as EditorialService;
    const verdict = async (phase: Phase) => {
      const result = await service.checkWrite({
        kind: body.type as ContentKind,
        documentId: typeof body.documentId === 'string' ? body.documentId : undefined,
        locale,
        data: (body.data ?? {}) as Record<string, unknown>,
        phase,
        language,
      });
      const editorial = (result.view.editorial ?? null) as Record<string, unknown> | null;
      return {
        ready: result.problems.length === 0,
        phase,
        errors: toErrorEntries(result.problems),
        derived: editorial
          ? { creditLine: editorial.creditLine ?? '', byline: editorial.byline ?? '', dateline: editorial.dateline ?? '' }
          : null,
      };
    };
    const results: Array<Awaited<ReturnType<typeof verdict>>> = [];
    for (const phase of phases) results.push(await verdict(phase));
    // The last phase asked for answers in the fields existing callers read; `phases` holds each one.
    const last = results[results.length - 1];
    ctx.body = { data: body.phases === undefined ? last : { ...last, phases: Object.fromEntries(results.map((r) => [r.phase, r])) } };
  },
});
