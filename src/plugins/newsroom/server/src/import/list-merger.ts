/**
 * Several numbered lists of achievements become one list, in report order.
 *
 * A report may number its results in more than one list (the federation's
 * year, then the districts' news), inline (`一是…；二是…`) or line by line
 * (`（一）…`), and a list's own numbers may repeat or skip by a typo
 * (`（一）（二）（二）（三）`, `(1)(2)(4)`). Every item is kept, in the order
 * the report prints it, and numbered 1, 2, 3 … (an achievement's ordinal is
 * unique within its meeting, R7); each printed number that is not the one
 * expected is reported, so the editor can check the list.
 */
import type { ParsedAchievement } from './achievements';

export interface ListItem {
  achievement: ParsedAchievement;
  /** The number printed on the item. */
  printed: number;
  line: number;
}

export interface NumberedList {
  /** Where the list starts in the report (paragraph index): lists are merged in this order. */
  at: number;
  items: ListItem[];
}

export interface Irregularity {
  line: number;
  printed: number;
  expected: number;
  kind: 'repeated' | 'skipped' | 'out-of-order';
}

export interface MergedAchievements {
  achievements: Array<{ achievement: ParsedAchievement; line: number }>;
  /** How many lists were merged. */
  lists: number;
  irregular: Irregularity[];
}

function irregularityOf(item: ListItem, previous: number | undefined): Irregularity | undefined {
  const expected = previous === undefined ? 1 : previous + 1;
  if (item.printed === expected) return undefined;
  const kind = previous !== undefined && item.printed === previous ? 'repeated' : item.printed > expected ? 'skipped' : 'out-of-order';
  return { line: item.line, printed: item.printed, expected, kind };
}

export function mergeLists(lists: ReadonlyArray<NumberedList>): MergedAchievements {
  const ordered = [...lists].filter((list) => list.items.length > 0).sort((a, b) => a.at - b.at);
  const achievements: MergedAchievements['achievements'] = [];
  const irregular: Irregularity[] = [];
  for (const list of ordered) {
    let previous: number | undefined;
    for (const item of list.items) {
      const found = irregularityOf(item, previous);
      if (found !== undefined) irregular.push(found);
      previous = item.printed;
      achievements.push({ achievement: { ...item.achievement, ordinal: achievements.length + 1 }, line: item.line });
    }
  }
  return { achievements, lists: ordered.length, irregular };
}

const IRREGULARITY_WORDS: Readonly<Record<Irregularity['kind'], string>> = { repeated: '与上一项重复', skipped: '跳过了前面的编号', 'out-of-order': '顺序颠倒' };

/** The warning text for one irregular number. */
export function irregularityMessage(found: Irregularity): string {
  return `成绩编号${found.printed}${IRREGULARITY_WORDS[found.kind]}（应为${found.expected}）：已按报道顺序保留该项并重新编号，请核对`;
}
