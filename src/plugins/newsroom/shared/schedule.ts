/**
 * The Schedule API's shapes, one definition for the server and the admin
 * panel (COORD "Schedule API"; content model "Time and history"): a job
 * publishes or unpublishes one locale of a document at a time, and carries
 * why it failed when it did.
 */
import type { FieldPath } from './api';

export type ScheduleAction = 'publish' | 'unpublish';
export type ScheduleState = 'pending' | 'done' | 'failed' | 'cancelled';

/** Why a job failed: a refused publish carries the contract's rejected-write shape (field paths); anything else only `message`. */
export interface ScheduleError {
  message: string;
  details?: { errors: Array<{ path: FieldPath; message: string; code?: string }> };
}

export interface ScheduleJob {
  id: number;
  /** The kind's singular name: meeting, achievement, street-case, speaker. */
  kind: string;
  documentId: string;
  action: ScheduleAction;
  /** When it fires, ISO 8601 in UTC (`2026-12-07T01:00:00.000Z`); the admin shows it in Beijing time. */
  at: string;
  locale: string;
  state: ScheduleState;
  error?: ScheduleError;
  /** The account that scheduled it; the history entry of the publish credits it. */
  scheduledBy: { id: number | null; name: string };
}

/** The body of POST …/schedule: `at` must carry its offset (`2026-12-07T09:00:00+08:00` is 09:00 Beijing time). */
export interface ScheduleRequest {
  action: ScheduleAction;
  at: string;
  locale: string;
}
