/**
 * The list merger (issue 25): several numbered lists become one list of
 * achievements in report order; repeated or skipped numbers keep their item
 * and are reported.
 */
import { findNumberedRuns } from '../../../src/plugins/newsroom/server/src/import/achievements';
import { irregularityMessage, mergeLists, type NumberedList } from '../../../src/plugins/newsroom/server/src/import/list-merger';

const item = (title: string, printed: number, line: number): NumberedList['items'][number] => ({
  achievement: { ordinal: printed, title, category: 'other' },
  printed,
  line,
});

describe('mergeLists', () => {
  it('merges lists in report order, whatever order they were found in, and renumbers', () => {
    const merged = mergeLists([
      { at: 9, items: [item('丙', 1, 12), item('丁', 2, 13)] },
      { at: 3, items: [item('甲', 1, 5), item('乙', 2, 6)] },
    ]);
    expect(merged.achievements.map((a) => [a.achievement.title, a.achievement.ordinal])).toEqual([
      ['甲', 1],
      ['乙', 2],
      ['丙', 3],
      ['丁', 4],
    ]);
    expect(merged.lists).toBe(2);
    expect(merged.irregular).toEqual([]);
  });

  it('keeps a repeated and a skipped number with a warning each', () => {
    const merged = mergeLists([{ at: 0, items: [item('甲', 1, 1), item('乙', 2, 2), item('丙', 2, 3), item('丁', 3, 4), item('戊', 5, 5)] }]);
    expect(merged.achievements.map((a) => a.achievement.ordinal)).toEqual([1, 2, 3, 4, 5]);
    // (一)(二)(二)(三)(五): the second (二) repeats; (三) after it is what follows 二; (五) skips 四.
    expect(merged.irregular).toEqual([
      { line: 3, printed: 2, expected: 3, kind: 'repeated' },
      { line: 5, printed: 5, expected: 4, kind: 'skipped' },
    ]);
    expect(irregularityMessage(merged.irregular[0])).toContain('与上一项重复');
  });
});

describe('findNumberedRuns', () => {
  const paragraph = (text: string) => ({ text, isCaption: false });

  it('keeps a list going over a repeated or a skipped number, and stops at another style or a jump', () => {
    const runs = findNumberedRuns([
      paragraph('报告指出，2023年全区残疾人工作取得显著成效：'),
      paragraph('（一）康复服务提质增效。为5600名残疾人提供服务。'),
      paragraph('（二）就业渠道不断拓宽。新增就业520人。'),
      paragraph('（二）教育保障更加有力。入学率保持在97%以上。'),
      paragraph('（四）无障碍环境扎实推进。完成改造180个。'),
      paragraph('（九）这一项离得太远。不属于这一组。'),
    ]);
    expect(runs).toEqual([{ items: [1, 2, 3, 4], kind: 'achievements' }]);
  });
});
