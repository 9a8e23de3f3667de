import type { Core } from '@strapi/strapi';
import type { JobRefused } from './handlers';
import { JOBS_TABLE, type JobRow } from './table';

/**
 * A refused job (handlers.ts, JobRefused) is failed at once, whatever tries
 * it had left, with the refusal as its error: the pipeline page lists it
 * among the failures and its owner (the schedule routes) reads it back. Only
 * the worker still holding it may set it, as with failJob.
 */
export const refuseJob = async (strapi: Core.Strapi, workerId: string, job: JobRow, refusal: JobRefused): Promise<void> => {
  await strapi.db.connection(JOBS_TABLE).where({ id: job.id, locked_by: workerId }).update({
    state: 'failed',
    last_error: refusal.record,
    locked_by: null,
    locked_at: null,
    updated_at: Date.now(),
  });
};
