/**
 * R5 and R7 read a part's meeting once per batch (an import): each part
 * written since is added to what was read, and any other write that could
 * change it makes the next check read again. The database read is replaced
 * by a counter here; tests/integration/meeting-context.test.ts runs the
 * real query on three databases.
 */
import { kindNamed, type Kind } from '../../../src/plugins/newsroom/server/src/kinds';
import { readMeetingParts } from '../../../src/plugins/newsroom/server/src/services/editorial/meeting-context';
import { meetingContextOf, noteWrite } from '../../../src/plugins/newsroom/server/src/services/editorial/meeting-parts-in-batch';
import { writeBatch } from '../../../src/plugins/newsroom/server/src/strapi/write-batch';

jest.mock('../../../src/plugins/newsroom/server/src/services/editorial/meeting-context', () => ({
  ...jest.requireActual('../../../src/plugins/newsroom/server/src/services/editorial/meeting-context'),
  readMeetingParts: jest.fn(),
}));

const achievement = kindNamed('achievement') as Kind;
const meeting = kindNamed('meeting') as Kind;
const strapi = {} as never;

let stored: Map<string, number>;
let readCount: number;
beforeEach(() => {
  stored = new Map([['a1', 1]]);
  readCount = 0;
  jest.mocked(readMeetingParts).mockImplementation(async () => {
    readCount += 1;
    return { heldOn: '2023-04-28', ordinals: new Map(stored) };
  });
});

const siblingsOf = async (documentId?: string) => (await meetingContextOf(strapi, achievement, 'm1', 'zh-Hans', documentId)).siblingOrdinals;

it('reads a meeting once in a batch and adds the parts written since, without the part checked', async () => {
  await writeBatch(async () => {
    expect(await siblingsOf()).toEqual([1]);
    noteWrite(achievement, 'create', { documentId: 'a2', locale: 'zh-Hans', meetingId: 'm1', ordinal: 2 });
    expect(await siblingsOf()).toEqual([1, 2]);
    expect(await siblingsOf('a2')).toEqual([1]);
    // Moved to another meeting: no longer a sibling here.
    noteWrite(achievement, 'update', { documentId: 'a1', locale: 'zh-Hans', meetingId: 'm2', ordinal: 1 });
    expect(await siblingsOf()).toEqual([2]);
  });
  expect(readCount).toBe(1);
});

it.each([
  ['a part is deleted', () => noteWrite(achievement, 'delete')],
  ['a part is published', () => noteWrite(achievement, 'publish')],
  ['its meeting is updated', () => noteWrite(meeting, 'update', { documentId: 'm1', locale: 'zh-Hans', meetingId: null, ordinal: undefined })],
])('reads again after %s', async (_, write) => {
  await writeBatch(async () => {
    await siblingsOf();
    stored = new Map();
    write();
    expect(await siblingsOf()).toEqual([]);
  });
  expect(readCount).toBe(2);
});

it('keeps nothing outside a batch, or from one batch to the next', async () => {
  await siblingsOf();
  await siblingsOf();
  await writeBatch(async () => siblingsOf());
  await writeBatch(async () => siblingsOf());
  expect(readCount).toBe(4);
});
