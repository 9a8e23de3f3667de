import { blocksSizeOf, checkBlocksSize, DEFAULT_BLOCKS_LIMITS, type BlocksLimits } from '../../../src/plugins/newsroom/server/src/editorial';
import { seedMeeting } from '../../fixtures/seed-meeting';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
/** `count` paragraphs of one piece of text each: 2 × count nodes, count × length characters. */
const body = (count: number, length = 10) => Array.from({ length: count }, () => paragraph('字'.repeat(length)));
const limits: BlocksLimits = { nodes: 20, characters: 100 };
const codesAt = (problems: ReadonlyArray<{ path: ReadonlyArray<string | number>; code: string }>) => problems.map(({ path, code }) => ({ path, code }));

describe('the size of a blocks field (blocks.too-large)', () => {
  it('counts every block and every node of its children, and the characters of their text', () => {
    const list = { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'ab' }, { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'cde' }] }] }] };
    expect(blocksSizeOf([paragraph('一二三'), list])).toEqual({ nodes: 7, characters: 8 });
    expect(blocksSizeOf('not blocks')).toEqual({ nodes: 0, characters: 0 });
  });

  it('counts a body nested far deeper than the call stack', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let depth = 0; depth < 200_000; depth += 1) node = { type: 'list-item', children: [node] };
    expect(blocksSizeOf([node])).toEqual({ nodes: 200_001, characters: 1 });
  });

  it('accepts a body at the node limit and refuses one node more, at the field path', () => {
    expect(checkBlocksSize('meeting', { body: body(10) }, limits, 'en')).toEqual([]);
    const over = { body: [...body(10), { type: 'paragraph', children: [] }] };
    expect(codesAt(checkBlocksSize('meeting', over, limits, 'en'))).toEqual([{ path: ['body'], code: 'blocks.too-large' }]);
  });

  it('accepts a body at the character limit and refuses one character more', () => {
    expect(checkBlocksSize('meeting', { body: body(10, 10) }, limits, 'en')).toEqual([]);
    const over = { body: [...body(9, 10), paragraph('字'.repeat(11))] };
    expect(codesAt(checkBlocksSize('meeting', over, limits, 'zh-CN'))).toEqual([{ path: ['body'], code: 'blocks.too-large' }]);
  });

  it('says the size, the limit and what to do, in Chinese and in English', () => {
    const data = { body: body(1_000, 160) };
    const [en] = checkBlocksSize('meeting', data, DEFAULT_BLOCKS_LIMITS, 'en');
    expect(en.message).toContain('2,000 nodes');
    expect(en.message).toContain('160,000 characters');
    expect(en.message).toContain(`${DEFAULT_BLOCKS_LIMITS.nodes.toLocaleString('en-US')} nodes and ${DEFAULT_BLOCKS_LIMITS.characters.toLocaleString('en-US')} characters`);
    expect(en.message).toMatch(/Split the report/);
    const [zh] = checkBlocksSize('meeting', data, DEFAULT_BLOCKS_LIMITS, 'zh-CN');
    expect(zh.message).toContain('160,000 个字符');
    expect(zh.message).toMatch(/拆分为几篇/);
  });

  it('leaves alone the seed, absent and null bodies, and fields of the wrong type (the type check answers those)', () => {
    expect(checkBlocksSize('meeting', seedMeeting(), DEFAULT_BLOCKS_LIMITS, 'en')).toEqual([]);
    expect(checkBlocksSize('meeting', { body: null }, limits, 'en')).toEqual([]);
    expect(checkBlocksSize('meeting', { title: 'x' }, limits, 'en')).toEqual([]);
    expect(checkBlocksSize('meeting', { body: 'plain text' }, limits, 'en')).toEqual([]);
  });

  it('finds a blocks field inside components, at its full path, whichever kind has it', () => {
    const attributes = {
      notice: { parts: { type: 'component', repeatable: true, component: 'newsroom.part' }, lead: { type: 'component', component: 'newsroom.part' } },
      part: { text: { type: 'blocks' } },
    };
    const data = { parts: [{ text: body(1) }, { text: body(11) }], lead: { text: body(11) } };
    expect(codesAt(checkBlocksSize('notice', data, limits, 'en', [], attributes))).toEqual([
      { path: ['parts', 1, 'text'], code: 'blocks.too-large' },
      { path: ['lead', 'text'], code: 'blocks.too-large' },
    ]);
  });
});
