import { NEWSROOM_TIME_ZONE } from '../editorial/dates';

const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: NEWSROOM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/**
 * An instant as ISO 8601 in Beijing time with its offset, `2023-04-29T09:58:00+08:00`,
 * the form schema.org and Google expect for a Chinese report's datePublished.
 * The offset comes from the time-zone database (China observed summer time 1986–1991).
 */
export const toBeijingIso = (value: string | Date): string | undefined => {
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  const part = Object.fromEntries(PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  const offset = (part.timeZoneName ?? 'GMT+08:00').replace('GMT', '') || '+00:00';
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}${offset}`;
};
