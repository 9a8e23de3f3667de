/**
 * Every import's article parse runs off the server's event loop, in a
 * bounded pool of worker threads (piscina): `importParse.threads` parse at
 * once and `importParse.queue` more wait; a report beyond that is refused at
 * once (ParserBusyError: 429 with Retry-After) rather than held in memory.
 * A parse that runs longer than `importParse.timeoutMs` in its thread is
 * stopped (its thread ended; the pool starts another) and refused
 * (ParseTimeoutError: 400 `import.parse-timeout`); the time a report waits
 * in the queue does not count against it.
 *
 * The workers run this plugin's built server bundle: its named export
 * `parseInWorker` (index.ts) is the pool's task. From TypeScript source (the
 * unit tests) there is no bundle to start, and reports are parsed in place.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { errors } from '@strapi/utils';
import { Piscina } from 'piscina';
import { ArticleParseError, parseArticle, type ArticleParseErrorCode, type NotAReportReason, type ParseResult } from '../../import';
import { importParseSettings, type ImportParseSettings } from './parse-settings';

interface ParseTask {
  text: string;
  fileName?: string;
  /** Told `started` when the parse begins in its thread: the time limit counts from then. */
  started: MessagePort;
}

type ParseAnswer =
  | { result: ParseResult }
  | { refusal: { code: ArticleParseErrorCode; fileName?: string; reason?: NotAReportReason } }
  | { failure: string };

/** The pool's task, run in a worker thread: the parse, with its one refusal as data (a thrown class does not cross threads). */
export function parseInWorker(task: ParseTask): ParseAnswer {
  task.started.postMessage('started');
  task.started.close();
  try {
    return { result: parseArticle(task.text, { fileName: task.fileName }) };
  } catch (error) {
    if (error instanceof ArticleParseError) return { refusal: { code: error.code, fileName: error.fileName, reason: error.reason } };
    return { failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** Every thread is parsing and the queue is full: 429, try again after `retryAfterSeconds`. */
export class ParserBusyError extends errors.RateLimitError {
  constructor(readonly retryAfterSeconds: number) {
    super('The importer is busy with other reports: try again shortly', {
      retryAfterSeconds,
      errors: [{ path: ['text'], message: 'The importer is busy with other reports: try again shortly', name: 'RateLimitError', code: 'import.parser-busy' }],
    });
  }
}

/** A report's parse ran past the time limit and was stopped. */
export class ParseTimeoutError extends Error {
  override readonly name = 'ParseTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`the report took longer than ${timeoutMs} ms to read`);
  }
}

const TASK = 'parseInWorker';

let pool: Piscina | undefined;
/** Parses submitted and not yet answered: running and queued. */
let inFlight = 0;

/** The built bundle this code runs from, or undefined when it runs from TypeScript source. */
const bundleFile = (): string | undefined => (typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined);

const poolOf = (file: string, settings: ImportParseSettings): Piscina => {
  // The queue is bounded by `inFlight` below. A thread loads the whole server bundle (seconds on a loaded
  // machine), so one stays ready once the first import has started it; others end after a minute idle.
  pool ??= new Piscina({ filename: file, name: TASK, minThreads: 1, maxThreads: settings.threads, idleTimeout: 60_000 });
  return pool;
};

const answerOf = (answer: ParseAnswer): ParseResult => {
  if ('result' in answer) return answer.result;
  if ('refusal' in answer) throw new ArticleParseError(answer.refusal.code, { fileName: answer.refusal.fileName, reason: answer.refusal.reason });
  throw new Error(`newsroom: the article parser failed: ${answer.failure}`);
};

/**
 * parseArticle in the pool: the same result or ArticleParseError; ParserBusyError
 * when the pool and its queue are full, ParseTimeoutError past the time limit.
 */
export async function parseOffThread(text: string, fileName?: string, configured?: Partial<ImportParseSettings>): Promise<ParseResult> {
  const file = bundleFile();
  if (file === undefined) return parseArticle(text, { fileName });
  const settings = importParseSettings(configured);
  if (inFlight >= settings.threads + settings.queue) throw new ParserBusyError(Math.max(1, Math.ceil(settings.timeoutMs / 1000)));
  const target = poolOf(file, settings);
  const { port1, port2 } = new MessageChannel();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  let settled = false;
  port1.once('message', () => {
    if (settled) return;
    timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, settings.timeoutMs);
  });
  inFlight += 1;
  try {
    const task: ParseTask = { text, fileName, started: port2 };
    return answerOf((await target.run(task, { transferList: [port2], signal: abort.signal })) as ParseAnswer);
  } catch (error) {
    if (timedOut) throw new ParseTimeoutError(settings.timeoutMs);
    throw error;
  } finally {
    settled = true;
    inFlight -= 1;
    clearTimeout(timer);
    port1.close();
  }
}

/** Ends the pool's threads (the plugin's destroy): parses still running are refused. */
export async function stopParserWorker(): Promise<void> {
  const running = pool;
  pool = undefined;
  if (running) await running.destroy();
}
