/**
 * Figures in an achievement's text, read only where the text is unambiguous:
 * a number directly followed by a counter word.
 *
 * | text                               | metric                                         |
 * |------------------------------------|------------------------------------------------|
 * | 实现92个社区残协全覆盖              | {label 社区残协全覆盖, value 92, unit 个社区}     |
 * | 全区8家街道职康中心获评…            | {label 街道职康中心, value 8, unit 家}            |
 * | 惠及近10万人次                      | {label 惠及, value 100000, unit 人次, note 近}    |
 * | 摘得五个一等奖                      | {label 一等奖, value 5, unit 个}                  |
 * | 6名残疾人斩获3金5银                 | {残疾人, 6, 名}, {金牌, 3, 枚}, {银牌, 5, 枚}      |
 *
 * Heuristics, in order:
 * - A number is Arabic (`92`, `1.5`, `1,200`) or Chinese (`五`, `十二`), with
 *   an optional 万/亿 multiplied in (近10万 → 100000). A lone Chinese 一 is
 *   not read: 一个/一家 is usually an article ("a"), not a count.
 * - It must be followed by a counter (个 家 名 人次 项 …) or by 金/银/铜
 *   (medals). Numbers after 第 (第十二届), before 年/月/日, inside 《》 and
 *   without a counter (五大行动, 四星级, 一级) are ignored.
 * - 近/约/超过/逾 before, or 余/多 after, the number is kept as `note`.
 * - The label is what follows the counter up to the clause's end or to a verb
 *   (获评, 斩获 …); when nothing follows, the words in front of the number in
 *   its clause (惠及). A label longer than MAX_LABEL_LENGTH, or none at all,
 *   means the figure is not understood and it is skipped.
 * - The generic counter 个 says little on its own, so when the label starts
 *   with a common counted noun (社区, 街道, 项目 …) the unit includes it: 个社区;
 *   when the label is nothing but that noun, the words in front of the
 *   number label it instead (覆盖全部10个街道 → {覆盖, 10, 个街道}).
 */
import type { Metric } from '../editorial/types';
import { chineseNumeralRunAt, isChineseNumeralChar, LARGE_UNITS, parseChineseNumeral, scaleDecimal } from './chinese-numerals';
import { CLAUSE_SEPARATOR, characterCount, isHan, SENTENCE_END, wordAt } from './text';

/** A metric as the parser emits it: every present field is a plain value. */
export interface ParsedMetric extends Metric {
  label: string;
  value: number;
  unit: string;
  note?: string;
}

/** Counter words, longest first where one starts another. */
const COUNTERS = [
  '个百分点',
  '人次',
  '场次',
  '户次',
  '个',
  '家',
  '名',
  '位',
  '人',
  '户',
  '项',
  '次',
  '场',
  '所',
  '枚',
  '支',
  '件',
  '台',
  '篇',
  '部',
  '座',
  '处',
  '期',
  '套',
  '张',
  '本',
  '元',
  '公里',
  '平方米',
  '%',
  '％',
];

const MEDALS: ReadonlyArray<{ char: string; label: string }> = [
  { char: '金', label: '金牌' },
  { char: '银', label: '银牌' },
  { char: '铜', label: '铜牌' },
];

/** Counted nouns that 个 takes into the unit: 92个社区. */
const NOUNS_AFTER_GE = ['社区', '街道', '项目', '基地', '单位', '站点', '部门', '中心', '村'];

const LONG_APPROXIMATE_BEFORE = ['超过'];
const APPROXIMATE_BEFORE = ['近', '约', '超', '逾'];
const APPROXIMATE_AFTER = ['余', '多'];

/** Verbs that end a label: 8家街道职康中心|获评… */
const LABEL_STOPS = ['购买', '申领', '领取', '发放', '安排', '签订', '稳定', '入住', '提供', '开展', '接受', '享受', '办理', '纳入', '得到', '获评', '获得', '荣获', '斩获', '摘得', '实现', '参与', '参加', '受益', '入选', '达到', '成功', '通过', '完成', '被评为', '的'];

/** Words at the end of a label taken from in front of the number: 就业率达|95%. */
const LINKING_VERBS = ['提高到', '提升至', '提高至', '增长到', '达到', '累计', '共计', '总计', '达', '为', '共'];

/** Words for "all" in front of a count: 覆盖全部10个街道. */
const WHOLE_WORDS = ['全部', '所有', '全'];

const MAX_LABEL_LENGTH = 24;

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

interface NumberToken {
  start: number;
  end: number;
  digits: string;
  value?: number;
  chinese: boolean;
}

/** An Arabic number at `index`: digits, `,` thousands groups, one decimal part. */
function arabicAt(text: string, index: number): NumberToken {
  let end = index;
  while (isDigit(text[end])) end += 1;
  // 1,200 but not 92,并 (a clause comma after a number).
  while (text[end] === ',' && isDigit(text[end + 1]) && isDigit(text[end + 2]) && isDigit(text[end + 3]) && !isDigit(text[end + 4])) {
    end += 4;
  }
  if (text[end] === '.' && isDigit(text[end + 1])) {
    end += 1;
    while (isDigit(text[end])) end += 1;
  }
  return { start: index, end, digits: text.slice(index, end), chinese: false };
}

function chineseAt(text: string, index: number): NumberToken {
  const run = chineseNumeralRunAt(text, index, false);
  return { start: index, end: index + run.length, digits: run, value: parseChineseNumeral(run), chinese: true };
}

/** Text of the clause around `index`: from the previous separator to `index`. */
function clausePrefix(text: string, index: number): string {
  let start = index;
  while (start > 0 && !CLAUSE_SEPARATOR.has(text[start - 1]) && !SENTENCE_END.has(text[start - 1]) && text[start - 1] !== '、') {
    start -= 1;
    if (index - start > MAX_LABEL_LENGTH + 4) return '';
  }
  return text.slice(start, index);
}

/** What follows a counter: Han characters up to a separator, a digit, a bracket or a label stop. */
function labelAfter(text: string, index: number): string {
  let end = index;
  while (end < text.length && end - index <= MAX_LABEL_LENGTH && isHan(text[end]) && wordAt(text, end, LABEL_STOPS) === undefined) {
    end += 1;
  }
  return text.slice(index, end);
}

function stripSuffixes(text: string, suffixes: ReadonlyArray<string>): string {
  let result = text;
  for (let guard = 0; guard < 3; guard += 1) {
    const suffix = suffixes.find((s) => result.endsWith(s) && result.length > s.length);
    if (suffix === undefined) break;
    result = result.slice(0, result.length - suffix.length);
  }
  return result;
}

/** Every figure in `text` the heuristics above can read with confidence, in order. */
export function readMetrics(text: string): ParsedMetric[] {
  const metrics: ParsedMetric[] = [];
  let titleDepth = 0;
  let titleOpenedAt = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '《') {
      titleDepth += 1;
      titleOpenedAt = index;
    } else if (char === '》' && titleDepth > 0) titleDepth -= 1;
    if (titleDepth > 0 && index - titleOpenedAt > 100) titleDepth = 0; // a stray 《
    if (titleDepth > 0) continue;

    const previous = text[index - 1];
    let token: NumberToken | undefined;
    if (isDigit(char) && !isDigit(previous) && previous !== '.' && previous !== ',' && !/[A-Za-z]/.test(previous ?? '')) {
      token = arabicAt(text, index);
    } else if (isChineseNumeralChar(char) && !isChineseNumeralChar(previous) && !LARGE_UNITS.has(char)) {
      token = chineseAt(text, index);
    }
    if (token === undefined) continue;
    index = Math.max(index, token.end - 1);
    if (previous === '第' || (token.chinese && (token.value === undefined || token.digits === '一'))) continue;

    let cursor = token.end;
    let note: string | undefined = wordAt(text, token.start - 2, LONG_APPROXIMATE_BEFORE) ?? wordAt(text, token.start - 1, APPROXIMATE_BEFORE);
    const noteBefore = note;
    let multiplier = 1;
    for (let step = 0; step < 3; step += 1) {
      const large = LARGE_UNITS.get(text[cursor] ?? '');
      const after = wordAt(text, cursor, APPROXIMATE_AFTER);
      if (large !== undefined && multiplier === 1) {
        multiplier = large;
        cursor += 1;
      } else if (after !== undefined && note === undefined) {
        note = after;
        cursor += after.length;
      } else break;
    }
    const value = token.chinese ? (token.value ?? 0) * multiplier : scaleDecimal(token.digits, multiplier);
    if (value === undefined) continue;

    // 3金5银: medals, counted only as plain whole numbers (not 100万金…).
    const medal = MEDALS.find((m) => m.char === text[cursor]);
    if (medal !== undefined && multiplier === 1 && note === undefined && Number.isInteger(value)) {
      metrics.push({ label: medal.label, value, unit: '枚' });
      index = cursor;
      continue;
    }
    const counter = wordAt(text, cursor, COUNTERS);
    if (counter === undefined) continue;
    const afterCounter = cursor + counter.length;
    let label = labelAfter(text, afterCounter);
    let unit = counter;
    if (label === '') {
      const prefix = clausePrefix(text, token.start - (noteBefore?.length ?? 0));
      label = stripSuffixes(prefix, LINKING_VERBS);
    } else if (counter === '个') {
      const noun = wordAt(label, 0, NOUNS_AFTER_GE);
      if (noun !== undefined && label.length > noun.length) unit = `个${noun}`;
      // 覆盖全部10个街道: the bare noun says less than the words in front of it.
      const prefix = stripSuffixes(clausePrefix(text, token.start - (noteBefore?.length ?? 0)), [...LINKING_VERBS, ...WHOLE_WORDS]);
      if (noun !== undefined && label === noun && prefix !== '' && isHan(prefix[0])) {
        unit = `个${noun}`;
        label = prefix;
      }
    }
    if (label === '' || characterCount(label) > MAX_LABEL_LENGTH || !isHan(label[0])) continue;
    metrics.push({ label, value, unit, ...(note !== undefined ? { note } : {}) });
    index = afterCounter - 1;
  }
  return metrics;
}
