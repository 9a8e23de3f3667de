import type { Core } from '@strapi/strapi';

/** How this process's outbox workers behave (the plugin config's `outbox`). */
export interface OutboxSettings {
  /** Run workers in this process (every process does by default; a one-off script may not). */
  workers: boolean;
  /** How long an idle worker waits before looking for due jobs again (a commit in this process wakes it at once). */
  pollMs: number;
  /** How many due jobs one claim takes. */
  batchSize: number;
  /** A running job whose lock is older than this is another process's that died: it is claimed again. Renewed while the job runs. */
  leaseMs: number;
  /** Tries before a job is set aside as failed. */
  maxAttempts: number;
  /** The first retry's delay; each next one doubles (with jitter). */
  retryBaseMs: number;
  /** How long finished jobs are kept (the admin's recent history) before they are deleted. */
  keepDoneMs: number;
}

export const DEFAULT_OUTBOX_SETTINGS: OutboxSettings = {
  workers: true,
  pollMs: 1000,
  batchSize: 20,
  leaseMs: 60_000,
  maxAttempts: 6,
  retryBaseMs: 2000,
  keepDoneMs: 60 * 60_000,
};

const positive = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback);

/** The settings of `plugin::newsroom.outbox`, each missing or bad one replaced by its default. */
export const outboxSettings = (strapi: Core.Strapi): OutboxSettings => {
  const given = (strapi.config.get('plugin::newsroom.outbox') ?? {}) as Partial<Record<keyof OutboxSettings, unknown>>;
  const d = DEFAULT_OUTBOX_SETTINGS;
  return {
    workers: given.workers === undefined ? d.workers : given.workers !== false,
    pollMs: positive(given.pollMs, d.pollMs),
    batchSize: Math.floor(positive(given.batchSize, d.batchSize)),
    leaseMs: positive(given.leaseMs, d.leaseMs),
    maxAttempts: Math.floor(positive(given.maxAttempts, d.maxAttempts)),
    retryBaseMs: positive(given.retryBaseMs, d.retryBaseMs),
    keepDoneMs: positive(given.keepDoneMs, d.keepDoneMs),
  };
};

/** The delay before try `attempts + 1`: retryBaseMs doubled per failure so far, ±20 % jitter, at most an hour. */
export const retryDelayMs = (settings: OutboxSettings, attempts: number): number => {
  const base = Math.min(settings.retryBaseMs * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
};
