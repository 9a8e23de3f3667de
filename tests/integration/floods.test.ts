/**
 * Floods: a 4 MB JSON body is refused with 413 at a REST create, the editorial
 * check and GraphQL, and writes nothing; a report of nearly 2 MB reaches the
 * import route (its limit is raised there only); a credit name of 1 MB is
 * refused at the entrance (text.too-long) instead of being split.
 *
 * Durations and the event loop's delay are printed, not asserted (speed
 * targets live in benchmarks, never in tests).
 */
import { monitorEventLoopDelay } from 'perf_hooks';
import { meetingData, seedEditorial } from './helpers/fixtures';
import { http } from './helpers/http';
import { seedText } from '../fixtures/seed';
import { useTestApp } from './helpers/app';
import { type TestApp } from './helpers/strapi';
import { MAX_REPORT_BYTES } from '../../src/plugins/newsroom/shared/api';

jest.setTimeout(300_000);

let app: TestApp;
let apiToken: string;
let adminToken: string;
useTestApp({ apiToken: true, adminToken: true }, (ready) => ({ app, apiToken, adminToken } = ready));

/** Just under 4 MB of filler: a body the old limit (4 MB on every route) let through. */
const FOUR_MB = 4 * 1024 * 1024 - 64 * 1024;
const meetings = () => app.strapi.db.query('plugin::newsroom.meeting').count({});

/** Runs `work`, printing how long it took and the event loop's worst delay meanwhile. */
const measured = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  try {
    return await work();
  } finally {
    delay.disable();
    console.log(`${label}: ${(performance.now() - started).toFixed(0)} ms, event loop delay max ${(delay.max / 1e6).toFixed(1)} ms`);
  }
};

/** A JSON body of nearly 4 MB around `wrap`'s data. */
const fourMegabytes = (wrap: (filler: string) => unknown) => wrap('x'.repeat(FOUR_MB));

describe('a 4 MB body', () => {
  it('is refused with 413 at a REST create, and no row is written', async () => {
    const before = await meetings();
    const response = await measured('REST create, 4 MB', () =>
      http(app.baseUrl, apiToken).post('/api/newsroom/meetings', fourMegabytes((title) => ({ data: meetingData({ title }) }))),
    );
    expect(response.status).toBe(413);
    expect(await meetings()).toBe(before);
  });

  it('is refused with 413 at both editorial checks', async () => {
    const body = fourMegabytes((title) => ({ type: 'meeting', data: meetingData({ title }) }));
    expect((await measured('API check, 4 MB', () => http(app.baseUrl, apiToken).post('/api/newsroom/editorial-check', body))).status).toBe(413);
    expect((await measured('admin check, 4 MB', () => http(app.baseUrl, adminToken).post('/newsroom/editorial-check', body))).status).toBe(413);
  });

  it('is refused with 413 by GraphQL, and no row is written', async () => {
    const before = await meetings();
    const mutation = 'mutation C($data: NewsroomMeetingInput!) { createNewsroomMeeting(data: $data) { documentId } }';
    const response = await measured('GraphQL, 4 MB', () => http(app.baseUrl, apiToken).graphql(mutation, fourMegabytes((title) => ({ data: meetingData({ title }) }))));
    expect(response.status).toBe(413);
    expect(await meetings()).toBe(before);
  });

  it('is refused with 413 at the import route too (its limit is raised to a report, not more)', async () => {
    const response = await http(app.baseUrl, adminToken).post('/newsroom/import', { text: 'x'.repeat(MAX_REPORT_BYTES * 4), dryRun: true });
    expect(response.status).toBe(413);
  });
});

describe('the import route', () => {
  it('reads a report of nearly 2 MB, over the 1 MB limit of every other route', async () => {
    const seed = seedText();
    const copies = Math.floor((MAX_REPORT_BYTES * 0.95) / Buffer.byteLength(seed));
    const text = Array.from({ length: copies }, () => seed).join('\n');
    expect(Buffer.byteLength(JSON.stringify({ text }))).toBeGreaterThan(1024 * 1024);
    const response = await measured(`import dry run, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`, () =>
      http(app.baseUrl, adminToken).post('/newsroom/import', { text, fileName: 'big.txt', dryRun: true }),
    );
    expect(response.status).not.toBe(413);
    expect(response.status).toBeLessThan(500);
    // The same body anywhere else is refused.
    expect((await http(app.baseUrl, adminToken).post('/newsroom/editorial-check', { type: 'meeting', data: { summary: text } })).status).toBe(413);
  });
});

describe('a credit name of 1 MB', () => {
  it('is refused at the entrance with text.too-long at its path, and no row is written', async () => {
    const before = await meetings();
    const name = '陈'.repeat(1024 * 1024);
    const data = meetingData({ editorial: { ...seedEditorial(), credits: [{ role: 'editor', name }] } });
    const response = await measured('REST create, credit name of 1 M characters', () => http(app.baseUrl, apiToken).post('/api/newsroom/meetings?status=draft', { data }));
    // 1 M characters of 陈 are 3 MB of UTF-8: over the body limit already.
    expect(response.status).toBe(413);
    const fits = '陈'.repeat(300_000);
    const refused = await measured('REST create, credit name of 300 k characters', () =>
      http(app.baseUrl, apiToken).post('/api/newsroom/meetings?status=draft', { data: meetingData({ editorial: { ...seedEditorial(), credits: [{ role: 'editor', name: fits }] } }) }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors).toEqual([expect.objectContaining({ path: ['editorial', 'credits', 0, 'name'], code: 'text.too-long' })]);
    const ascii = await measured('REST create, credit name of 1 M ASCII characters (below 1 MB of JSON)', () =>
      http(app.baseUrl, apiToken).post('/api/newsroom/meetings?status=draft', {
        data: meetingData({ editorial: { ...seedEditorial(), credits: [{ role: 'editor', name: 'a'.repeat(1_000_000) }] } }),
      }),
    );
    expect(ascii.status).toBe(400);
    expect(ascii.body.error.details.errors[0]).toMatchObject({ path: ['editorial', 'credits', 0, 'name'], code: 'text.too-long' });
    expect(await meetings()).toBe(before);
  });
});
