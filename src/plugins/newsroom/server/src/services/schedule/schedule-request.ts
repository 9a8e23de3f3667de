/**
 * The body of a schedule request, checked before anything is read from the
 * database: `action` publish or unpublish, `at` an ISO 8601 instant WITH its
 * offset (`2026-12-07T09:00:00+08:00`; without one the instant would depend
 * on where the server runs) and in the future, `locale` one of i18n's.
 * Every problem names its field, in Chinese and English.
 */
import { parseDateTime } from '../../editorial/dates';
import type { MessageLanguage } from '../../editorial/types';
import type { ScheduleAction, ScheduleRequest } from '../../../../shared/schedule';

export interface RequestProblem {
  path: [string];
  code: string;
  message: string;
}

/** An instant with a date, a time and an offset (Z or ±hh:mm). */
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

const MESSAGES: Record<string, Record<MessageLanguage, string>> = {
  'schedule.action.invalid': { 'zh-CN': '操作必须是 publish（发布）或 unpublish（撤下）', en: "action must be 'publish' or 'unpublish'" },
  'schedule.at.invalid': {
    'zh-CN': '时间必须是带时区的 ISO 8601 时间，例如 2026-12-07T09:00:00+08:00（北京时间）',
    en: 'at must be an ISO 8601 time with its offset, such as 2026-12-07T09:00:00+08:00 (Beijing time)',
  },
  'schedule.at.past': { 'zh-CN': '时间必须在将来', en: 'at must be in the future' },
  'schedule.locale.invalid': { 'zh-CN': '语言必须是已有的语言之一：{codes}', en: 'locale must be one of {codes}' },
  'schedule.body.invalid': { 'zh-CN': '请求内容必须是一个对象', en: 'the request body must be an object' },
};

const problem = (field: string, code: string, language: MessageLanguage, codes: readonly string[] = []): RequestProblem => ({
  path: [field],
  code,
  message: (MESSAGES[code]?.[language] ?? code).replace('{codes}', codes.join(', ')),
});

const isAction = (value: unknown): value is ScheduleAction => value === 'publish' || value === 'unpublish';

/** The instant `at` names, or undefined when it is not an ISO 8601 time with an offset (or not a real date). */
export const instantOf = (at: unknown): Date | undefined =>
  typeof at === 'string' && WITH_OFFSET.test(at.trim()) ? parseDateTime(at.trim()) : undefined;

/** The request, or the problems with it (all of them, each at its field). */
export const readScheduleRequest = (
  body: unknown,
  { locales, now, language }: { locales: readonly string[]; now: number; language: MessageLanguage }
): { request: ScheduleRequest & { instant: Date } } | { problems: RequestProblem[] } => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { problems: [{ ...problem('body', 'schedule.body.invalid', language), path: ['body'] }] };
  const { action, at, locale } = body as Record<string, unknown>;
  const problems: RequestProblem[] = [];
  if (!isAction(action)) problems.push(problem('action', 'schedule.action.invalid', language));
  const instant = instantOf(at);
  if (!instant) problems.push(problem('at', 'schedule.at.invalid', language));
  else if (instant.getTime() <= now) problems.push(problem('at', 'schedule.at.past', language));
  if (typeof locale !== 'string' || !locales.includes(locale)) problems.push(problem('locale', 'schedule.locale.invalid', language, locales));
  if (problems.length > 0 || !instant || !isAction(action) || typeof locale !== 'string') return { problems };
  return { request: { action, at: String(at), locale, instant } };
};
