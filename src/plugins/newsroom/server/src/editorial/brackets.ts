/**
 * Bracket pairs in document titles (R12), and the 《》 that titles are stored
 * without.
 *
 * Reports quote document titles inside 《》 (审议通过了《福田区残疾预防行动方案
 * (2023-2025年)》); the site adds them back when it shows a title, so they are
 * stripped on save. An unbalanced bracket usually means a title was cut while
 * copying, which is worth an editor's second look.
 */

/** Opening bracket → its closing partner. Half- and full-width are different pairs. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['（', '）'],
  ['【', '】'],
  ['[', ']'],
  ['《', '》'],
  ['〈', '〉'],
  ['“', '”'],
]);
const CLOSERS: ReadonlySet<string> = new Set(PAIRS.values());

/** The first bracket that has no partner, or `undefined` when all are balanced. */
export function unbalancedBracket(text: string): string | undefined {
  const open: string[] = [];
  for (const char of text) {
    if (PAIRS.has(char)) {
      open.push(char);
    } else if (CLOSERS.has(char)) {
      const last = open.pop();
      if (last === undefined || PAIRS.get(last) !== char) return char;
    }
  }
  return open[0];
}

/**
 * `《标题》` → `标题`, only when the 《》 enclose the whole title: 《甲》和《乙》
 * stays as it is, since stripping would leave 甲》和《乙.
 */
export function stripTitleQuotes(title: string): string {
  if (!title.startsWith('《') || !title.endsWith('》') || title.length < 2) return title;
  const inner = title.slice(1, -1);
  const innerBalanced = unbalancedBracket(inner) === undefined;
  return innerBalanced ? inner.trim() : title;
}
