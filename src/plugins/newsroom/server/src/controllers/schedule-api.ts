/**
 * The content API's schedule routes of one kind (routes/index.ts makes them
 * for every kind): /api/newsroom/<plural>/:documentId/schedule
 *   POST   { action, at, locale }         → 201 { data: job } / 400 / 404
 *   GET    ?locale=                       → { data: job[] } (pending and failed)
 *   DELETE ?locale=&action=               → { data: job[] } (the cancelled ones)
 *   DELETE …/schedule/:id                 → { data: job } / 404 when not pending
 * Who may call them is the route's auth scope: the kind's `update`
 * permission (routes/index.ts). The admin's routes are controllers/schedule.ts.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Kind } from '../kinds';
import { cancelScheduled, scheduleDocument, scheduledJobsOf, type CancelFilter } from '../services/schedule/schedule-jobs';
import { messageLanguage } from '../strapi/request-language';

export interface ScheduleContext {
  params: { documentId?: string; id?: string; kind?: string };
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user?: { id?: unknown }; userAbility?: unknown };
  status: number;
  body: unknown;
}

const optionalText = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** A message in the reader's language (strapi/request-language.ts): English or Chinese. */
export const say = (strapi: Core.Strapi, en: string, zh: string): string => (messageLanguage(strapi, undefined) === 'en' ? en : zh);

const refuse = (path: string, message: string): never => {
  throw new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError', code: `schedule.${path}.invalid` }] });
};

/** `?locale=` and `?action=` of a cancel, `action` checked. */
export const cancelFilterOf = (query: Record<string, unknown>): CancelFilter => {
  const action = optionalText(query.action);
  if (action !== undefined && action !== 'publish' && action !== 'unpublish') refuse('action', "action must be 'publish' or 'unpublish'");
  return { locale: optionalText(query.locale), action: action as CancelFilter['action'] };
};

/** A job id from the path: a positive integer, else 404 (no such job). */
export const jobIdOf = (strapi: Core.Strapi, value: unknown): number => {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new errors.NotFoundError(say(strapi, 'No such scheduled job', '没有这项定时任务'));
  return id;
};

export const bodyLocale = (body: unknown): string | undefined =>
  body && typeof body === 'object' ? optionalText((body as { locale?: unknown }).locale) : undefined;

export const scheduleApiController = (kind: Kind) => ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: ScheduleContext) {
    const body = ctx.request.body;
    const job = await scheduleDocument(strapi, kind, String(ctx.params.documentId), body, messageLanguage(strapi, bodyLocale(body)));
    ctx.status = 201;
    ctx.body = { data: job };
  },

  async list(ctx: ScheduleContext) {
    ctx.body = { data: await scheduledJobsOf(strapi, kind, String(ctx.params.documentId), optionalText(ctx.query.locale)) };
  },

  async cancel(ctx: ScheduleContext) {
    ctx.body = { data: await cancelScheduled(strapi, kind, String(ctx.params.documentId), cancelFilterOf(ctx.query)) };
  },

  async cancelOne(ctx: ScheduleContext) {
    const [job] = await cancelScheduled(strapi, kind, String(ctx.params.documentId), { id: jobIdOf(strapi, ctx.params.id) });
    if (!job) throw new errors.NotFoundError(say(strapi, 'No pending scheduled job with this id for this document', '这篇稿件没有这项待执行的定时任务'));
    ctx.body = { data: job };
  },
});
