/**
 * The client side of bench:floods, in its own worker thread: sends one
 * request and, meanwhile, public page reads (one at once, then one every
 * 50 ms until the answer). Run apart from the server's event loop, so the
 * server's loop delay is the server's own (not the client's sending of a
 * 4 MB body or reading of a 10 MB answer), and a read is sent on time even
 * while the server's loop is blocked — a blocked server then shows as slow
 * reads, not as reads never sent.
 */
import { parentPort } from 'node:worker_threads';

/** One public read: its time, or Infinity when it was not answered with 200. */
const publicRead = async (url) => {
  const started = performance.now();
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status === 200 ? performance.now() - started : Infinity;
  } catch {
    return Infinity;
  }
};

/** The code of a refusal's first problem (`error.details.errors[0].code`), when it has one. */
const codeOf = (text) => {
  try {
    return JSON.parse(text)?.error?.details?.errors?.[0]?.code;
  } catch {
    return undefined;
  }
};

parentPort.on('message', async ({ readUrl, request, waitMs }) => {
  const started = performance.now();
  let done = false;
  const answered = (
    waitMs !== undefined
      ? new Promise((resolve) => setTimeout(() => resolve({ status: 200, text: '' }), waitMs))
      : fetch(request.url, request.init).then(async (response) => ({ status: response.status, text: await response.text() }))
  ).then((answer) => ({
    status: answer.status,
    ms: performance.now() - started,
    bytes: Buffer.byteLength(answer.text),
    excerpt: answer.status >= 400 ? answer.text.slice(0, 400) : '',
    code: answer.status >= 400 ? codeOf(answer.text) : undefined,
  }));
  answered.finally(() => (done = true)).catch(() => {});
  const reads = [publicRead(readUrl)];
  const ticker = setInterval(() => !done && reads.push(publicRead(readUrl)), 50);
  try {
    const answer = await answered;
    parentPort.postMessage({ answer, readMs: await Promise.all(reads) });
  } catch (error) {
    parentPort.postMessage({ answer: { status: 0, ms: performance.now() - started, bytes: 0, excerpt: String(error) }, readMs: await Promise.all(reads) });
  } finally {
    clearInterval(ticker);
  }
});
