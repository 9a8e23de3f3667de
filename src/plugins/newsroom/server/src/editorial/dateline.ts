/**
 * The dateline that opens a report: `读特客户端·深圳新闻网2023年4月29日讯`.
 *
 * It is derived from the editorial component when the editor leaves it empty:
 * channel and source joined by `·`, the report's date in Beijing time, and 讯
 * ("reports"). English pages get a plain `Source, Month D, YYYY`.
 */
import { parseDateTime, beijingDateOf } from './dates';
import type { Editorial } from './types';

const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * The dateline for `editorial` in `locale`, or `undefined` when the source or
 * a valid `reportedAt` is missing — a dateline without either says nothing.
 */
export function formatDateline(
  editorial: Pick<Editorial, 'channel' | 'source' | 'reportedAt'>,
  locale: string,
): string | undefined {
  const source = editorial.source?.trim();
  const reportedAt = editorial.reportedAt ? parseDateTime(editorial.reportedAt) : undefined;
  if (!source || !reportedAt) return undefined;
  const channel = editorial.channel?.trim();
  const { year, month, day } = beijingDateOf(reportedAt);
  if (locale === 'en') {
    const outlet = channel ? `${channel} · ${source}` : source;
    return `${outlet}, ${ENGLISH_MONTHS[month - 1]} ${day}, ${year}`;
  }
  const outlet = channel ? `${channel}·${source}` : source;
  return `${outlet}${year}年${month}月${day}日讯`;
}
