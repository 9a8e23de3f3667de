/**
 * What an editor corrects on the import page before importing: the
 * meeting's title and date (heldOn), applied to the parsed report before
 * anything is written. Pure: the request's `overrides` are checked here and
 * the controller turns the problems into a 400 ValidationError.
 */
import type { ParsedReport, ParseWarning } from '../../../shared/parsed-report';

export interface MeetingOverrides {
  title?: string;
  /** YYYY-MM-DD, a real calendar date. */
  heldOn?: string;
}

export interface OverrideProblem {
  path: Array<string | number>;
  message: string;
  code: string;
}

const isCalendarDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** `overrides` as posted: absent, or an object with an optional non-empty `title` and an optional `heldOn` date. */
export const readOverrides = (value: unknown): { overrides?: MeetingOverrides; problems: OverrideProblem[] } => {
  if (value === undefined || value === null) return { problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { problems: [{ path: ['overrides'], message: 'overrides must be an object { title?, heldOn? }', code: 'request.overrides.invalid' }] };
  }
  const { title, heldOn, ...rest } = value as Record<string, unknown>;
  const problems: OverrideProblem[] = Object.keys(rest).map((key) => ({
    path: ['overrides', key],
    message: `overrides.${key} is not a field that can be overridden (title, heldOn)`,
    code: 'request.overrides.unknown',
  }));
  const overrides: MeetingOverrides = {};
  if (title !== undefined) {
    if (typeof title !== 'string' || title.trim() === '') {
      problems.push({ path: ['overrides', 'title'], message: 'overrides.title must be a non-empty string', code: 'request.overrides.title.invalid' });
    } else overrides.title = title.trim();
  }
  if (heldOn !== undefined) {
    if (typeof heldOn !== 'string' || !isCalendarDate(heldOn)) {
      problems.push({ path: ['overrides', 'heldOn'], message: 'overrides.heldOn must be a date YYYY-MM-DD', code: 'request.overrides.held-on.invalid' });
    } else overrides.heldOn = heldOn;
  }
  return problems.length > 0 ? { problems } : { overrides, problems };
};

/** Warnings about a field the editor has just set are no longer true. */
const STALE: Record<keyof MeetingOverrides, string[]> = {
  title: ['meeting.title-missing'],
  heldOn: ['meeting.held-on-missing', 'meeting.held-on-after-report'],
};

/** The report with the editor's title and date, and its warnings brought up to date. */
export const applyOverrides = (
  parsed: { report: ParsedReport; warnings: ParseWarning[] },
  overrides: MeetingOverrides | undefined
): { report: ParsedReport; warnings: ParseWarning[] } => {
  if (!overrides || (overrides.title === undefined && overrides.heldOn === undefined)) return parsed;
  const set = (Object.keys(overrides) as Array<keyof MeetingOverrides>).filter((key) => overrides[key] !== undefined);
  const stale = new Set(set.flatMap((key) => STALE[key]));
  const warnings = parsed.warnings.filter((warning) => !stale.has(warning.code));
  const meeting = { ...parsed.report.meeting, ...(overrides.title !== undefined ? { title: overrides.title } : {}), ...(overrides.heldOn !== undefined ? { heldOn: overrides.heldOn } : {}) };
  const reportedOn = typeof meeting.editorial?.reportedAt === 'string' ? meeting.editorial.reportedAt.slice(0, 10) : undefined;
  if (overrides.heldOn !== undefined && reportedOn && overrides.heldOn > reportedOn) {
    warnings.push({ code: 'meeting.held-on-after-report', message: '会议日期晚于报道日期' });
  }
  return { report: { ...parsed.report, meeting }, warnings };
};
