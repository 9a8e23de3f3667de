/**
 * Calendar dates as the newsroom reads them: in Beijing time (China Standard
 * Time, +08:00; the time-zone database names it Asia/Shanghai). The code
 * says "Beijing" for it everywhere; `Asia/Shanghai` appears only as the zone id.
 *
 * A report stamped 2023-04-29 09:58 in Shenzhen is stored as
 * 2023-04-29T01:58:00Z; a late-evening report is stored on the previous UTC
 * day. Comparing a meeting's `heldOn` with the report's date must therefore
 * use the Beijing calendar, never the server's time zone or UTC. Intl does
 * this without a date library.
 */

import { NEWSROOM_TIME_ZONE } from '../../../shared/beijing-time';

/** Beijing time, by its id in the time-zone database (its one home is shared/, which the admin reads too). */
export { NEWSROOM_TIME_ZONE };

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * ISO 8601 date and time. A timestamp without an offset is read as Beijing
 * time (+08:00): the clock the newsroom's sources print, and the only
 * reading that does not depend on where the server runs.
 */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/i;

const beijingFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: NEWSROOM_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** `YYYY-MM-DD` as a real calendar date (no 2023-02-30), else `undefined`. */
export function parseDateOnly(value: string): CalendarDate | undefined {
  const match = DATE_ONLY.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : undefined;
}

/** An ISO 8601 datetime as an instant, else `undefined`. */
export function parseDateTime(value: string): Date | undefined {
  const match = DATE_TIME.exec(value.trim());
  if (!match || !parseDateOnly(match[1])) return undefined;
  const offset = match[3] ?? '+08:00';
  const instant = new Date(`${match[1]}T${match[2]}${offset.toUpperCase()}`);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** The date an instant falls on in Beijing time. */
export function beijingDateOf(instant: Date): CalendarDate {
  const parts = beijingFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** Negative when `a` is before `b`, zero on the same day, positive after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** `YYYY-MM-DD`. */
export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}
