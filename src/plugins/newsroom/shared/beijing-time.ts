/**
 * Instants as the newsroom reads and types them: in Beijing time (the
 * time-zone database's Asia/Shanghai, +08:00 since 1991), for people. The
 * admin shows a scheduled job's time in words ("2026年12月7日 09:00（北京时间）",
 * "7 Dec 2026, 09:00 Beijing time") and turns a date and time an editor typed
 * in Beijing time into the ISO 8601 instant the Schedule API takes
 * ("2026-12-07T09:00:00+08:00"). Here, not in the admin, so that server code
 * (notifications, exports) words a time the same way.
 */
import { isEnglishLocale } from './locale';

/** Beijing time, by its id in the time-zone database: the one home of that id (the server's dates and the admin read it here). */
export const NEWSROOM_TIME_ZONE = 'Asia/Shanghai';

/** English month abbreviations, fixed (ICU versions differ on "Sep"/"Sept"). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: NEWSROOM_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface BeijingWallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const toInstant = (value: string | number | Date): Date => (value instanceof Date ? value : new Date(value));

/** The calendar date and clock time an instant shows in Beijing; undefined for an invalid instant. */
export const beijingWallTime = (value: string | number | Date): BeijingWallTime | undefined => {
  const instant = toInstant(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  const part = Object.fromEntries(PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(part.year), month: Number(part.month), day: Number(part.day), hour: Number(part.hour) % 24, minute: Number(part.minute) };
};

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * An instant in words, in Beijing time, in the admin's language (`zh-Hans`,
 * `zh-CN`, `en`, …; any non-English locale reads Chinese):
 * "2026年12月7日 09:00（北京时间）" or "7 Dec 2026, 09:00 Beijing time".
 * An invalid instant is given back as it came.
 */
export const beijingWords = (value: string | number | Date, locale: string): string => {
  const t = beijingWallTime(value);
  if (!t) return String(value);
  const clock = `${two(t.hour)}:${two(t.minute)}`;
  return isEnglishLocale(locale)
    ? `${t.day} ${MONTHS[t.month - 1]} ${t.year}, ${clock} Beijing time`
    : `${t.year}年${t.month}月${t.day}日 ${clock}（北京时间）`;
};

/** `YYYY-MM-DD` and `HH:MM` of an instant in Beijing, the values of a date and a time input. */
export const beijingInputValues = (value: string | number | Date): { date: string; time: string } | undefined => {
  const t = beijingWallTime(value);
  if (!t) return undefined;
  return { date: `${t.year}-${two(t.month)}-${two(t.day)}`, time: `${two(t.hour)}:${two(t.minute)}` };
};

/**
 * A date (`YYYY-MM-DD`) and a time (`HH:MM`) typed in Beijing time as an ISO
 * 8601 instant with its offset, `2026-12-07T09:00:00+08:00`; undefined when
 * either is missing or is no real date or time (2026-02-30, 24:00).
 */
export const beijingIso = (date: string, time: string): string | undefined => {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const c = /^(\d{2}):(\d{2})$/.exec(time.trim());
  if (!d || !c) return undefined;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], c[1], c[2]].map(Number);
  if (hour > 23 || minute > 59 || month < 1 || month > 12 || day < 1) return undefined;
  // The calendar's own check of the day: 30 February rolls over into March.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${d[1]}-${d[2]}-${d[3]}T${c[1]}:${c[2]}:00+08:00`;
};
