/**
 * The header of a report: headline, date line, source, and the boilerplate
 * that web pages put around them.
 *
 * ```
 * 实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议   ← headline
 * 2023-04-29 09:58                                            ← date line (Beijing time)
 * 来源: 深圳新闻网                                             ← source
 * 人工智能朗读:                                                ← page boilerplate
 * ```
 *
 * The header is the run of such lines at the top (at most HEADER_WINDOW of
 * them): a line that is neither boilerplate nor the headline ends it. A text
 * without a date line or a headline there is not a report.
 */
import { charCount, collapseSpaces, type Line } from './text';

/** How many lines the header may span. */
const HEADER_WINDOW = 8;

/** The longest headline the content model stores (meeting.headline ≤ 120). */
export const MAX_HEADLINE_LENGTH = 120;

/** Only this much of a line is looked at when asking whether it is a header line. */
const MAX_META_LINE_LENGTH = 120;

export interface ReportDate {
  year: number;
  month: number;
  day: number;
}

export interface ReportHeader {
  headline: string;
  headlineLine: number;
  /** ISO 8601 in Beijing time: `2023-04-29T09:58:00+08:00`. */
  reportedAt: string;
  /** The date line printed a clock time (else reportedAt is midnight). */
  hasTime: boolean;
  dateLine: number;
  reportDate: ReportDate;
  source?: string;
  /** Index in `lines` of the first line after the header. */
  contentStart: number;
}

export type HeaderProblem = 'no-date-line' | 'no-headline';

/** Labels a date line may start with: `发布时间：2024-03-05 10:20`. */
const DATE_LABELS = ['发布时间', '发布日期', '更新时间', '时间', '日期'];

/** Labels of a source: `来源: 深圳新闻网`, `稿源：福田区残联`. */
const SOURCE_LABELS = ['信息来源', '文章来源', '新闻来源', '来源', '稿源'];

/** What else may share the date line (`2024-03-05 10:20 来源：…`), and where a source value ends. */
const META_WORDS = [...SOURCE_LABELS, '作者', '编辑', '责任编辑', '浏览', '阅读', '字号', '点击'];

/** Page furniture: text-to-speech buttons, font size, share links. */
const BOILERPLATE_PREFIXES = [
  '人工智能朗读',
  '语音播报',
  '朗读',
  '字号',
  '【字号',
  '【字体',
  '分享到',
  '分享',
  '扫一扫',
  '打印',
  '浏览次数',
  '阅读量',
  '点击量',
  '作者',
];

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T| +)(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/;
const HAN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?: *(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/;

interface DateLine {
  date: ReportDate;
  hour: number;
  minute: number;
  second: number;
  hasTime: boolean;
  /** What follows the date on the same line, e.g. `来源：福田区残联`. */
  rest: string;
}

/** A real calendar date between 1949 (R5) and 2199. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1949 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function readDateLine(text: string): DateLine | undefined {
  if (text.length > MAX_META_LINE_LENGTH) return undefined;
  let rest = text;
  const label = DATE_LABELS.find((l) => rest.startsWith(l));
  if (label !== undefined) rest = rest.slice(label.length).replace(/^ *[:：] */, '');
  const match = ISO_DATE.exec(rest) ?? HAN_DATE.exec(rest);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return undefined;
  const hasTime = match[4] !== undefined;
  const [hour, minute, second] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const after = rest.slice(match[0].length);
  // Only more header on the same line; a date that starts a sentence is not a date line.
  if (after.trim() !== '' && !(/^\s/.test(after) && META_WORDS.some((w) => after.trim().startsWith(w)))) return undefined;
  return { date: { year, month, day }, hour, minute, second, hasTime, rest: after.trim() };
}

/** The value of a `来源：…` label anywhere in `text`, up to a wide gap or the next header word. */
function readSource(text: string): string | undefined {
  for (const label of SOURCE_LABELS) {
    const at = text.indexOf(label);
    if (at === -1) continue;
    const afterLabel = text.slice(at + label.length).replace(/^ *[:：] */, '');
    if (afterLabel.length === text.length - at - label.length) continue; // no colon: not a label
    let value = afterLabel.split(/ {2,}|\t|[|丨]/)[0];
    for (const word of META_WORDS) {
      const cut = value.indexOf(` ${word}`);
      if (cut !== -1) value = value.slice(0, cut);
    }
    value = collapseSpaces(value);
    if (value !== '' && charCount(value) <= 40 && !/[。，,]/.test(value)) return value;
  }
  return undefined;
}

function isSourceLine(text: string): boolean {
  return SOURCE_LABELS.some((label) => text.startsWith(label)) && readSource(text) !== undefined;
}

function isBoilerplate(text: string): boolean {
  return text.length <= MAX_META_LINE_LENGTH && BOILERPLATE_PREFIXES.some((prefix) => text.startsWith(prefix));
}

/** `2023-04-29T09:58:00+08:00` */
function formatBeijing(line: DateLine): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const { year, month, day } = line.date;
  return `${year}-${pad(month)}-${pad(day)}T${pad(line.hour)}:${pad(line.minute)}:${pad(line.second)}+08:00`;
}

/** A headline is one short line with at least one letter (Han or other). */
function isHeadline(text: string): boolean {
  return charCount(text) <= MAX_HEADLINE_LENGTH && /\p{L}/u.test(text);
}

export function readHeader(lines: ReadonlyArray<Line>): ReportHeader | HeaderProblem {
  let headlineIndex: number | undefined;
  let dateLine: DateLine | undefined;
  let dateLineNumber = 0;
  let source: string | undefined;
  let index = 0;
  for (; index < lines.length && index < HEADER_WINDOW; index += 1) {
    const text = lines[index].text;
    const date = dateLine === undefined ? readDateLine(text) : undefined;
    if (date !== undefined) {
      dateLine = date;
      dateLineNumber = lines[index].line;
      source ??= readSource(date.rest);
      continue;
    }
    if (isSourceLine(text)) {
      source ??= readSource(text);
      continue;
    }
    if (isBoilerplate(text)) continue;
    if (headlineIndex === undefined) {
      headlineIndex = index;
      continue;
    }
    break;
  }
  if (dateLine === undefined) return 'no-date-line';
  if (headlineIndex === undefined || !isHeadline(lines[headlineIndex].text)) return 'no-headline';
  return {
    headline: collapseSpaces(lines[headlineIndex].text),
    headlineLine: lines[headlineIndex].line,
    reportedAt: formatBeijing(dateLine),
    hasTime: dateLine.hasTime,
    dateLine: dateLineNumber,
    reportDate: dateLine.date,
    ...(source !== undefined ? { source } : {}),
    contentStart: index,
  };
}

/** The source a `来源：…` line names, if it is one. */
export function sourceOfLine(text: string): string | undefined {
  return isSourceLine(text) ? readSource(text) : undefined;
}

/** Lines after the header that are boilerplate or the headline printed again. */
export function isHeaderRepeat(text: string, headline: string): boolean {
  return collapseSpaces(text) === headline || isBoilerplate(text) || isSourceLine(text);
}
