/**
 * When the report was published: the date line's date and time (Beijing
 * time); without a date line, the full date of the dateline
 * (`…2024年3月22日讯`) or, failing that, of the first paragraphs
 * (`2024年4月9日，…会议在…召开`) at 00:00, with a warning saying where it
 * came from. Relative dates in the text (昨日, 12日, 上月28日) are resolved
 * against this date.
 */
import type { Content } from './content';
import { datelineDate } from './dateline';
import { formatBeijing, type ReportHeader } from './header';
import type { ParseWarning } from '../../../shared/parsed-report';
import { findDate, findFullDate, formatDate, type CalendarDate } from './text-dates';

/** Without a date line, a full date is looked for in this many first paragraphs. */
const BODY_DATE_WINDOW = 3;

export interface ReportTime {
  date?: CalendarDate;
  /** ISO 8601, Beijing time: `2023-04-29T09:58:00+08:00`. */
  reportedAt?: string;
}

export function reportTime(header: ReportHeader, content: Content, warnings: ParseWarning[]): ReportTime {
  if (header.date !== undefined) {
    const { date, hour, minute, second, hasTime, dayFirstGuess } = header.date;
    if (!hasTime) warnings.push({ code: 'editorial.reported-time-missing', message: '日期行没有时间，按当日 00:00 记录', line: header.dateLine });
    if (dayFirstGuess) {
      warnings.push({ code: 'editorial.date-order-assumed', message: `日期行按“日.月.年”读作 ${formatDate(date)}，请核对`, line: header.dateLine });
    }
    return { date, reportedAt: formatBeijing(date, hour, minute, second) };
  }
  const fromDateline = content.dateline === undefined ? undefined : datelineDate(content.dateline);
  const fromBody = fromDateline ?? content.lines.slice(0, BODY_DATE_WINDOW).map((line) => findFullDate(line.text)).find((d) => d !== undefined);
  if (fromBody === undefined) {
    warnings.push({ code: 'editorial.reported-at-missing', message: missingDateMessage(content.dateline) });
    return {};
  }
  const where = fromDateline !== undefined ? '电头' : '正文';
  warnings.push({ code: 'editorial.date-line-missing', message: `没有日期行：报道日期取自${where}（${formatDate(fromBody)}），时间按 00:00 记录` });
  return { date: fromBody, reportedAt: formatBeijing(fromBody) };
}

/**
 * Why no report date was found. A wire dateline (`中新网深圳7月4日电`) names
 * the month and day but not the year, and the body's `4日` needs the report's
 * date to resolve: the year is not guessed (a report reposted in January
 * would get the wrong one), the editor is told what is missing instead.
 */
function missingDateMessage(dateline: string | undefined): string {
  const partial = dateline === undefined ? undefined : findDate(dateline);
  if (partial?.month !== undefined && partial.day !== undefined && partial.year === undefined) {
    return `电头只写了月日（${partial.month}月${partial.day}日），没有年份，也没有日期行：报道日期和会议日期请补填`;
  }
  return '未找到报道日期（日期行、电头和正文开头都没有），请补填';
}
