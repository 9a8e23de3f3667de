/**
 * How long the oldest waiting job has waited, in words an editor reads at a
 * glance, in the admin's language: "45 seconds", "3 minutes", "2 hours",
 * "3 days" / "45秒钟", "3分钟", "2小时", "3天". One unit, rounded down: the page
 * answers "is the pipeline stuck?", not the exact figure.
 */
import { isEnglishLocale } from '../../../../shared/locale';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'second' | 'minute' | 'hour' | 'day';

/** The unit an age is told in, and how many of it (at least one second). */
export const ageUnit = (ms: number): { unit: Unit; value: number } => {
  const age = Math.max(0, ms);
  if (age < MINUTE) return { unit: 'second', value: Math.max(1, Math.floor(age / SECOND)) };
  if (age < HOUR) return { unit: 'minute', value: Math.floor(age / MINUTE) };
  if (age < 2 * DAY) return { unit: 'hour', value: Math.floor(age / HOUR) };
  return { unit: 'day', value: Math.floor(age / DAY) };
};

export const ageWords = (ms: number, locale: string): string => {
  const { unit, value } = ageUnit(ms);
  return new Intl.NumberFormat(isEnglishLocale(locale) ? 'en' : 'zh-CN', { style: 'unit', unit, unitDisplay: 'long' }).format(value);
};
