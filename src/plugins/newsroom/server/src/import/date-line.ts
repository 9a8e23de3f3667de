/**
 * A page's date line: `2023-04-29 09:58`, `2023年4月29日`, `2024/7/3 15:26:08`,
 * `发表时间：2024-05-10`, `时间：2024-03-06 08:10 来源：… 作者：…` and
 * `07.04.2016` (day first). What follows the date on the same line (`来源：…`)
 * is kept in `rest` for the meta-line reader (line-classifier.ts).
 */
import { isRealDate, type CalendarDate } from './text-dates';

/** Only this much of a line is looked at when asking whether it is a date line. */
const MAX_META_LINE_LENGTH = 120;

export interface PublicationDate {
  date: CalendarDate;
  hour: number;
  minute: number;
  second: number;
  hasTime: boolean;
  /** `07.04.2016`: read day first although month first would also be a date. */
  dayFirstGuess: boolean;
  /** What follows the date on the same line, e.g. `来源：福田区残联`. */
  rest: string;
}

/** Labels a date line may start with: `发布时间：2024-03-05 10:20`. */
const DATE_LABELS = ['发布时间', '发布日期', '发表时间', '发表日期', '更新时间', '发布于', '发文日期', '时间', '日期'];

/** What else may share the date line (`2024-03-05 10:20 来源：…`). */
const META_WORDS = ['信息来源', '文章来源', '新闻来源', '来源', '稿源', '作者', '编辑', '责任编辑', '浏览', '阅读', '字号', '点击'];

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
