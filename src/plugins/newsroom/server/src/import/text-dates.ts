/**
 * Dates as report sentences write them, and their resolution against the
 * report's own date.
 *
 * | text                | read as                         | resolved against 2024-03-06 |
 * |---------------------|---------------------------------|-----------------------------|
 * | `2023年4月28日`      | year, month, day                | 2023-04-28                  |
 * | `4月28日`, `四月二十八日` | month, day                  | 2023-04-28 (not after the report: the year before) |
 * | `12日`               | day of the report's month       | 2024-02-12 (after the report: the month before) |
 * | `上月28日`, `本月2日`  | day of the previous / same month | 2024-02-28, 2024-03-02     |
 * | `今天`, `今日`, `当天` | the report's day                | 2024-03-06                  |
 * | `昨日`, `昨天`         | the day before                  | 2024-03-05                  |
 * | `前天`, `前日`         | two days before                 | 2024-03-04                  |
 *
 * A time of day right after (`昨日上午`, `4月28日下午`) belongs to the mention.
 * `近日`, `日前` ("recently") name no day and are not dates.
 */
import { parseChineseNumeral } from './chinese-numerals';
import { wordAt } from './text';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface DateMention {
  year?: number;
  month?: number;
  day?: number;
  /** Days before the report (today 0, yesterday 1 …) for relative words. */
  daysBefore?: number;
  /** Months before the report for 上月 (1) and 本月 (0); with `day`. */
  monthsBefore?: number;
  start: number;
  end: number;
}

/** Times of day after a date: 4月28日下午. */
const TIME_OF_DAY = ['上午', '下午', '晚上', '早上', '中午', '傍晚', '晚间', '晚'];

const RELATIVE_DAYS: ReadonlyArray<[string, number]> = [
  ['今天', 0],
  ['今日', 0],
  ['当天', 0],
  ['当日', 0],
  ['昨天', 1],
  ['昨日', 1],
  ['前天', 2],
  ['前日', 2],
];

const RELATIVE_MONTHS: ReadonlyArray<[string, number]> = [
  ['上月', 1],
  ['上个月', 1],
  ['本月', 0],
  ['当月', 0],
];

/** A real calendar date between 1949 (R5) and 2199. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1949 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function numberAt(text: string, index: number, maxLength: number): { value: number; end: number } | undefined {
  let end = index;
  while (end < text.length && end - index < maxLength && /[0-9〇零一二三四五六七八九十两]/.test(text[end])) end += 1;
  if (end === index) return undefined;
  const digits = text.slice(index, end);
  const value = /^\d+$/.test(digits) ? Number(digits) : parseChineseNumeral(digits);
  return value === undefined ? undefined : { value, end };
}

function withTimeOfDay(text: string, end: number): number {
  const timeOfDay = TIME_OF_DAY.find((t) => text.startsWith(t, end));
  return timeOfDay === undefined ? end : end + timeOfDay.length;
}

const isDayMark = (char: string | undefined): boolean => char === '日' || char === '号';

/** Words after `N号` / `N日` that make it a label, not a day: `二号会议室`, `1号文件`, `3号楼`. */
const LABEL_NOUNS = ['会议室', '会场', '楼', '馆', '厅', '院', '文件', '令', '线', '门', '窗口', '台', '房', '室', '地块', '大院', '展位'];

/** `12日` / `12号` is a day unless a label noun follows it. */
function isDayAt(text: string, at: number): boolean {
  return isDayMark(text[at]) && wordAt(text, at + 1, LABEL_NOUNS) === undefined;
}

const HAN_DIGITS = '〇零一二三四五六七八九';

/** `二〇二三年`: a year written digit by digit in Chinese numerals, with its 年. */
function hanYearAt(text: string, index: number): { value: number; end: number } | undefined {
  let value = 0;
  for (let at = index; at < index + 4; at += 1) {
    const digit = HAN_DIGITS.indexOf(text[at] ?? '');
    if (digit === -1) return undefined;
    value = value * 10 + Math.max(0, digit - 1);
  }
  return text[index + 4] === '年' ? { value, end: index + 4 } : undefined;
}

/** `2016/4/7`, `2016-04-07`, `2016.4.7` (year first) and `07.04.2016` (day first) in running text. */
const NUMERIC_YEAR_FIRST = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/y;
const NUMERIC_DAY_FIRST = /(\d{1,2})\.(\d{1,2})\.(\d{4})/y;

function numericDateAt(text: string, index: number): DateMention | undefined {
  NUMERIC_YEAR_FIRST.lastIndex = index;
  const yearFirst = NUMERIC_YEAR_FIRST.exec(text);
  NUMERIC_DAY_FIRST.lastIndex = index;
  const dayFirst = yearFirst === null ? NUMERIC_DAY_FIRST.exec(text) : null;
  const match = yearFirst ?? dayFirst;
  if (match === null || /\d/.test(text[index + match[0].length] ?? '')) return undefined;
  const [year, month, day] = yearFirst !== null ? [match[1], match[3], match[4]].map(Number) : [match[3], match[2], match[1]].map(Number);
  return isRealDate(year, month, day) ? { year, month, day, start: index, end: withTimeOfDay(text, index + match[0].length) } : undefined;
}

/** `2023年4月28日`, `二〇二三年十二月二十八日`, `4月28日`, `28日`, `上月28日`, `昨日`, `2016/4/7`, `07.04.2016` … starting at `index`. */
export function dateAt(text: string, index: number): DateMention | undefined {
  const numeric = /\d/.test(text[index] ?? '') ? numericDateAt(text, index) : undefined;
  if (numeric !== undefined) return numeric;
  const relativeDay = RELATIVE_DAYS.find(([word]) => text.startsWith(word, index));
  if (relativeDay !== undefined) {
    return { daysBefore: relativeDay[1], start: index, end: withTimeOfDay(text, index + relativeDay[0].length) };
  }
  const relativeMonth = RELATIVE_MONTHS.find(([word]) => text.startsWith(word, index));
  if (relativeMonth !== undefined) {
    const day = numberAt(text, index + relativeMonth[0].length, 3);
    if (day === undefined || !isDayAt(text, day.end)) return undefined;
    return { monthsBefore: relativeMonth[1], day: day.value, start: index, end: withTimeOfDay(text, day.end + 1) };
  }
  const first = hanYearAt(text, index) ?? numberAt(text, index, 4);
  if (first === undefined) return undefined;
  let year: number | undefined;
  let cursor = index;
  if (text[first.end] === '年' && first.end - index === 4) {
    year = first.value;
    cursor = first.end + 1;
  }
  const month = year === undefined ? first : numberAt(text, cursor, 3);
  if (month !== undefined && text[month.end] === '月') {
    const day = numberAt(text, month.end + 1, 3);
    if (day === undefined || !isDayAt(text, day.end)) return undefined;
    return { ...(year !== undefined ? { year } : {}), month: month.value, day: day.value, start: index, end: withTimeOfDay(text, day.end + 1) };
  }
  // `12日`: a day alone, not the end of a month-day (the caller starts at the month).
  if (year === undefined && isDayAt(text, first.end) && first.end - index <= 3 && text[index - 1] !== '月') {
    return { day: first.value, start: index, end: withTimeOfDay(text, first.end + 1) };
  }
  return undefined;
}

/** The first date in `text`, if any. */
export function findDate(text: string): DateMention | undefined {
  for (let index = 0; index < text.length; index += 1) {
    if (index > 0 && /[0-9]/.test(text[index - 1])) continue;
    const date = dateAt(text, index);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** Characters a date expression can start with: digits, Chinese numerals, the first of a relative word. */
const DATE_STARTS = new Set([...'0123456789', ...'〇零一二三四五六七八九十两', ...[...RELATIVE_DAYS, ...RELATIVE_MONTHS].map(([word]) => word[0])]);

/** Every date mention of `text` in order, none inside a title 《…》 (a document's years are not the meeting's). */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  let inTitle = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '《') inTitle += 1;
    else if (char === '》') inTitle = Math.max(0, inTitle - 1);
    if (inTitle > 0 || !DATE_STARTS.has(char) || (index > 0 && /[0-9]/.test(text[index - 1]))) continue;
    const date = dateAt(text, index);
    if (date === undefined) continue;
    found.push(date);
    index = date.end - 1;
  }
  return found;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function formatDate(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function shiftDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day - days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function monthBefore(year: number, month: number, count: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) - count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The calendar date a mention names, given the report's date; `undefined` when it needs one and has none, or is no real date. */
export function resolveDate(mention: Omit<DateMention, 'start' | 'end'>, report: CalendarDate | undefined): string | undefined {
  let resolved: CalendarDate | undefined;
  if (mention.daysBefore !== undefined) {
    resolved = report === undefined ? undefined : shiftDays(report, mention.daysBefore);
  } else if (mention.day !== undefined && mention.month !== undefined) {
    let year = mention.year ?? report?.year;
    if (year === undefined) return undefined;
    if (mention.year === undefined && report !== undefined) {
      const after = mention.month > report.month || (mention.month === report.month && mention.day > report.day);
      if (after) year -= 1;
    }
    resolved = { year, month: mention.month, day: mention.day };
  } else if (mention.day !== undefined && report !== undefined) {
    // A day of this month, or of the month before when it would fall after the report.
    const count = mention.monthsBefore ?? (mention.day > report.day ? 1 : 0);
    resolved = { ...monthBefore(report.year, report.month, count), day: mention.day };
  }
  if (resolved === undefined || !isRealDate(resolved.year, resolved.month, resolved.day)) return undefined;
  return formatDate(resolved);
}

/** `2023年4月29日` anywhere in `text` (a full date: the report's own, in a dateline or a first sentence). */
export function findFullDate(text: string): CalendarDate | undefined {
  const match = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}
