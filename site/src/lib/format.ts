/**
 * Dates as readers write them, in Beijing time: 2023年4月28日 on Chinese
 * pages, 28 April 2023 on English ones. A meeting's `heldOn` is a calendar
 * date (no time zone); `reportedAt` is an instant, shown in Asia/Shanghai.
 */
import type { SiteLocale } from './config';

const TIME_ZONE = 'Asia/Shanghai';

const dateFormat = {
  'zh-Hans': new Intl.DateTimeFormat('zh-Hans-CN', { timeZone: TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' }),
};
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** `2023-04-28` → 2023年4月28日 / 28 April 2023; the date itself, whatever the server's time zone. */
export const calendarDate = (value: string | null | undefined, locale: SiteLocale): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return '';
  const [, year, month, day] = match;
  if (locale === 'zh-Hans') return `${Number(year)}年${Number(month)}月${Number(day)}日`;
  // Noon UTC is the same calendar day in Beijing.
  return dateFormat.en.format(new Date(`${year}-${month}-${day}T12:00:00Z`));
};

/** An instant in Beijing time: 2023年4月29日 09:58 / 29 April 2023, 09:58 (Beijing time). */
export const beijingDateTime = (value: string | null | undefined, locale: SiteLocale): string => {
  if (!value) return '';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  const date = dateFormat[locale].format(instant).replace(/\s+/g, locale === 'zh-Hans' ? '' : ' ');
  const time = timeFormat.format(instant);
  return locale === 'zh-Hans' ? `${date} ${time}` : `${date}, ${time} (Beijing time)`;
};

/** An instant as ISO 8601 with Beijing's offset, for <time datetime>. */
export const beijingIso = (value: string | null | undefined): string => {
  if (!value) return '';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value])
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}+08:00`;
};

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The language of a passage when it differs from the page's: Chinese text on
 * an English page is `zh-Hans`; a passage with Latin letters and no Han
 * characters on a Chinese page is `en`. Undefined when it is the page's own.
 */
export const otherLang = (text: string | null | undefined, page: SiteLocale): SiteLocale | undefined => {
  if (!text) return undefined;
  if (page === 'en') return HAN.test(text) ? 'zh-Hans' : undefined;
  return !HAN.test(text) && LATIN.test(text) ? 'en' : undefined;
};
