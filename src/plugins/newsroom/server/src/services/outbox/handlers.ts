import type { Core } from '@strapi/strapi';
import type { JobRow } from './table';

export interface JobContext {
  strapi: Core.Strapi;
  job: JobRow;
}

/** Does one job. Throwing retries it later (with backoff), then sets it aside as failed. It may run more than once: make it idempotent. */
export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<void>;

const handlers = new Map<string, JobHandler>();

/** Call in register or bootstrap; a process claims only jobs whose type it has a handler for. */
export const registerJobHandler = (type: string, handler: JobHandler): void => {
  handlers.set(type, handler);
};

export const jobHandler = (type: string): JobHandler | undefined => handlers.get(type);

export const handledTypes = (): string[] => [...handlers.keys()];

/**
 * Thrown by a handler whose job must not be tried again (a scheduled
 * publish the rules refuse: retrying refuses again). The worker sets the job
 * failed at once with `record` as its error (services/outbox/refuse.ts).
 */
export class JobRefused extends Error {
  /** What the job's error says: kept as written (a refusal's JSON, for the schedule routes to read back). */
  readonly record: string;

  constructor(message: string, record: string = message) {
    super(message);
    this.name = 'JobRefused';
    this.record = record;
  }
}
