/**
 * A scheduled publish or unpublish as the outbox stores it (a job row of
 * type SCHEDULE_JOB, its payload saying what and for whom) and as the
 * Schedule API answers it (shared/schedule.ts). Pure: no database here.
 */
import type { Actor } from '../history/actor';
import type { JobRow } from '../outbox';
import type { ScheduleAction, ScheduleError, ScheduleJob, ScheduleState } from '../../../../shared/schedule';

export const SCHEDULE_JOB = 'newsroom.schedule';

/** What a schedule job's payload holds. */
export interface SchedulePayload {
  kind: string;
  documentId: string;
  locale: string;
  action: ScheduleAction;
  /** ISO 8601, UTC. */
  at: string;
  scheduledBy: Actor;
}

/**
 * The job's key: the document and locale first, so one document's jobs are
 * found by prefix; a random tail, so no two schedules coalesce (each is its
 * own job, cancelled or fired on its own).
 */
export const scheduleKey = (payload: Pick<SchedulePayload, 'kind' | 'documentId' | 'locale'>, tail: string): string =>
  `${documentPrefix(payload.kind, payload.documentId)}${payload.locale}:${tail}`;

export const documentPrefix = (kind: string, documentId: string): string => `schedule:${kind}:${documentId}:`;

const ACTOR_TYPES = new Set<Actor['type']>(['admin', 'user', 'api-token', 'system']);

const actorOf = (value: unknown): Actor => {
  const given = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const type = ACTOR_TYPES.has(given.type as Actor['type']) ? (given.type as Actor['type']) : 'system';
  const id = typeof given.id === 'number' && Number.isInteger(given.id) ? given.id : null;
  return { type, id, name: typeof given.name === 'string' ? given.name : 'system' };
};

/** The payload, or undefined when it is not a schedule job's. */
export const readSchedulePayload = (payload: Record<string, unknown>): SchedulePayload | undefined => {
  const { kind, documentId, locale, action, at } = payload;
  if (typeof kind !== 'string' || typeof documentId !== 'string' || typeof locale !== 'string' || typeof at !== 'string') return undefined;
  if (action !== 'publish' && action !== 'unpublish') return undefined;
  return { kind, documentId, locale, action, at, scheduledBy: actorOf(payload.scheduledBy) };
};

/** A job's stored error as the API shows it: a refusal's JSON as written, anything else by its first line. */
export const errorOf = (lastError: string | null): ScheduleError | undefined => {
  if (!lastError) return undefined;
  try {
    const parsed = JSON.parse(lastError) as { message?: unknown; details?: { errors?: unknown } };
    if (parsed && typeof parsed.message === 'string') {
      const errors = Array.isArray(parsed.details?.errors) ? (parsed.details.errors as NonNullable<ScheduleError['details']>['errors']) : undefined;
      return errors ? { message: parsed.message, details: { errors } } : { message: parsed.message };
    }
  } catch {
    // Not JSON: an error's stack.
  }
  return { message: lastError.split('\n')[0] };
};

/** Running is pending to the API: the job has not fired yet (its publish commits with its completion). */
const stateOf = (state: JobRow['state']): ScheduleState => (state === 'running' ? 'pending' : state);

/** The API's view of a schedule job; undefined for a row that is not one. */
export const toScheduleJob = (row: JobRow): ScheduleJob | undefined => {
  if (row.type !== SCHEDULE_JOB) return undefined;
  const payload = readSchedulePayload(row.payload);
  if (!payload) return undefined;
  const state = stateOf(row.state);
  const error = state === 'failed' ? errorOf(row.lastError) : undefined;
  return {
    id: row.id,
    kind: payload.kind,
    documentId: payload.documentId,
    action: payload.action,
    at: new Date(row.runAt).toISOString(),
    locale: payload.locale,
    state,
    ...(error ? { error } : {}),
    scheduledBy: { id: payload.scheduledBy.id, name: payload.scheduledBy.name },
  };
};
