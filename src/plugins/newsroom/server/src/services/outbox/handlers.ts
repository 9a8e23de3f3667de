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
