import { availableParallelism } from 'node:os';

/** How imports are parsed off the event loop (config `importParse`, parse-off-thread.ts). */
export interface ImportParseSettings {
  /** Worker threads parsing at once. */
  threads: number;
  /** Reports waiting for a thread; one more is refused with 429 and Retry-After. */
  queue: number;
  /** How long one report's parse may run in its thread before it is stopped and refused with 400 `import.parse-timeout`. */
  timeoutMs: number;
}

/** One thread fewer than the machine has (at least one, at most four): the server keeps a core for its requests. */
export const DEFAULT_IMPORT_PARSE: ImportParseSettings = {
  threads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  queue: 8,
  // The largest report (2 MB) parses in about a second on one core of a loaded machine.
  timeoutMs: 20_000,
};

const RULES: Record<keyof ImportParseSettings, (value: number) => boolean> = {
  threads: (value) => Number.isInteger(value) && value >= 1,
  queue: (value) => Number.isInteger(value) && value >= 0,
  timeoutMs: (value) => Number.isInteger(value) && value >= 1,
};

/** Why `importParse` is not valid, one line per problem; `[]` when it is (absent fields take their defaults). */
export const importParseProblems = (value: unknown): string[] => {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['importParse must be an object of threads, queue, timeoutMs'];
  return Object.entries(value).flatMap(([field, setting]) =>
    !(field in RULES)
      ? [`importParse.${field} is not a setting (threads, queue, timeoutMs)`]
      : typeof setting === 'number' && RULES[field as keyof ImportParseSettings](setting)
        ? []
        : [`importParse.${field} must be a whole number (threads and timeoutMs at least 1, queue at least 0; got ${JSON.stringify(setting)})`],
  );
};

/** The settings in force: the configured ones over the defaults. */
export const importParseSettings = (configured: Partial<ImportParseSettings> | undefined): ImportParseSettings => ({ ...DEFAULT_IMPORT_PARSE, ...configured });
