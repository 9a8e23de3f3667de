/**
 * Every report of the fixture corpus (tests/fixtures/reports) imports through
 * both doors an editor uses — the CLI (`npm run import`) and the admin route
 * (POST /newsroom/import) — and what is stored holds the facts its expected
 * file states: meeting title, date, organizer, source, credits by role,
 * speakers with their positions, achievements, street cases and documents.
 * The seed's own import is covered, unchanged, by importer.test.ts.
 */
import { execFile } from 'child_process';
import fs from 'fs';
import path from 'path';
import { promisify } from 'util';
import type { ExpectedFacts } from '../fixtures/report-facts';
import { adminJwt } from './helpers/auth';
import { http } from './helpers/http';
import { useTestApp } from './helpers/app';
import { APP_DIR, type TestApp } from './helpers/strapi';

const FIXTURES = path.resolve(__dirname, '../fixtures/reports');
const names = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort();

let app: TestApp;
useTestApp({}, (ready) => ({ app } = ready));

interface StoredMeeting {
  title: string | null;
  heldOn: string | null;
  organizer: string | null;
  adoptedDocuments: Array<{ title: string; action: string }>;
  achievements: Array<{ ordinal: number; title: string | null }>;
  streetCases: Array<{ street: string | null; community: string | null; presenter: { speakerDescription: string | null; speaker: { name: string } | null } | null }>;
  speeches: Array<{ speaker: { name: string; positions: Array<{ organization: string | null; title: string | null }> } | null }>;
  editorial: { source: string | null; reportedAt: string | null; credits: Array<{ role: string; name: string }> };
}

const stored = async (documentId: string): Promise<StoredMeeting> =>
  (await app.strapi.documents('plugin::newsroom.meeting').findOne({
    documentId,
    populate: {
      adoptedDocuments: true,
      achievements: true,
      streetCases: { populate: { presenter: { populate: ['speaker'] } } },
      speeches: { populate: { speaker: { populate: ['positions'] } } },
      editorial: { populate: ['credits'] },
    },
  } as never)) as unknown as StoredMeeting;

/** The stored meeting as the facts of report-facts.ts (report date in Beijing time). */
const factsOfStored = (meeting: StoredMeeting) => {
  const credits: Record<string, string[]> = {};
  for (const credit of meeting.editorial.credits) (credits[credit.role] ??= []).push(credit.name);
  const speakers = new Map<string, string[]>();
  for (const speech of meeting.speeches) {
    if (speech.speaker) speakers.set(speech.speaker.name, speech.speaker.positions.map((p) => `${p.organization ?? ''}${p.title ?? ''}`));
  }
  for (const streetCase of meeting.streetCases) {
    const speaker = streetCase.presenter?.speaker;
    if (speaker && !speakers.has(speaker.name)) speakers.set(speaker.name, []);
  }
  const reportedAt = meeting.editorial.reportedAt;
  return {
    title: meeting.title ?? null,
    heldOn: meeting.heldOn ?? null,
    organizer: meeting.organizer ?? null,
    source: meeting.editorial.source ?? null,
    reportDate: reportedAt ? new Date(new Date(reportedAt).getTime() + 8 * 3600_000).toISOString().slice(0, 10) : null,
    credits,
    speakerNames: [...speakers.keys()].sort(),
    achievements: [...meeting.achievements].sort((a, b) => a.ordinal - b.ordinal).map((a) => a.title),
    streetCases: meeting.streetCases.map((c) => `${c.street ?? ''}|${c.community ?? ''}`).sort(),
    documents: meeting.adoptedDocuments.map((d) => ({ title: d.title, action: d.action })),
  };
};

const expectedFacts = (name: string) => {
  const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as ExpectedFacts;
  return {
    title: expected.title,
    heldOn: expected.heldOn,
    organizer: expected.organizer,
    source: expected.source,
    reportDate: expected.reportDate,
    credits: expected.credits,
    speakerNames: expected.speakers.map((s) => s.name).sort(),
    achievements: expected.achievements,
    streetCases: expected.streetCases.map((c) => `${c.street ?? ''}|${c.community ?? ''}`).sort(),
    documents: expected.documents,
  };
};

it(`imports all ${names.length} fixture reports in one CLI run, as drafts`, async () => {
  const before = await app.strapi.db.query('plugin::newsroom.meeting').count({});
  const run = promisify(execFile);
  const result = await run(process.execPath, [path.join(APP_DIR, 'scripts/import.mjs'), ...names.map((name) => path.join(FIXTURES, name))], {
    env: { ...process.env, ...app.database.env, STRAPI_LOG_LEVEL: 'error' },
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );
  expect(result.stdout).toMatch(new RegExp(`${names.length} created, 0 updated, 0 rejected`));
  expect(result.code).toBe(0);
  expect(await app.strapi.db.query('plugin::newsroom.meeting').count({})).toBe(before + names.length);
});

describe('each report again through the admin route', () => {
  let token: string;
  beforeAll(async () => {
    token = await adminJwt(app.strapi, app.baseUrl);
  });

  it.each(names)('%s: updates what the CLI created, and the stored meeting holds the report’s facts', async (name) => {
    const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
    const response = await http(app.baseUrl, token).post('/newsroom/import', { text, fileName: name });
    expect(response.status).toBe(200);
    expect(response.body.data.status).toBe('updated');
    const meeting = await stored(response.body.data.meeting.documentId);
    expect(factsOfStored(meeting)).toEqual(expectedFacts(name));
  });
});
