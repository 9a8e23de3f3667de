/**
 * The admin's schedule routes (/newsroom/schedule/…; the policy
 * may-schedule checks the content manager's permissions first):
 *   GET    /schedule/:kind/:documentId?locale=   → { data: job[] } (jobs of the locales the user may read)
 *   POST   /schedule/:kind/:documentId           → 201 { data: job } / 400 / 404
 *   DELETE /schedule/:kind/:documentId/:id       → { data: job } / 404
 *   GET    /schedule/refusals                    → { data: job[] } the user's failed jobs not yet acknowledged
 *   POST   /schedule/refusals/:id/seen           → 204
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { kindNamed, type Kind } from '../kinds';
import { permissionSubject } from '../policies/may-schedule';
import { markRefusalSeen, unseenRefusalsOf } from '../services/schedule/refusals';
import { scheduledJobsOf } from '../services/schedule/schedule-jobs';
import { contentManagerChecker, type UserAbility } from '../strapi/permission-checker';
import { jobIdOf, say, scheduleApiController, type ScheduleContext } from './schedule-api';

const kindOf = (ctx: ScheduleContext): Kind => {
  const kind = kindNamed(ctx.params.kind);
  if (!kind) throw new errors.NotFoundError(`No kind called ${String(ctx.params.kind)}`);
  return kind;
};

const userIdOf = (ctx: ScheduleContext): number => {
  const id = Number(ctx.state.user?.id);
  if (!Number.isSafeInteger(id)) throw new errors.UnauthorizedError('Sign in first');
  return id;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Scheduling and cancelling are the content API's, once the kind is read from the path.
  const forKind = (ctx: ScheduleContext) => scheduleApiController(kindOf(ctx))({ strapi });
  return {
    async list(ctx: ScheduleContext) {
      const kind = kindOf(ctx);
      const documentId = String(ctx.params.documentId);
      const jobs = await scheduledJobsOf(strapi, kind, documentId, typeof ctx.query.locale === 'string' && ctx.query.locale !== '' ? ctx.query.locale : undefined);
      // Without ?locale= the policy judged the document; each job is shown only if its locale may be read.
      const checker = contentManagerChecker(strapi, ctx.state.userAbility as UserAbility, kind.uid);
      const readable = new Map<string, boolean>();
      for (const locale of new Set(jobs.map((job) => job.locale))) {
        readable.set(locale, checker.can.read(await permissionSubject(strapi, kind, documentId, locale)));
      }
      ctx.body = { data: jobs.filter((job) => readable.get(job.locale)) };
    },
    create: (ctx: ScheduleContext) => forKind(ctx).create(ctx),
    cancelOne: (ctx: ScheduleContext) => forKind(ctx).cancelOne(ctx),
    async refusals(ctx: ScheduleContext) {
      ctx.body = { data: await unseenRefusalsOf(strapi, userIdOf(ctx)) };
    },
    async seen(ctx: ScheduleContext) {
      if (!(await markRefusalSeen(strapi, userIdOf(ctx), jobIdOf(strapi, ctx.params.id)))) {
        throw new errors.NotFoundError(say(strapi, 'No refused job of yours with this id', '没有您安排的这项被拒任务'));
      }
      ctx.status = 204;
      ctx.body = null;
    },
  };
};
