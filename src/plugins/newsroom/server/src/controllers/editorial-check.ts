import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CheckResult } from '../../../shared/api';
import type { Phase } from '../editorial/types';
import { KINDS, kindNamed } from '../kinds';
import { defaultLocale } from '../strapi/locale';
import { pluginService } from '../services/plugin-service';
import { messageLanguage } from '../strapi/request-language';
import { toErrorEntries } from '../strapi/validation-error';

export interface CheckRequest {
  /** `en` or `zh-CN`: the admin sends its interface language; otherwise the reader's language (request-language.ts). */
  language?: unknown;
  type?: unknown;
  documentId?: unknown;
  locale?: unknown;
  phase?: unknown;
  /** `['save', 'publish']`: one call answers each phase (the admin's side panel asks once for both). */
  phases?: unknown;
  data?: unknown;
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

const KIND_NAMES = KINDS.map((kind) => kind.name).join(', ');

const isPhase = (value: unknown): value is Phase => value === 'save' || value === 'publish';

const refuse = (path: string, code: string, message: string): never => {
  throw new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError', code }] });
};

/** The phases asked for: `phases` (a non-empty list) or the single `phase` (publish by default). */
const phasesOf = (body: CheckRequest): Phase[] => {
  if (body.phases === undefined) return [body.phase === 'save' ? 'save' : 'publish'];
  if (!Array.isArray(body.phases) || body.phases.length === 0 || !body.phases.every(isPhase)) {
    return refuse('phases', 'request.phases.invalid', "phases must be a non-empty list of 'save' and 'publish'");
  }
  return [...new Set(body.phases)];
};

/**
 * POST /editorial-check: the same rules as a save or publish, on a posted
 * document, without writing anything. The admin's live check calls it as
 * the editor types; it answers 200 with the problems (an empty list means
 * ready) and the derived credit line, byline and dateline. With `phases`,
 * one call judges the document once and answers each phase.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async check(ctx: { request: { body?: CheckRequest; headers: Record<string, unknown> }; body: unknown }) {
    const body = ctx.request.body ?? {};
    const language =
      body.language === 'en' || body.language === 'zh-CN'
        ? body.language
        : messageLanguage(strapi, typeof body.locale === 'string' ? body.locale : undefined);
    const kind = kindNamed(body.type) ?? refuse('type', 'request.type.invalid', `type must be one of ${KIND_NAMES}`);
    if (body.data !== undefined && (typeof body.data !== 'object' || body.data === null || Array.isArray(body.data))) {
      refuse('data', 'request.data.invalid', 'data must be an object');
    }
    const phases = phasesOf(body);
    const locale = typeof body.locale === 'string' ? body.locale : await defaultLocale(strapi);
    const result = await pluginService(strapi, 'editorial').checkWrite({
      kind,
      documentId: typeof body.documentId === 'string' ? body.documentId : undefined,
      locale,
      data: (body.data ?? {}) as Record<string, unknown>,
      phase: phases[phases.length - 1],
      alsoPhases: phases,
      language,
    });
    const editorial = (result.view.editorial ?? null) as Record<string, unknown> | null;
    const derived = editorial
      ? { creditLine: textOf(editorial.creditLine), byline: textOf(editorial.byline), dateline: textOf(editorial.dateline) }
      : null;
    const verdicts = phases.map((phase): CheckResult => {
      const problems = result.problemsByPhase[phase] ?? [];
      return { ready: problems.length === 0, phase, errors: toErrorEntries(problems), derived };
    });
    // The last phase asked for answers in the fields existing callers read; `phases` holds each one.
    const last = verdicts[verdicts.length - 1];
    const data: CheckResult = body.phases === undefined ? last : { ...last, phases: Object.fromEntries(verdicts.map((v) => [v.phase, v])) };
    ctx.body = { data };
  },
});
