import type { Core } from '@strapi/strapi';
import { drain } from './drain';
import { enqueue, type NewJob } from './enqueue';
import { jobHandler, registerJobHandler, type JobHandler } from './handlers';
import { outboxStatus, retryFailedJob } from './status';
import { runBatch, startWorkers, stopWorkers } from './worker';

/**
 * The outbox as the plugin's `outbox` service, for callers that reach the
 * plugin through Strapi (scripts, tests, the admin controller) rather than
 * importing services/outbox: the same module instance the workers use.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  enqueue: (job: NewJob) => enqueue(strapi, job),
  registerJobHandler: (type: string, handler: JobHandler) => registerJobHandler(type, handler),
  handlerOf: (type: string) => jobHandler(type),
  drain: (options?: { timeoutMs?: number }) => drain(strapi, options),
  runBatch: () => runBatch(strapi),
  status: () => outboxStatus(strapi),
  retry: (id: number) => retryFailedJob(strapi, id),
  /** Stops this process's worker after the job under way (a benchmark timing a write on its own); resumeWorkers starts it again. */
  pauseWorkers: () => stopWorkers(),
  resumeWorkers: () => startWorkers(strapi),
});
