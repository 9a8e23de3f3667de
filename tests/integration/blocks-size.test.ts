/**
 * A blocks field over the `blocksLimits` setting (a meeting's body) is
 * refused at every entrance with 400 `blocks.too-large` at its path, before
 * Strapi's own validation (whose cost grows with the body: BENCHMARKS.md,
 * "Hostile bodies"), and nothing is written: REST, GraphQL, and the import
 * route, which refuses the whole report before its first write (its preview
 * still reads the report and shows the problem on the body). A body at the
 * limit is written.
 */
import { meetingData } from './helpers/fixtures';
import { http } from './helpers/http';
import { seedText } from '../fixtures/seed';
import { useTestApp } from './helpers/app';
import { type TestApp } from './helpers/strapi';
import { DEFAULT_BLOCKS_LIMITS } from '../../src/plugins/newsroom/server/src/editorial';

jest.setTimeout(300_000);

let app: TestApp;
let apiToken: string;
let adminToken: string;
useTestApp({ apiToken: true, adminToken: true }, (ready) => ({ app, apiToken, adminToken } = ready));

const UIDS = ['plugin::newsroom.meeting', 'plugin::newsroom.speaker', 'plugin::newsroom.achievement', 'plugin::newsroom.street-case'];
/** Rows of every kind an import writes. */
const rowCounts = async () => Promise.all(UIDS.map((uid) => app.strapi.db.query(uid).count({})));

const paragraph = (length: number) => ({ type: 'paragraph', children: [{ type: 'text', text: '字'.repeat(length) }] });
/** Paragraphs of one piece of text each holding exactly `nodes` nodes (2 a paragraph) and `characters` characters. */
const filled = (nodes: number, characters: number) => {
  const count = nodes / 2;
  return Array.from({ length: count }, (_, index) => paragraph(Math.floor(characters / count) + (index < characters % count ? 1 : 0)));
};
const { nodes, characters } = DEFAULT_BLOCKS_LIMITS;

/** Runs `work` with the plugin's `blocksLimits` changed, then puts them back. */
const withLimits = async (limits: { nodes: number; characters: number }, work: () => Promise<void>): Promise<void> => {
  const before = app.strapi.config.get('plugin::newsroom.blocksLimits');
  app.strapi.config.set('plugin::newsroom.blocksLimits', limits);
  try {
    await work();
  } finally {
    app.strapi.config.set('plugin::newsroom.blocksLimits', before);
  }
};

describe('REST and GraphQL', () => {
  it('write a body at the default limits, and refuse one node or one character more with blocks.too-large at body, writing nothing', async () => {
    const api = http(app.baseUrl, apiToken);
    const atLimit = filled(nodes, characters);
    const accepted = await api.post('/api/newsroom/meetings?status=draft', { data: meetingData({ title: '上限', body: atLimit }) });
    expect(accepted.status).toBe(201);
    expect(accepted.body.data.body).toHaveLength(nodes / 2);

    const before = await rowCounts();
    const overNodes = [...atLimit, { type: 'paragraph', children: [] }];
    const overCharacters = [paragraph(atLimit[0].children[0].text.length + 1), ...atLimit.slice(1)];
    for (const over of [overNodes, overCharacters]) {
      const refused = await api.post('/api/newsroom/meetings?status=draft', { data: meetingData({ title: '过长', body: over }) }, { 'accept-language': 'en' });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.errors).toEqual([{ path: ['body'], code: 'blocks.too-large', name: 'ValidationError', message: expect.stringMatching(/Split the report/) }]);
    }
    const mutation = 'mutation C($data: NewsroomMeetingInput!) { createNewsroomMeeting(data: $data, status: DRAFT) { documentId } }';
    // Without the credits (GraphQL spells their roles as enum values; a draft needs none).
    const graphql = await api.graphql(mutation, { data: meetingData({ title: '过长', body: overNodes, editorial: undefined }) });
    expect(graphql.body.errors?.[0]?.extensions?.error?.details?.errors).toEqual([expect.objectContaining({ path: ['body'], code: 'blocks.too-large' })]);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('the import route', () => {
  it('refuses a report whose body is over the limits before writing anything; the preview reads it and shows the problem; at the limit it is written', async () => {
    const api = http(app.baseUrl, adminToken);
    const text = seedText();
    const preview = await api.post('/newsroom/import', { text, fileName: 'seed.txt', dryRun: true });
    expect(preview.status).toBe(200);
    expect(preview.body.data.problems).toBeUndefined();
    const seedBody = preview.body.data.report.meeting.body as Array<{ children: Array<{ text: string }> }>;
    const size = { nodes: seedBody.length + seedBody.reduce((sum, block) => sum + block.children.length, 0), characters: seedBody.reduce((sum, block) => sum + block.children.reduce((n, child) => n + child.text.length, 0), 0) };

    // Not one write tried (a refusal at the meeting's write would come after its speakers', rolled back).
    let creates = 0;
    const subscriber = app.strapi.db.lifecycles.subscribe({ models: UIDS, beforeCreate: () => void (creates += 1) });
    const before = await rowCounts();
    for (const limits of [{ ...size, nodes: size.nodes - 1 }, { ...size, characters: size.characters - 1 }]) {
      await withLimits(limits, async () => {
        const shown = await api.post('/newsroom/import', { text, fileName: 'seed.txt', dryRun: true });
        expect(shown.status).toBe(200);
        expect(shown.body.data.report.meeting.title).toBeTruthy();
        expect(shown.body.data.problems).toEqual([expect.objectContaining({ path: ['meeting', 'body'], code: 'blocks.too-large' })]);
        const refused = await api.post('/newsroom/import', { text, fileName: 'seed.txt' });
        expect(refused.status).toBe(400);
        expect(refused.body.error.details.errors).toEqual([expect.objectContaining({ path: ['meeting', 'body'], code: 'blocks.too-large' })]);
        expect(refused.body.error.details.errors[0].message).toContain(`${size.nodes}`);
      });
    }
    // No meeting, no speaker, no achievement, no street case.
    expect(await rowCounts()).toEqual(before);
    expect(creates).toBe(0);

    await withLimits(size, async () => {
      const imported = await api.post('/newsroom/import', { text, fileName: 'seed.txt' });
      expect(imported.status).toBe(200);
      expect(imported.body.data.status).toBe('created');
    });
    const after = await rowCounts();
    expect(after.every((count, index) => count > before[index])).toBe(true);
    expect(creates).toBeGreaterThan(0);
    subscriber();
  });
});
