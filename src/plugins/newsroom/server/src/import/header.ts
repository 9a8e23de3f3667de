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
 * them). Date lines come as `2023-04-29 09:58`, `2023年4月29日`,
 * `发表时间：2024-05-10`, `时间：2024-03-06 08:10 来源：… 作者：…` and
 * `07.04.2016` (day first). Short lines before the headline (a site's name
 * above its own headline) are dropped; the headline is the last of them
 * before the date line. A header without a date line is still a header: the
 * date is then looked for in the dateline or the first sentences (dates.ts).
 * Without a headline the text is not an article.
 */
import { readHeaderCredits } from './header-credits';
import { isRealDate, type CalendarDate } from './text-dates';
import { characterCount, collapseSpaces, endsLikeSentence, type Line } from './text';

export { isRealDate } from './text-dates';
export type ReportDate = CalendarDate;

/** How many lines the header may span. */
const HEADER_WINDOW = 10;

/** The longest headline the content model stores (meeting.headline ≤ 120). */
export const MAX_HEADLINE_LENGTH = 120;

/** Only this much of a line is looked at when asking whether it is a header line. */
const MAX_META_LINE_LENGTH = 120;

export interface PublicationDate {
  date: ReportDate;
  hour: number;
  minute: number;
  second: number;
  hasTime: boolean;
  /** `07.04.2016`: read day first although month first would also be a date. */
  dayFirstGuess: boolean;
  /** What follows the date on the same line, e.g. `来源：福田区残联`. */
  rest: string;
}

export interface ReportHeader {
  headline: string;
  headlineLine: number;
  /** Absent when the report prints no date line. */
  date?: PublicationDate;
  dateLine?: number;
  source?: string;
  /** Credit text the header carries: `作者：吴晓`, `文/记者 欧阳娜 图/江涛`. */
  creditTexts: string[];
  /** Lines before the headline that are not part of the article (a site's name). */
  dropped: Line[];
  /** Index in `lines` of the first line after the header. */
  contentStart: number;
}

/** Labels a date line may start with: `发布时间：2024-03-05 10:20`. */
const DATE_LABELS = ['发布时间', '发布日期', '发表时间', '发表日期', '更新时间', '发布于', '时间', '日期'];

/** Labels of a source: `来源: 深圳新闻网`, `稿源：福田区残联`. */
const SOURCE_LABELS = ['信息来源', '文章来源', '新闻来源', '来源', '稿源'];

/** What else may share the date line (`2024-03-05 10:20 来源：…`), and where a source value ends. */
const META_WORDS = [...SOURCE_LABELS, '作者', '编辑', '责任编辑', '浏览', '阅读', '字号', '点击'];

/** Page furniture: text-to-speech buttons, font size, share links. */
const BOILERPLATE_PREFIXES = ['人工智能朗读', '语音播报', '朗读', '字号', '【字号', '【字体', '分享到', '分享', '扫一扫', '打印', '浏览次数', '阅读量', '点击量'];

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T| +)(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/;
const HAN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?: *(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/;
/** `07.04.2016`: day, month, year. */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: +(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/;

function dateParts(rest: string): { year: number; month: number; day: number; match: RegExpExecArray; dayFirstGuess: boolean } | undefined {
  const iso = ISO_DATE.exec(rest) ?? HAN_DATE.exec(rest);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), match: iso, dayFirstGuess: false };
  const dotted = DOTTED_DATE.exec(rest);
  if (!dotted) return undefined;
  const [day, month] = [Number(dotted[1]), Number(dotted[2])];
  return { year: Number(dotted[3]), month, day, match: dotted, dayFirstGuess: day <= 12 && month <= 12 && day !== month };
}

export function readPublicationDate(text: string): PublicationDate | undefined {
  if (text.length > MAX_META_LINE_LENGTH) return undefined;
  let rest = text;
  const label = DATE_LABELS.find((l) => rest.startsWith(l));
  if (label !== undefined) rest = rest.slice(label.length).replace(/^ *[:：] */, '');
  const parts = dateParts(rest);
  if (parts === undefined || !isRealDate(parts.year, parts.month, parts.day)) return undefined;
  const { match } = parts;
  const hasTime = match[4] !== undefined;
  const [hour, minute, second] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const after = rest.slice(match[0].length);
  // Only more header on the same line; a date that starts a sentence is not a date line.
  if (after.trim() !== '' && !(/^\s/.test(after) && META_WORDS.some((w) => after.trim().startsWith(w)))) return undefined;
  const date = { year: parts.year, month: parts.month, day: parts.day };
  return { date, hour, minute, second, hasTime, dayFirstGuess: parts.dayFirstGuess, rest: after.trim() };
}

/** The value of a `来源：…` label anywhere in `text`, up to a wide gap, a bar or the next header word. */
export function readSource(text: string): string | undefined {
  for (const label of SOURCE_LABELS) {
    const at = text.indexOf(label);
    if (at === -1) continue;
    const afterLabel = text.slice(at + label.length).replace(/^ *[:：] */, '');
    if (afterLabel.length === text.length - at - label.length) continue; // no colon: not a label
    let value = afterLabel.split(/ {2,}|\t|[|丨｜]/)[0];
    for (const word of META_WORDS) {
      const cut = value.indexOf(` ${word}`);
      if (cut !== -1) value = value.slice(0, cut);
    }
    value = collapseSpaces(value);
    if (value !== '' && characterCount(value) <= 40 && !/[。，,]/.test(value)) return value;
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
export function formatBeijing(date: ReportDate, hour = 0, minute = 0, second = 0): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`;
}

/** A headline is one short line with at least one letter that does not end a sentence. */
function isHeadline(text: string): boolean {
  return characterCount(text) <= MAX_HEADLINE_LENGTH && /\p{L}/u.test(text) && !endsLikeSentence(text);
}

/** Lines that a header may hold besides the headline. */
function isMetaLine(text: string): boolean {
  return readPublicationDate(text) !== undefined || isSourceLine(text) || isBoilerplate(text) || readHeaderCredits(text) !== undefined;
}

/** Whether a date line follows `index` before the article starts: then the line at `index` is above the headline. */
function dateLineAhead(lines: ReadonlyArray<Line>, index: number): boolean {
  for (let next = index + 1; next < lines.length && next < HEADER_WINDOW; next += 1) {
    const { text } = lines[next];
    if (readPublicationDate(text) !== undefined) return true;
    if (!isMetaLine(text) && !isHeadline(text)) return false;
  }
  return false;
}

export function readHeader(lines: ReadonlyArray<Line>): ReportHeader | 'no-headline' {
  let headline: Line | undefined;
  let dateLine: { date: PublicationDate; line: number } | undefined;
  let source: string | undefined;
  const creditTexts: string[] = [];
  const dropped: Line[] = [];
  let index = 0;
  for (; index < lines.length && index < HEADER_WINDOW; index += 1) {
    const { text } = lines[index];
    const date = dateLine === undefined ? readPublicationDate(text) : undefined;
    if (date !== undefined) {
      dateLine = { date, line: lines[index].line };
      source ??= readSource(date.rest);
      const credits = readHeaderCredits(date.rest);
      if (credits !== undefined) creditTexts.push(credits);
      continue;
    }
    if (isSourceLine(text)) {
      source ??= readSource(text);
      continue;
    }
    if (isBoilerplate(text)) continue;
    const credits = headline === undefined ? undefined : readHeaderCredits(text);
    if (credits !== undefined) {
      creditTexts.push(credits);
      continue;
    }
    if (!isHeadline(text)) break;
    if (headline === undefined) {
      headline = lines[index];
      continue;
    }
    // A short line above the headline (a site's name) gives way to the headline under it.
    if (dateLine !== undefined || !dateLineAhead(lines, index - 1)) break;
    dropped.push(headline);
    headline = lines[index];
  }
  if (headline === undefined) return 'no-headline';
  return {
    headline: collapseSpaces(headline.text),
    headlineLine: headline.line,
    ...(dateLine !== undefined ? { date: dateLine.date, dateLine: dateLine.line } : {}),
    ...(source !== undefined ? { source } : {}),
    creditTexts,
    dropped,
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
