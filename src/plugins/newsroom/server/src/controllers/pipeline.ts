/**
 * The admin's pipeline page (issue 21): GET /newsroom/outbox answers the
 * outbox's state (jobs waiting, planned for later, running, failed, the
 * oldest waiting job's age, the latest failures with their error);
 * POST /newsroom/outbox/jobs/:id/retry puts one failed job back in the queue
 * and answers whether there was such a job. The routes' policies ask for the
 * plugin's pipeline permissions (strapi/pipeline-permissions.ts).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { outboxStatus, retryFailedJob } from '../services/outbox';

interface PipelineContext {
  params: { id?: string };
  body: unknown;
  set(field: string, value: string): void;
}

/** A job id: a positive integer, else a 400 at `id`. */
const jobId = (raw: unknown): number => {
  const text = String(raw ?? '');
  if (!/^[1-9]\d{0,15}$/.test(text)) {
    const message = 'id must be a positive integer';
    throw new errors.ValidationError(message, { errors: [{ path: ['id'], message, name: 'ValidationError', code: 'request.id.invalid' }] });
  }
  return Number(text);
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async status(context: unknown) {
    const ctx = context as PipelineContext;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await outboxStatus(strapi) };
  },

  async retry(context: unknown) {
    const ctx = context as PipelineContext;
    const id = jobId(ctx.params.id);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: { retried: await retryFailedJob(strapi, id) } };
  },
});
