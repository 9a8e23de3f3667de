/**
 * The transactional outbox (issue 21): derived work — the pages that show a
 * written document, CDN purges, scheduled publishing — is written as a job
 * row in the same transaction as the write, and done after the commit by
 * workers that run in every Strapi process and share the work through the
 * database. Nothing beyond the application's own database is needed.
 */
export { enqueue, type NewJob } from './enqueue';
export { enqueueMany, type MergePayload } from './enqueue-many';
export { registerJobHandler, JobRefused, type JobHandler, type JobContext } from './handlers';
export { drain, outstandingJobs } from './drain';
export { startWorkers, stopWorkers, runBatch } from './worker';
export { outboxStatus, retryFailedJob, type OutboxStatus } from './status';
export { ensureJobsTable, JOBS_TABLE, type JobRow, type JobState } from './table';
export { outboxSettings, DEFAULT_OUTBOX_SETTINGS, type OutboxSettings } from './settings';
