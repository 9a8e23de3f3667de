/**
 * The part of the transactional outbox (services/outbox, issue 21) the
 * schedule and the embargo timers run on, as its agreed API: enqueue a job
 * in the current transaction, register the handler of a job type. The
 * outbox hands these two functions over when it is wired in
 * (bindOutbox, called from the plugin's register once services/outbox is
 * merged); until then no embargo job is written, and embargoes still end on
 * time on every public path (the reads compare with the clock), but the
 * pages that show an embargoed document are not rebuilt at its end and no
 * CDN purge is sent.
 */
import type { Core } from '@strapi/strapi';

export interface OutboxJob {
  type: string;
  /** A pending job of the same type and key is not duplicated; its run time becomes the earlier one. */
  key?: string;
  payload?: Record<string, unknown>;
  runAt?: Date;
}

export type JobHandler = (payload: Record<string, unknown>, context: { strapi: Core.Strapi }) => Promise<void>;

export interface OutboxApi {
  enqueue(strapi: Core.Strapi, job: OutboxJob): Promise<void>;
  registerJobHandler(type: string, handler: JobHandler): void;
}

let bound: OutboxApi | undefined;

/** Hands the outbox to the schedule and the embargo timers. */
export const bindOutbox = (api: OutboxApi): void => {
  bound = api;
};

/** The outbox, when it is wired in. */
export const outbox = (): OutboxApi | undefined => bound;
