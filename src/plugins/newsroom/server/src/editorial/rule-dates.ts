/**
 * R5: dates that cannot be right.
 *
 * - A meeting is reported on or after the day it was held, counted in
 *   Beijing time (a report at 00:30 Beijing time is stored on the previous
 *   UTC day and must not look like it came before the meeting).
 * - A report is not stamped in the future; 10 minutes of leeway absorb clock
 *   skew between an editor's machine and the server.
 * - An achievement is not credited to a year after its meeting.
 * - Nothing predates 1949: the federation's records start there, and an
 *   earlier year is a typo (2O23, 1023).
 *
 * Runs on every write, for the fields that are set.
 */
import { compareDates, formatIsoDate, parseDateOnly, parseDateTime, beijingDateOf, type CalendarDate } from './dates';
import { editorialOf, isBlank, problem, type KindedDocument } from './rule';
import type { CheckContext, FieldPath, Problem } from './types';

export const FUTURE_LEEWAY_MINUTES = 10;
export const EARLIEST_YEAR = 1949;

const HELD_ON: FieldPath = ['heldOn'];
const REPORTED_AT: FieldPath = ['editorial', 'reportedAt'];

type Parsed<T> = { value?: T; problems: Problem[] };

function readHeldOn(raw: string | null | undefined, ctx: CheckContext): Parsed<CalendarDate> {
  if (isBlank(raw)) return { problems: [] };
  const value = parseDateOnly(raw ?? '');
  if (!value) return { problems: [problem(ctx, HELD_ON, 'dates.invalid')] };
  if (value.year < EARLIEST_YEAR) return { problems: [problem(ctx, HELD_ON, 'dates.before-1949')] };
  return { value, problems: [] };
}

function readReportedAt(raw: string | null | undefined, ctx: CheckContext): Parsed<Date> {
  if (isBlank(raw)) return { problems: [] };
  const value = parseDateTime(raw ?? '');
  if (!value) return { problems: [problem(ctx, REPORTED_AT, 'dates.invalid')] };
  const problems: Problem[] = [];
  if (beijingDateOf(value).year < EARLIEST_YEAR) problems.push(problem(ctx, REPORTED_AT, 'dates.before-1949'));
  if (value.getTime() > ctx.now.getTime() + FUTURE_LEEWAY_MINUTES * 60_000) {
    problems.push(problem(ctx, REPORTED_AT, 'dates.reported-at.future', { minutes: FUTURE_LEEWAY_MINUTES }));
  }
  return { value, problems };
}

function checkHeldOnBeforeReport(heldOn: CalendarDate, reportedAt: Date, ctx: CheckContext): Problem[] {
  const reportDate = beijingDateOf(reportedAt);
  if (compareDates(heldOn, reportDate) <= 0) return [];
  return [
    problem(ctx, HELD_ON, 'dates.held-on.after-report', {
      heldOn: formatIsoDate(heldOn),
      reportDate: formatIsoDate(reportDate),
    }),
  ];
}

function checkAchievementYear(year: number | null | undefined, ctx: CheckContext): Problem[] {
  if (year === null || year === undefined) return [];
  if (!Number.isInteger(year)) return [problem(ctx, ['year'], 'dates.invalid')];
  if (year < EARLIEST_YEAR) return [problem(ctx, ['year'], 'dates.before-1949')];
  const meetingDate = ctx.meeting?.heldOn ? parseDateOnly(ctx.meeting.heldOn) : undefined;
  if (!meetingDate || year <= meetingDate.year) return [];
  return [problem(ctx, ['year'], 'dates.year.after-meeting', { year, meetingYear: meetingDate.year })];
}

export function checkDates(document: KindedDocument, ctx: CheckContext): Problem[] {
  const reportedAt = readReportedAt(editorialOf(document)?.reportedAt, ctx);
  const problems = [...reportedAt.problems];
  if (document.kind === 'meeting') {
    const heldOn = readHeldOn(document.data.heldOn, ctx);
    problems.push(...heldOn.problems);
    if (heldOn.value && reportedAt.value) problems.push(...checkHeldOnBeforeReport(heldOn.value, reportedAt.value, ctx));
  }
  if (document.kind === 'achievement') problems.push(...checkAchievementYear(document.data.year, ctx));
  return problems;
}
