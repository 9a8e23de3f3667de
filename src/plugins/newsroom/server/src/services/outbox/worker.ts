import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { claimJobs, completeJob, deleteOldDoneJobs, failJob, renewLease } from './claim';
import { handledTypes, jobHandler, JobRefused } from './handlers';
import { refuseJob } from './refuse';
import { retryingTransaction } from '../../strapi/retry-on-deadlock';
import { outboxSettings, type OutboxSettings } from './settings';
import type { JobRow } from './table';
import { sleepUntilWoken, wakeWorkers } from './wake';

/** Names this process's worker in locked_by: which host and pid holds a job, unique across restarts. */
const workerId = `${hostname().slice(0, 40)}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Runs the handler, then records how it went. Only the handler's error
 * counts as a failed try: recording the outcome is retried on its own after
 * a deadlock (InnoDB's gap locks make concurrent claims and completions
 * collide now and then), never by running the job again.
 */
const runOne = async (strapi: Core.Strapi, job: JobRow, settings: OutboxSettings): Promise<void> => {
  const handler = jobHandler(job.type);
  let failure: { error: unknown } | undefined;
  try {
    if (!handler) throw new Error(`no handler for job type ${job.type}`);
    await handler(job.payload, { strapi, job });
  } catch (error) {
    failure = { error };
    strapi.log.warn(`newsroom: job ${job.id} (${job.type}) failed on try ${job.attempts}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A refusal is final at once (no retry could change it); any other error is retried.
  const settle = () =>
    !failure ? completeJob(strapi, workerId, job) : failure.error instanceof JobRefused ? refuseJob(strapi, workerId, job, failure.error) : failJob(strapi, workerId, job, failure.error, settings);
  await retryingTransaction(settle);
};

/**
 * Claims one batch of due jobs and does them one after the other, keeping
 * their lease fresh meanwhile. Answers how many it claimed.
 */
export const runBatch = async (strapi: Core.Strapi, settings: OutboxSettings = outboxSettings(strapi)): Promise<number> => {
  const jobs = await claimJobs(strapi, workerId, handledTypes(), settings.batchSize, settings);
  if (jobs.length === 0) return 0;
  const held = new Set(jobs.map((job) => job.id));
  const heartbeat = setInterval(() => {
    renewLease(strapi, workerId, [...held]).catch((error: unknown) => strapi.log.warn(`newsroom: outbox lease renewal failed: ${String(error)}`));
  }, Math.max(50, settings.leaseMs / 3));
  try {
    for (const job of jobs) {
      await runOne(strapi, job, settings);
      held.delete(job.id);
      // Let the process's requests in between two jobs: on SQLite (a synchronous driver) a job never waits on I/O.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    clearInterval(heartbeat);
  }
  return jobs.length;
};

interface Running {
  stopped: boolean;
  loop: Promise<void>;
}

let running: Running | undefined;

const loop = async (strapi: Core.Strapi, state: { stopped: boolean }, settings: OutboxSettings): Promise<void> => {
  let sweptAt = 0;
  while (!state.stopped) {
    let claimed = 0;
    try {
      claimed = await runBatch(strapi, settings);
      if (Date.now() - sweptAt > 60_000) {
        sweptAt = Date.now();
        await deleteOldDoneJobs(strapi, settings);
      }
    } catch (error) {
      // The database was busy or away: try again at the next poll.
      if (!state.stopped) strapi.log.warn(`newsroom: outbox worker: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (claimed === 0 && !state.stopped) await sleepUntilWoken(settings.pollMs);
  }
};

/** Starts this process's worker (bootstrap), unless the `outbox.workers` setting is false. */
export const startWorkers = (strapi: Core.Strapi): void => {
  const settings = outboxSettings(strapi);
  if (running || !settings.workers) return;
  const state = { stopped: false, loop: Promise.resolve() };
  state.loop = loop(strapi, state, settings);
  running = state;
};

/** Stops the worker (destroy): no new claim; the job under way finishes first. */
export const stopWorkers = async (): Promise<void> => {
  const state = running;
  if (!state) return;
  running = undefined;
  state.stopped = true;
  wakeWorkers();
  await state.loop;
};
