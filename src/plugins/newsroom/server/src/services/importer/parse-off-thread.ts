/**
 * The article parser off the server's event loop. The parser is linear, but
 * a report near the 2 MB limit still takes about a second to read, and on
 * the event loop that second would be a second every other request waits.
 * Reports above OFF_THREAD_BYTES are parsed in one worker thread kept for
 * the purpose; the everyday report (a few kilobytes, a few milliseconds) is
 * parsed in place, where starting a worker would cost more than the parse.
 *
 * The worker runs this same file: the plugin's built server bundle, started
 * with `workerData.role` set, answers parse requests instead of being a
 * plugin. From TypeScript source (the unit tests) there is no bundle to
 * start, and everything is parsed in place.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ArticleParseError, parseArticle, type ArticleParseErrorCode, type NotAReportReason, type ParseResult } from '../../import';

const ROLE = 'newsroom-article-parser';
/** Above this many UTF-16 code units a report is parsed in the worker. */
export const OFF_THREAD_BYTES = 128 * 1024;

interface ParseRequest {
  id: number;
  text: string;
  fileName?: string;
}

type ParseAnswer =
  | { id: number; result: ParseResult }
  | { id: number; refusal: { code: ArticleParseErrorCode; fileName?: string; reason?: NotAReportReason } }
  | { id: number; failure: string };

function answer(request: ParseRequest): ParseAnswer {
  try {
    return { id: request.id, result: parseArticle(request.text, { fileName: request.fileName }) };
  } catch (error) {
    if (error instanceof ArticleParseError) return { id: request.id, refusal: { code: error.code, fileName: error.fileName, reason: error.reason } };
    return { id: request.id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

// In the worker: answer parse requests, one at a time, in order.
if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE && parentPort) {
  const port = parentPort;
  port.on('message', (request: ParseRequest) => port.postMessage(answer(request)));
}

interface Pending {
  resolve: (result: ParseResult) => void;
  reject: (error: unknown) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/** The built bundle this code runs from, or undefined when it runs from TypeScript source. */
const bundleFile = (): string | undefined => (typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined);

function failAll(error: unknown): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = undefined;
}

function parserWorker(file: string): Worker {
  if (worker) return worker;
  const started = new Worker(file, { workerData: { role: ROLE } });
  started.on('message', (message: ParseAnswer) => {
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (pending.size === 0) started.unref();
    if ('result' in message) waiting.resolve(message.result);
    else if ('refusal' in message) waiting.reject(new ArticleParseError(message.refusal.code, { fileName: message.refusal.fileName, reason: message.refusal.reason }));
    else waiting.reject(new Error(`newsroom: the article parser failed: ${message.failure}`));
  });
  started.on('error', failAll);
  started.on('exit', (code) => failAll(new Error(`newsroom: the article parser's worker stopped (exit ${code})`)));
  worker = started;
  return started;
}

/** parseArticle, off the event loop for large reports; the same result or ArticleParseError. */
export async function parseOffThread(text: string, fileName?: string): Promise<ParseResult> {
  const file = bundleFile();
  if (file === undefined || text.length <= OFF_THREAD_BYTES) return parseArticle(text, { fileName });
  const target = parserWorker(file);
  const id = nextId;
  nextId += 1;
  return new Promise<ParseResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // While a parse is waiting the worker keeps the process alive; idle, it does not.
    target.ref();
    target.postMessage({ id, text, fileName } satisfies ParseRequest);
  });
}

/** Ends the worker (the plugin's destroy): pending parses are refused. */
export async function stopParserWorker(): Promise<void> {
  const running = worker;
  worker = undefined;
  if (running) await running.terminate();
}
