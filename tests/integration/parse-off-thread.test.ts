/**
 * Every report is parsed in the plugin's pool of worker threads, not on the
 * server's event loop (services/importer/parse-off-thread.ts): the result is the one the
 * parser gives in place, a refusal is the same ArticleParseError (400 with
 * its code at ["file"]), and while a report of nearly 2 MB, or a small one
 * with a hostile line, is read the event loop keeps turning. A parse past
 * the time limit is stopped (400 import.parse-timeout at ["text"]), and a
 * report beyond the pool's threads and queue is refused with 429 and
 * Retry-After. The loop checks compare two durations of the same
 * request rather than timing it: parsed on the loop, the longest stretch
 * without a turn of a 10 ms interval is the parse, most of the request.
 */
import { http } from './helpers/http';
import { seedText } from '../fixtures/seed';
import { useTestApp } from './helpers/app';
import { type TestApp } from './helpers/strapi';
import { MAX_REPORT_BYTES } from '../../src/plugins/newsroom/shared/api';
import { parseArticle } from '../../src/plugins/newsroom/server/src/import';

jest.setTimeout(300_000);

let app: TestApp;
let adminToken: string;
useTestApp({ adminToken: true }, (ready) => ({ app, adminToken } = ready));

const importer = () => app.strapi.plugin('newsroom').service('importer') as { parse(text: string, fileName?: string): Promise<unknown> };

/**
 * The seed followed by a long body, to about `share` of the report limit: well above the in-place threshold, and
 * still one meeting (the seed repeated would be hundreds of numbered lists, merged into more achievements than
 * the import limits allow).
 */
const FILLER = '会议强调，要坚持以人民为中心的发展思想，持续完善残疾人社会保障制度和关爱服务体系，推动残疾人事业高质量发展。';
const bigReport = (share: number): string => {
  const seed = seedText();
  const lines = Math.floor((MAX_REPORT_BYTES * share - Buffer.byteLength(seed)) / Buffer.byteLength(`${FILLER}\n`));
  return [seed, ...Array.from({ length: lines }, () => FILLER)].join('\n');
};

it('gives the same result off the loop as the parser in place', async () => {
  const text = bigReport(0.25);
  expect(await importer().parse(text, 'big.txt')).toEqual(JSON.parse(JSON.stringify(parseArticle(text, { fileName: 'big.txt' }))));
});

it('refuses a large text that is no article with the parser’s own code, over the import route', async () => {
  const text = `${'首页 > 新闻中心 > 工作动态\n'.repeat(12_000)}`;
  expect(() => parseArticle(text, { fileName: 'chrome.txt' })).toThrow(expect.objectContaining({ code: 'not-a-report' }));
  const response = await http(app.baseUrl, adminToken).post('/newsroom/import', { text, fileName: 'chrome.txt', dryRun: true });
  expect(response.status).toBe(400);
  expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['file'], code: 'import.not-a-report' })]);
});

/** One dry-run import of `text`: how long it took, and the longest stretch in it without a turn of the event loop. */
const importWatchingTheLoop = async (text: string): Promise<{ duration: number; longest: number }> => {
  const turns: number[] = [];
  const started = performance.now();
  const ticker = setInterval(() => turns.push(performance.now()), 10);
  let ended = started;
  try {
    const response = await http(app.baseUrl, adminToken).post('/newsroom/import', { text, fileName: 'big.txt', dryRun: true });
    ended = performance.now();
    expect(response.status).toBe(200);
  } finally {
    clearInterval(ticker);
  }
  const marks = [started, ...turns.filter((t) => t <= ended), ended];
  return { duration: ended - started, longest: Math.max(...marks.slice(1).map((t, i) => t - marks[i])) };
};

it('keeps the event loop turning while a report of nearly 2 MB is read', async () => {
  const text = bigReport(0.95);
  // The longest stretch without a turn, against the whole request: parsed on the loop, the parse is one
  // stretch of most of the request, every time. The best of three runs: on a loaded machine (CI's MariaDB
  // run, three database servers on two cores) the process was once not scheduled for 1.3 s of a 2.5 s
  // request — a stretch the machine adds, which a second run does not repeat.
  const runs: Array<{ duration: number; longest: number }> = [];
  for (let run = 0; run < 3; run += 1) {
    runs.push(await importWatchingTheLoop(text));
    if (runs[run].longest < runs[run].duration / 2) break;
  }
  for (const { duration, longest } of runs) {
    console.log(`import of ${(text.length / 1e6).toFixed(2)} M characters: ${duration.toFixed(0)} ms, longest stretch without a turn ${longest.toFixed(0)} ms`);
  }
  expect(Math.min(...runs.map(({ duration, longest }) => longest / duration))).toBeLessThan(0.5);
});

it('keeps the event loop turning while a small report with an 80,000-character line of `{` and ` |` is read', async () => {
  // Below the old 128 K threshold (parsed in place), and quadratic for the old trailing-chrome pattern /[\s|｜丨]+$/:
  // on the loop its parse was one stretch of seconds. Compared with the seed alone in the same run (the machine's
  // own stretches: answers written, bodies read); the best of three runs.
  const text = `${seedText()}\n{${' |'.repeat(40_000)}x\n`;
  expect(text.length).toBeLessThan(128 * 1024);
  const ratios: number[] = [];
  for (let run = 0; run < 3 && !(ratios.length > 0 && Math.min(...ratios) < 4); run += 1) {
    const baseline = await importWatchingTheLoop(seedText());
    const hostile = await importWatchingTheLoop(text);
    ratios.push(hostile.longest / Math.max(baseline.longest, 10));
    console.log(
      `import with a hostile line: ${hostile.duration.toFixed(0)} ms, longest stretch without a turn ${hostile.longest.toFixed(0)} ms; the seed alone ${baseline.longest.toFixed(0)} ms`,
    );
  }
  expect(Math.min(...ratios)).toBeLessThan(4);
});

/** Runs `work` with the plugin's `importParse` settings changed, then puts them back. */
const withParseSettings = async (settings: Record<string, number>, work: () => Promise<void>): Promise<void> => {
  const before = app.strapi.config.get('plugin::newsroom.importParse');
  app.strapi.config.set('plugin::newsroom.importParse', { ...(before as object), ...settings });
  try {
    await work();
  } finally {
    app.strapi.config.set('plugin::newsroom.importParse', before);
  }
};

it('stops a small report whose parse runs past the time limit: 400 import.parse-timeout at ["text"], and the next import is read', async () => {
  // Below the old 128 K threshold; warm, its parse takes some milliseconds, far over a limit of one. A run
  // whose answer came back before the timer's turn (a loaded machine) is tried again, at most three times.
  const text = Array.from({ length: 40 }, () => seedText()).join('\n');
  expect(text.length).toBeLessThan(128 * 1024);
  await withParseSettings({ timeoutMs: 1 }, async () => {
    const statuses: number[] = [];
    for (let run = 0; run < 3 && !statuses.includes(400); run += 1) {
      const response = await http(app.baseUrl, adminToken).post('/newsroom/import', { text, fileName: 'slow.txt', dryRun: true });
      statuses.push(response.status);
      if (response.status === 400) {
        expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['text'], code: 'import.parse-timeout' })]);
      }
    }
    console.log(`a report of ${text.length} characters with a time limit of 1 ms: ${statuses.join(' ')}`);
    expect(statuses).toContain(400);
  });
  // The pool recovers: the next report is read (whatever the importer then says of it), not stopped.
  const next = await http(app.baseUrl, adminToken).post('/newsroom/import', { text, fileName: 'next.txt', dryRun: true });
  expect(next.status).toBeLessThan(500);
  expect(JSON.stringify(next.body)).not.toContain('import.parse-timeout');
});

it('answers 429 with Retry-After to a report beyond the threads and the queue, and reads the others', async () => {
  const text = bigReport(0.95);
  await withParseSettings({ threads: 1, queue: 1, timeoutMs: 120_000 }, async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        fetch(`${app.baseUrl}/newsroom/import`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
          body: JSON.stringify({ text, fileName: `flood-${index}.txt`, dryRun: true }),
        }).then(async (response) => ({ status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any })),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    console.log(`five concurrent imports of 2 MB, one thread and a queue of one: ${statuses.join(' ')}`);
    // Those admitted are read (200, or the importer's own 400 about the report), never a 5xx.
    expect(statuses.every((status) => status < 500)).toBe(true);
    expect(statuses.filter((status) => status !== 429).length).toBeGreaterThanOrEqual(2);
    const busy = answers.filter((answer) => answer.status === 429);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const answer of busy) {
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(answer.body.error.details.errors).toEqual([expect.objectContaining({ path: ['text'], code: 'import.parser-busy' })]);
    }
  });
});
